import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { root } from './build-site.ts';

/**
 * Decap CMS's own validation of a configuration, as the CMS runs it when it loads `config.yml`:
 * `validateConfig` from `decap-cms-core` (an AJV schema, `constants/configSchema.js`), with the
 * configuration schema of every widget the bundle registers.
 *
 * Taken from the very bundle the site serves: `decap-cms` publishes beside `dist/decap-cms.js` its source
 * map, whose `sourcesContent` holds each of Decap's own modules as its package publishes it
 * (`decap-cms-core/dist/esm/…`, `decap-cms-widget-*\/dist/esm/…`). So the project installs `decap-cms`
 * without the packages it was built from, and those modules are bundled here with esbuild, each marked
 * free of side effects (they set up the browser app when imported): what `validateConfig` does not reach
 * is dropped, and what it runs is Decap's code, unchanged. The libraries they import come from
 * `node_modules` when this project declares them (AJV and the few others `validateConfig` runs); any other
 * is an empty module, imported only by code that is dropped or never run. Nothing is copied into the
 * repository.
 */
export type ValidateConfig = (config: unknown) => void;

const modules = join(root, 'node_modules');

/** Decap's own modules in the bundle, by their path in their package: `decap-cms-core/dist/esm/…`. */
function decapModules(): Map<string, string> {
  const map = JSON.parse(readFileSync(join(modules, 'decap-cms/dist/decap-cms.js.map'), 'utf8')) as {
    sources: string[];
    sourcesContent?: (string | null)[];
  };
  const found = new Map<string, string>();
  map.sources.forEach((source, i) => {
    const path = /^webpack:\/\/[^/]+\/\.\.\/(decap-cms-[^/]+\/.+)$/.exec(source)?.[1];
    const text = map.sourcesContent?.[i];
    if (path && typeof text === 'string') found.set(path, text);
  });
  if (!found.has('decap-cms-core/dist/esm/constants/configSchema.js')) {
    throw new Error("decap-cms's source map no longer carries decap-cms-core/dist/esm/constants/configSchema.js");
  }
  return found;
}

/** The packages this project declares: the only libraries Decap's modules get from `node_modules`. */
function declaredPackages(): Set<string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
  return new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
}

const packageName = (path: string) => path.split('/', path.startsWith('@') ? 2 : 1).join('/');

function decapPlugin(decap: Map<string, string>, declared: Set<string>): Plugin {
  const inDecap = (path: string) =>
    [path, `${path}.js`, `${path}/index.js`, `${path}/dist/esm/index.js`].find((p) => decap.has(p));
  return {
    name: 'decap-from-source-map',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolved' || args.kind === 'entry-point') return undefined;
        const fromDecap = args.namespace === 'decap';
        const target =
          fromDecap && args.path.startsWith('.')
            ? posix.join(posix.dirname(args.importer), args.path)
            : args.path.startsWith('decap-cms-')
              ? args.path
              : undefined;
        if (target !== undefined) {
          const found = inDecap(target);
          return found
            ? { path: found, namespace: 'decap', sideEffects: false }
            : { path: target, namespace: 'absent', sideEffects: false };
        }
        if (fromDecap && !declared.has(packageName(args.path))) {
          return { path: args.path, namespace: 'absent', sideEffects: false };
        }
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: fromDecap ? root : args.resolveDir,
          importer: fromDecap ? join(root, 'package.json') : args.importer,
          pluginData: 'resolved',
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: resolved.path, external: resolved.external, sideEffects: false };
      });
      b.onLoad({ filter: /.*/, namespace: 'decap' }, (args) => ({ contents: decap.get(args.path)!, loader: 'js' }));
      b.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
}

/**
 * The widgets the bundle registers (`decap-cms-widget-*`), each by the name its package gives it and with
 * the configuration schema it publishes (`dist/esm/schema.js`; a widget without one has no options of its
 * own to check, as in Decap).
 */
function widgets(decap: Map<string, string>): { name: string; schemaModule?: string }[] {
  return [...decap.keys()]
    .map((path) => /^(decap-cms-widget-[^/]+)\/dist\/esm\/index\.js$/.exec(path)?.[1])
    .filter((dir): dir is string => dir !== undefined)
    .map((dir) => {
      const name = /\bname:\s*'([^']+)'/.exec(decap.get(`${dir}/dist/esm/index.js`)!)?.[1];
      if (!name) throw new Error(`${dir}: no widget name in dist/esm/index.js`);
      const schema = `${dir}/dist/esm/schema.js`;
      return decap.has(schema) ? { name, schemaModule: schema } : { name };
    });
}

export async function decapConfigValidator(): Promise<ValidateConfig> {
  const decap = decapModules();
  const registered = widgets(decap);
  const entry = [
    "export { validateConfig } from 'decap-cms-core/dist/esm/constants/configSchema';",
    "export { registerWidget } from 'decap-cms-core/dist/esm/lib/registry';",
    ...registered.map((w, i) => (w.schemaModule ? `import schema${i} from '${w.schemaModule}';` : '')),
    `export const widgets = [${registered.map((w, i) => `[${JSON.stringify(w.name)}, ${w.schemaModule ? `schema${i}` : '{}'}]`).join(', ')}];`,
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root },
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
    plugins: [decapPlugin(decap, declaredPackages())],
    // Some of the libraries are CommonJS that require Node's modules.
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
