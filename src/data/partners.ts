import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { compareDates } from '../lib/dates';
import type { PartnerRecord } from '../lib/open-data';
import { buildPartnerView, type PartnerView } from '../lib/partner-view';

export type PartnerPageView = PartnerView<CollectionEntry<'translations'>>;

let cache: Promise<Record<Locale, PartnerPageView[]>> | undefined;

async function load(): Promise<Record<Locale, PartnerPageView[]>> {
  const [partners, translations] = await Promise.all([getCollection('partners'), getCollection('translations')]);
  const bySlug = new Map<string, Partial<Record<Locale, CollectionEntry<'translations'>>>>();
  const slugs = new Set(partners.map((p) => p.id));
  for (const entry of translations) {
    const [slug, lang] = entry.id.split('/');
    if (!slug || !isLocale(lang)) {
      throw new Error(
        `content/partners/${entry.id}.md: "${lang}" is not a language of the site. Name the file ${localeCodes.map((l) => `${l}.md`).join(' or ')}.`,
      );
    }
    if (!slugs.has(slug)) {
      throw new Error(
        `content/partners/${entry.id}.md has no partner.md beside it: add content/partners/${slug}/partner.md.`,
      );
    }
    bySlug.set(slug, { ...bySlug.get(slug), [lang]: entry });
  }
  const result = {} as Record<Locale, PartnerPageView[]>;
  for (const locale of localeCodes) {
    const ui = useTranslations(locale);
    result[locale] = partners
      .map((p) => buildPartnerView(p.id, p.data, bySlug.get(p.id) ?? {}, locale, ui, ui.townName))
      .sort((a, b) => compareDates(a.since, b.since) || a.name.text.localeCompare(b.name.text, locale));
  }
  return result;
}

/** Every partner in a language, oldest partnership first. Loaded once per build. */
export async function getPartners(locale: Locale): Promise<PartnerPageView[]> {
  cache ??= load();
  return (await cache)[locale];
}

/** Every partner as recorded: facts and the texts of each language it has (for the open data files). */
export async function getPartnerRecords(): Promise<PartnerRecord[]> {
  records ??= loadRecords();
  return records;
}

let records: Promise<PartnerRecord[]> | undefined;

async function loadRecords(): Promise<PartnerRecord[]> {
  await getPartners('pl'); // the same checks as the pages: a broken record stops the build with its file named
  const [partners, translations] = await Promise.all([getCollection('partners'), getCollection('translations')]);
  // Grouped once: filtering all translations for each partner would grow with the square of the records.
  const texts = new Map<string, Record<string, CollectionEntry<'translations'>['data']>>();
  for (const t of translations) {
    const [slug, lang] = t.id.split('/') as [string, string];
    texts.set(slug, { ...texts.get(slug), [lang]: t.data });
  }
  return partners.map((p) => ({ slug: p.id, facts: p.data, texts: texts.get(p.id) ?? {} }));
}
