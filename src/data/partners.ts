import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeCodes, type Locale } from '../blocks/locales.ts';
import { homeTown } from '../config/home-town.ts';
import { useTranslations } from '../config/ui.ts';
import { compareDates } from '../blocks/dates.ts';
import type { PartnerRecord } from '../features/open-data/open-data.ts';
import { assertRecordsAgree, textsBySlug } from './content-records.ts';
import { writtenTexts } from '../model/cross-record.ts';
import { buildPartnerView, type PartnerView } from '../features/partners/partner-view.ts';
import { polishText } from '../model/partner.ts';
import type { Translation } from '../model/translation.ts';

/**
 * A text of a partner in one language: its data, and the collection entry whose Markdown body the page
 * renders (another language's file, or the Polish file, whose frontmatter also holds the facts).
 */
export interface TextEntry {
  data: Translation;
  source: CollectionEntry<'partners'> | CollectionEntry<'translations'>;
}

export type PartnerPageView = PartnerView<TextEntry>;

interface Loaded {
  views: Record<Locale, PartnerPageView[]>;
  records: PartnerRecord[];
}

let cache: Promise<Loaded> | undefined;

/** Reads both collections once, groups each partner's translations once, and builds every view from that. */
async function load(): Promise<Loaded> {
  await assertRecordsAgree();
  const [partners, translations] = await Promise.all([getCollection('partners'), getCollection('translations')]);
  const bySlug = textsBySlug(translations);
  const textsOf = (p: CollectionEntry<'partners'>): Partial<Record<Locale, TextEntry>> => ({
    [defaultLocale]: { data: polishText(p.data), source: p },
    ...Object.fromEntries(
      writtenTexts(bySlug.get(p.id)).flatMap(([lang, { entry }]) =>
        'blank' in entry.data ? [] : [[lang, { data: entry.data, source: entry }]],
      ),
    ),
  });
  const views = {} as Record<Locale, PartnerPageView[]>;
  for (const locale of localeCodes) {
    const ui = useTranslations(locale);
    views[locale] = partners
      .map((p) =>
        buildPartnerView(p.id, p.data, textsOf(p), locale, ui, { name: ui.townName, country: homeTown.country }),
      )
      .sort((a, b) => compareDates(a.since, b.since) || a.name.text.localeCompare(b.name.text, locale));
  }
  const records = partners.map((p) => ({
    slug: p.id,
    facts: p.data,
    texts: Object.fromEntries(Object.entries(textsOf(p)).map(([lang, entry]) => [lang, entry.data])),
  }));
  return { views, records };
}

/** Every partner in a language, oldest partnership first. Loaded once per build. */
export async function getPartners(locale: Locale): Promise<PartnerPageView[]> {
  cache ??= load();
  return (await cache).views[locale];
}

/**
 * Every partner as recorded: facts and the texts of each language it has (for the open data recordFiles).
 * From the same load as the pages, so a broken record stops the build with its file named either way.
 */
export async function getPartnerRecords(): Promise<PartnerRecord[]> {
  cache ??= load();
  return (await cache).records;
}
