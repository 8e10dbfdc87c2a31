import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes only the root 404 page as `404.html`; with `build.format: 'directory'` the English one
 * lands in `en/404/index.html`, which hosts do not treat as an error page and which would answer 200 at
 * `/en/404/`. Moves each localized 404 page to `<locale>/404.html`, where static hosts look for it.
 */
export function localized404(locales: readonly string[]): AstroIntegration {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const locale of locales) {
          const folder = `${out}/${locale}/404`;
          if (!existsSync(`${folder}/index.html`)) continue;
          renameSync(`${folder}/index.html`, `${out}/${locale}/404.html`);
          rmdirSync(folder);
        }
      },
    },
  };
}
