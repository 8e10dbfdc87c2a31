/**
 * The partner records read straight from `<content>/partners/*` with js-yaml, independently of the site's
 * own loaders and schemas, so tests can compare what the site publishes with what the files say.
 */
import { load } from 'js-yaml';
import { defaultLocale, localeCodes } from '../../src/blocks/locales.ts';
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
  /** Texts per language: of `index.pl.md` beside the facts, of `index.<lang>.md` for the others. */
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

type RawEventText = { id: string; title?: string; venue?: string; party?: string };

/** A file's texts, its event texts by id (the files list them, each with its event's id). */
function textOf(data: Record<string, unknown>): RawPartner['texts'][string] {
  const events = (data.events as RawEventText[] | undefined) ?? [];
  return {
    name: data.name as string,
    ...(data.description !== undefined ? { description: data.description as string } : {}),
    events: Object.fromEntries(
      events.map(({ id, title, venue, party }) => [
        id,
        {
          ...(title !== undefined ? { title } : {}),
          ...(venue !== undefined ? { venue } : {}),
          ...(party !== undefined ? { party } : {}),
        },
      ]),
    ),
  };
}

/** The partners of a content folder (by default the tests' fixture content), read as plain YAML. */
export function readPartnerRecords(contentDir = fixtureContent): RawPartner[] {
  const dir = join(root, contentDir, 'partners');
  return readdirSync(dir)
    .sort()
    .map((slug) => {
      const polish = frontmatter(join(dir, slug, `index.${defaultLocale}.md`));
      const facts = polish as unknown as Omit<RawPartner, 'slug' | 'texts' | 'name'> & { ownName: string };
      const texts: RawPartner['texts'] = { [defaultLocale]: textOf(polish) };
      for (const lang of localeCodes.filter((l) => l !== defaultLocale)) {
        try {
          texts[lang] = textOf(frontmatter(join(dir, slug, `index.${lang}.md`)));
        } catch {
          // an untranslated partner has no file for the language (or an empty one)
        }
      }
      return {
        slug,
        name: facts.ownName,
        country: facts.country,
        scope: facts.scope,
        coordinates: facts.coordinates,
        areas: facts.areas,
        ...(facts.website !== undefined ? { website: facts.website } : {}),
        ...(facts.websiteKind !== undefined ? { websiteKind: facts.websiteKind } : {}),
        events: facts.events.map(({ id, kind, date, place }) => ({
          id,
          kind,
          date: asWritten(date),
          ...(place !== undefined ? { place } : {}),
        })),
        texts,
      };
    });
}

/**
 * Whether an event was held in the home town: its place is `home`, or the home town's identifier (which
 * the fixture content, written for Żywiec, spells `zywiec`).
 */
export const placeIsHome =
  (homeId: string) =>
  (event: { place?: string }): boolean =>
    event.place === 'home' || event.place === homeId;
