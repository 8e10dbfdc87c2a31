/**
 * The partner records read straight from `<content>/partners/*` with js-yaml, independently of the site's
 * own loaders and schemas, so tests can compare what the site publishes with what the files say.
 */
import { load } from 'js-yaml';
import { localeCodes } from '../../src/i18n/locales.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureContent, root } from './build-site.ts';

export interface RawEvent {
  id: string;
  kind: string;
  /** As written: `1995-07-15`, `1998-08` or `1998`. */
  date: string;
  place?: string;
}

export interface RawPartner {
  slug: string;
  name: string;
  country: string;
  scope: string;
  coordinates: { latitude: number; longitude: number };
  areas: string[];
  website?: string;
  websiteKind?: string;
  events: RawEvent[];
  /** Frontmatter of `pl.md` / `en.md`. */
  texts: Record<
    string,
    {
      name: string;
      description?: string;
      events?: Record<string, { title?: string; venue?: string; party?: string }>;
    }
  >;
}

function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} has no frontmatter`);
  return load(match[1]!) as Record<string, unknown>;
}

/** A YAML date as written, whatever type the YAML parser gave it. */
function asWritten(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The partners of a content folder (by default the tests' fixture content), read as plain YAML. */
export function readPartnerRecords(contentDir = fixtureContent): RawPartner[] {
  const dir = join(root, contentDir, 'partners');
  return readdirSync(dir)
    .sort()
    .map((slug) => {
      const facts = frontmatter(join(dir, slug, 'partner.md')) as Omit<RawPartner, 'slug' | 'texts'>;
      const texts: RawPartner['texts'] = {};
      for (const lang of localeCodes) {
        try {
          texts[lang] = frontmatter(join(dir, slug, `${lang}.md`)) as RawPartner['texts'][string];
        } catch {
          // an untranslated partner has no file for the language
        }
      }
      return {
        ...facts,
        slug,
        events: facts.events.map((e) => ({ ...e, date: asWritten(e.date) })),
        texts,
      };
    });
}
