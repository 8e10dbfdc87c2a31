/**
 * The CMS as the build publishes it under /admin/: its configuration passes Decap CMS's own configuration
 * schema, and the page stays out of search engines, the sitemap and the search index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { root } from '../helpers/build-site.ts';
import { decapConfigValidator, type ValidateConfig } from '../helpers/decap-config-schema.ts';
import { listFiles, readPage } from '../helpers/html.ts';

const dist = inject('distDir');
let validate: ValidateConfig;
beforeAll(async () => {
  validate = await decapConfigValidator();
});

describe('the CMS in the built site', () => {
  it("has a configuration that Decap CMS's own schema accepts, whose partners' form opens every built partner's files", () => {
    const config = parseYaml(readFileSync(join(dist, 'admin/config.yml'), 'utf8')) as {
      collections: {
        name: string;
        folder?: string;
        path?: string;
        extension?: string;
        i18n?: { structure: string; locales: string[]; default_locale: string };
      }[];
    };
    expect(() => validate(config)).not.toThrow();
    const partnerForm = config.collections.find((c) => c.folder !== undefined && c.i18n !== undefined)!;
    // Decap's i18n with multiple_files reads and writes `<folder>/<path>.<locale>.<extension>`.
    expect(partnerForm.i18n!.structure).toBe('multiple_files');
    const fileOf = (slug: string, locale: string) =>
      `${partnerForm.folder}/${partnerForm.path!.replace('{{slug}}', slug)}.${locale}.${partnerForm.extension}`;
    const partners = listFiles(dist)
      .map((f) => /^miasta\/([^/]+)\/index\.html$/.exec(f)?.[1])
      .filter((slug): slug is string => slug !== undefined);
    expect(partners.length).toBeGreaterThan(0);
    for (const slug of partners) {
      const facts = fileOf(slug, partnerForm.i18n!.default_locale);
      expect(existsSync(join(root, facts)), facts).toBe(true);
    }
  });

  it('is kept out of search engines, the sitemap and the search index', () => {
    const page = readPage(dist, 'admin/');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    // Pagefind indexes only the pages that mark their body: the CMS's page marks none.
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    const sitemaps = listFiles(dist)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    expect(sitemaps).toContain('<loc>');
    expect(sitemaps).not.toContain('/admin/');
  });
});
