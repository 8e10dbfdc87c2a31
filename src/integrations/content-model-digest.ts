import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folders whose code decides what a content record is parsed into. */
const modelFolders = ['src/model', 'src/blocks', 'src/config'];

/**
 * A hash of the code that parses the content. Astro keeps parsed records between builds and parses them
 * again only when `content.config.ts` itself or Astro's configuration changes.
 */
export function contentModelDigest(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.[cm]?[jt]s$/.test(entry.name)) hash.update(`${relative(root, path)}\0`).update(readFileSync(path));
    }
  };
  for (const folder of modelFolders) walk(join(root, folder));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Clears Astro's stored records when the code that parses them changed since the last build, saying so:
 * Astro itself compares only `content.config.ts`'s text and its own configuration.
 */
export function contentModelCache(): AstroIntegration {
  return {
    name: 'content-model-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const cache = fileURLToPath(config.cacheDir);
        const stamp = join(cache, 'content-model-digest');
        const digest = contentModelDigest(root);
        const before = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
        if (before === digest) return;
        const store = join(cache, 'data-store.json');
        if (before !== undefined && existsSync(store)) {
          rmSync(store);
          logger.info('the content schemas changed: stored records cleared, the content is parsed anew.');
        }
        mkdirSync(cache, { recursive: true });
        writeFileSync(stamp, digest);
      },
    },
  };
}
