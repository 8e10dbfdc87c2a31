import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const entry = fileURLToPath(new URL('../scripts/admin.ts', import.meta.url));

/**
 * The check's modules read files and load packages in Node only where they walk a folder or read a big
 * map; in the browser they get the content from the form, so Node's modules are stand-ins that say so.
 */
const nodeStandIns: Plugin = {
  name: 'node-stand-ins',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stand-in' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stand-in' }, (args) => ({
      contents: `const unavailable = () => { throw new Error(${JSON.stringify(`${args.path} is not available in the browser`)}); };
export const createRequire = () => unavailable;
export const readdirSync = unavailable, readFileSync = unavailable, statSync = unavailable, join = unavailable;
export const posix = {
  normalize: (p) => p.split('/').reduce((out, part) => part === '..' ? out.slice(0, -1) : part === '.' || part === '' ? out : [...out, part], []).join('/'),
  join: (...parts) => parts.filter(Boolean).join('/'),
  basename: (p) => p.slice(p.lastIndexOf('/') + 1),
  dirname: (p) => p.slice(0, Math.max(0, p.lastIndexOf('/'))),
};
export default {};`,
      loader: 'js',
    }));
  },
};

export interface AdminSettings {
  /** The site's stylesheets, for the preview to look like the page. */
  styles: string[];
  /** What the sign-in page says: whose site the form edits. */
  whose: string;
}

/** Bundles the admin page's script (the check, the preview, the Polish phrases) into one file. */
export async function bundleAdminScript(outfile: string, settings: AdminSettings): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    plugins: [nodeStandIns],
    define: {
      ADMIN_SETTINGS: JSON.stringify(settings),
      'process.env': '{}',
      'import.meta.url': '"file:///admin/"',
    },
  });
}
