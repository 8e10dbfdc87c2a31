import { getCollection, type CollectionEntry } from 'astro:content';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui/index.ts';
import { compareDates } from '../lib/dates.ts';
import type { PartnerRecord } from '../lib/open-data.ts';
import { assertRecordsAgree, byName, recordFiles } from './content-records.ts';
import { buildPartnerView, type PartnerView } from '../lib/partner-view.ts';

export type PartnerPageView = PartnerView<CollectionEntry<'translations'>>;

interface Loaded {
  views: Record<Locale, PartnerPageView[]>;
  records: PartnerRecord[];
}

let cache: Promise<Loaded> | undefined;

/** Reads both collections once, groups each partner's translations once, and builds every view from that. */
async function load(): Promise<Loaded> {
  await assertRecordsAgree();
  const [partners, translations] = await Promise.all([getCollection('partners'), getCollection('translations')]);
  const bySlug = byName(translations, recordFiles.text);
  const textsOf = (slug: string) =>
    Object.fromEntries(bySlug.get(slug) ?? []) as Partial<Record<Locale, CollectionEntry<'translations'>>>;
  const views = {} as Record<Locale, PartnerPageView[]>;
  for (const locale of localeCodes) {
    const ui = useTranslations(locale);
    views[locale] = partners
      .map((p) => buildPartnerView(p.id, p.data, textsOf(p.id), locale, ui, ui.townName))
      .sort((a, b) => compareDates(a.since, b.since) || a.name.text.localeCompare(b.name.text, locale));
  }
  const records = partners.map((p) => ({
    slug: p.id,
    facts: p.data,
    texts: Object.fromEntries(Object.entries(textsOf(p.id)).map(([lang, entry]) => [lang, entry.data])),
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
