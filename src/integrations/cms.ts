import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleAdminScript } from './admin-bundle.ts';
import { adminScriptName, whoseCms } from '../features/cms/admin-page.ts';
import { homeTown } from '../config/home-town.ts';

/** The folder of the site the CMS lives in. */
export const cmsPath = 'admin';

/** Decap CMS's browser bundle and the chunks it loads on demand: the package's `dist/`, without source maps. */
export const isBundleFile = (name: string) => /^(\d+\.)?decap-cms\.js$/.test(name);

/** The CMS bundle's files in `node_modules`, as they are copied into the site. */
export async function cmsBundleSources(): Promise<string[]> {
  const from = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
  return (await readdir(from)).filter(isBundleFile).map((name) => join(from, name));
}

/**
 * Copies Decap CMS's bundle from `node_modules` into `admin/` of the built site, so the CMS's code is
 * served from the site's own origin (no CDN), at the version `package-lock.json` pins.
 */
export function cmsBundle(): AstroIntegration {
  let base = '/';
  return {
    name: 'cms-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir }) => {
        const to = join(fileURLToPath(dir), cmsPath);
        await mkdir(to, { recursive: true });
        await Promise.all((await cmsBundleSources()).map((source) => copyFile(source, join(to, basename(source)))));
        // Beside it, the page's own script: the check, the preview in the site's styles, the Polish phrases.
        const assets = join(fileURLToPath(dir), '_astro');
        const styles = (await readdir(assets).catch(() => [] as string[]))
          .filter((name) => name.endsWith('.css'))
          .map((name) => `${base}_astro/${name}`);
        await bundleAdminScript(join(to, adminScriptName), { styles, whose: whoseCms(homeTown) });
      },
    },
  };
}
