import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { root } from './build-site.ts';

/**
 * Decap CMS's own validation of a configuration, as the CMS runs it when it loads `config.yml`:
 * `validateConfig` from `decap-cms-core` (an AJV schema, `src/constants/configSchema.js`), with the
 * configuration schema of every widget the `decap-cms` bundle registers.
 *
 * The package publishes it only as browser-oriented ES modules (imports without file extensions) whose
 * neighbours set up the whole application at import time (history, storage, the DOM). So it is bundled
 * here, from `node_modules`, with every module marked free of side effects: what `validateConfig` does not
 * reach is dropped, and what it runs is the installed code, unchanged. Nothing is copied into the repository.
 */
export type ValidateConfig = (config: unknown) => void;

const modules = join(root, 'node_modules');

/** Lets esbuild drop every module whose exports nothing uses (they set up the browser app when imported). */
const withoutSideEffects: Plugin = {
  name: 'without-side-effects',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolved' || args.kind === 'entry-point') return undefined;
      const found = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolved',
      });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: found.path, external: found.external, sideEffects: false };
    });
  },
};

/**
 * The widgets `decap-cms` registers (`decap-cms-widget-*`, its dependencies), each by the name its package
 * gives it and with the configuration schema it publishes (`dist/esm/schema.js`; a widget without one has
 * no options of its own to check, as in Decap).
 */
function widgetPackages(): { name: string; schemaModule?: string }[] {
  return readdirSync(modules)
    .filter((dir) => dir.startsWith('decap-cms-widget-'))
    .map((dir) => {
      const index = readFileSync(join(modules, dir, 'dist/esm/index.js'), 'utf8');
      const name = /\bname:\s*'([^']+)'/.exec(index)?.[1];
      if (!name) throw new Error(`${dir}: no widget name in dist/esm/index.js`);
      const schema = join(modules, dir, 'dist/esm/schema.js');
      return existsSync(schema) ? { name, schemaModule: `${dir}/dist/esm/schema.js` } : { name };
    });
}

export async function decapConfigValidator(): Promise<ValidateConfig> {
  const widgets = widgetPackages();
  const entry = [
    "export { validateConfig } from 'decap-cms-core/dist/esm/constants/configSchema';",
    "export { registerWidget } from 'decap-cms-core/dist/esm/lib/registry';",
    ...widgets.map((w, i) => (w.schemaModule ? `import schema${i} from '${w.schemaModule}';` : '')),
    `export const widgets = [${widgets.map((w, i) => `[${JSON.stringify(w.name)}, ${w.schemaModule ? `schema${i}` : '{}'}]`).join(', ')}];`,
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root },
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
    plugins: [withoutSideEffects],
    // Some of Decap's dependencies are CommonJS that require Node's modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const dir = mkdtempSync(join(tmpdir(), 'decap-config-schema-'));
  try {
    const file = join(dir, 'validate.mjs');
    writeFileSync(file, result.outputFiles[0]!.text);
    const bundle = (await import(pathToFileURL(file).href)) as {
      validateConfig: ValidateConfig;
      registerWidget: (name: string, control: unknown, preview: unknown, schema: unknown) => void;
      widgets: [string, unknown][];
    };
    // Only each widget's schema takes part in validating a configuration; its form component does not.
    for (const [name, schema] of bundle.widgets) bundle.registerWidget(name, null, null, schema);
    return bundle.validateConfig;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
