/**
 * Lets Node run the project's TypeScript as it is written. Node strips the types itself (Node ≥ 22.18),
 * but the code base imports its own modules without an extension (`../lib/dates`, `../lib/content-check`),
 * as Vite and Astro allow; this hook retries such a relative import as `.ts`, then as `/index.ts`.
 * Loaded with `node --import ./src/cli/resolve-ts.ts`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        return nextResolve(`${specifier}/index.ts`, context);
      }
    }
  },
});
