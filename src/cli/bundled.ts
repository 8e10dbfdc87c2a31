/**
 * Runs a command of `src/cli/` from one bundled file of it and everything it imports, kept under
 * `node_modules/.cache/partner-cities/` and made again whenever any file it was made from has changed.
 * Node strips the types and resolves the imports of each of the check's ~60 modules and ~300 package files
 * one by one on every run: a third of `npm run check`'s second, which the bundle saves.
 *
 * Usage: `node src/cli/bundled.ts <command>.ts [arguments]`. If the bundle cannot be made (a syntax error
 * in the code, say), the command runs from its sources, and says what Node says of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheFolder, writeWhole } from '../blocks/files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cache = cacheFolder(root);

/** What a bundle was made from: each file (relative to the project) with a digest of its content. */
type Inputs = Record<string, string>;

const digest = (file: string) =>
  createHash('sha256')
    .update(readFileSync(resolve(root, file)))
    .digest('hex');

function upToDate(inputs: Inputs): boolean {
  try {
    return Object.entries(inputs).every(([file, sum]) => digest(file) === sum);
  } catch {
    return false;
  }
}

/** Bundles `entry` into `out`, written whole: a run beside never reads half of it. */
async function bundle(entry: string, out: string): Promise<Inputs> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // A native module, loaded only when a picture is checked.
    external: ['sharp'],
    // CommonJS packages in an ES module bundle call require(): give them Node's.
    banner: {
      js: "import { createRequire as __bundledRequire } from 'node:module'; const require = __bundledRequire(import.meta.url);",
    },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  writeWhole(out, result.outputFiles[0]!.contents);
  return Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, digest(file)]));
}

const [command] = process.argv.slice(2);
if (!command) throw new Error('Usage: node src/cli/bundled.ts <command>.ts [arguments]');
const entry = join('src/cli', command);
// The command reads its own arguments from process.argv, as if it had been run directly.
process.argv.splice(1, 2, resolve(root, entry));

let target = pathToFileURL(resolve(root, entry)).href;
try {
  mkdirSync(cache, { recursive: true });
  const name = basename(command, '.ts');
  const out = join(cache, `${name}.mjs`);
  const manifest = join(cache, `${name}.inputs.json`);
  const known = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as Inputs) : undefined;
  if (!known || !existsSync(out) || !upToDate(known)) {
    const inputs = await bundle(entry, out);
    writeWhole(manifest, JSON.stringify(inputs));
  }
  target = pathToFileURL(out).href;
} catch {
  // The sources, then: whatever stopped the bundle, Node reports it better from them.
}
await import(target);
