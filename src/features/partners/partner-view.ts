import type { ImageMetadata } from 'astro';
import type { UiDictionary } from '../../i18n/ui/schema.ts';
import { defaultLocale, localeCodes, type Locale } from '../../blocks/locales.ts';
import type { AreaKey } from '../../model/areas.ts';
import type { EventKind, PartnerEvent } from '../../model/events.ts';
import type { Partner } from '../../model/partner.ts';
import type { Translation } from '../../model/translation.ts';
import { countryName } from '../../blocks/country-names.ts';
import { formatPartialDate } from '../../blocks/date-format.ts';
import { compareDates, type PartialDate } from '../../blocks/dates.ts';
import { typeset } from '../../blocks/typography.ts';
import { chooseTranslation, type Chosen } from '../../blocks/translations.ts';
import { buildDay, isPlanned, type Day } from '../../model/planned.ts';

/** A piece of text with the language it is written in, so components can mark it with `lang`. */
export interface Text {
  text: string;
  lang: string;
}

export interface EventView {
  id: string;
  kind: EventKind;
  date: PartialDate;
  /** The date written out in the page's language ("15 lipca 1995"). */
  dateText: string;
  /** Dated after the day the site was built: a plan, not history (`planned.ts`). */
  planned?: true;
  title: Text;
  place?: Text[];
  /**
   * For a regional agreement: who concluded it (e.g. Euroregion „Beskidy”), so that it is not shown as an
   * agreement between the home town and the partner town. Falls back to the kind's label when the text names none.
   */
  party?: Text;
  /**
   * The town it took place in and that town's country (ISO code), where the records say: in the home town or
   * in the partner town. An event "elsewhere" names only a venue in words, and has none.
   */
  town?: { name: Text; country: string };
}

/** Everything a page shows about one partner in one language. */
export interface PartnerView<T = unknown> {
  slug: string;
  locale: Locale;
  scope: Partner['scope'];
  /** Name in the page's language (or in the fallback text's language). */
  name: Text;
  /** The town's own name, when it differs from `name` or is in another language than the page. */
  ownName: Text;
  country: { code: string; name: string };
  region?: Text;
  website?: string;
  /** What the website is, when the record says: the town's own site or a tourism portal. */
  websiteKind?: Partner['websiteKind'];
  description: Text;
  coordinates: Partner['coordinates'];
  /** The main picture (e.g. the coat of arms) with its description, when there is one. */
  emblem?: { src: ImageMetadata; alt: Text };
  wikidata?: string;
  areas: { key: AreaKey; label: string }[];
  /** In date order. */
  events: EventView[];
  /** The first signed agreement (or, failing one, the first event): "since 1995". */
  since: PartialDate;
  /** The translation entry whose Markdown body is the page's text. */
  text: Chosen<T>;
  /** Languages that have their own text for this partner (the others show a stand-in). */
  translatedIn: Locale[];
}

export interface TranslationEntry {
  data: Translation;
}

/**
 * Assembles a partner's page in a language from its facts and whichever translations exist. The records
 * must agree with each other (`crossRecordProblems` finds none): the loader checks that first.
 */
export function buildPartnerView<T extends TranslationEntry>(
  slug: string,
  partner: Partner,
  translations: Partial<Record<Locale, T>>,
  locale: Locale,
  ui: UiDictionary,
  /** The home town as the events held there name it: its name in the page's language and its country. */
  home: { name: string; country: string },
  today: Day = buildDay(),
): PartnerView<T> {
  const chosen = chooseTranslation(translations, locale);
  // Every partner has its Polish text, in the same file as its facts.
  if (!chosen) throw new Error(`buildPartnerView: ${slug} has no text in any language.`);
  const t = chosen.entry.data;
  const lang = chosen.lang;
  /** Frontmatter text as the page shows it: with its language's typography. */
  const text = (value: string): Text => ({ text: typeset(value, lang), lang });
  const own: Text = { text: partner.ownName, lang: partner.nameLang };
  // Where the language uses the town's own name (Riom, Unterhaching), it is that name, in its language.
  const name: Text = t.name === partner.ownName ? own : { text: t.name, lang };

  const eventView = (event: PartnerEvent): EventView => {
    const words = t.events[event.id];
    const place: Text[] = [];
    const town =
      event.place === 'home'
        ? { name: { text: home.name, lang: defaultLocale }, country: home.country }
        : event.place === 'partner'
          ? { name, country: partner.country }
          : undefined;
    if (town) place.push(town.name);
    if (words?.venue) place.push(text(words.venue));
    return {
      id: event.id,
      kind: event.kind,
      date: event.date,
      dateText: formatPartialDate(event.date, locale),
      ...(isPlanned(event.date, today) ? { planned: true as const } : {}),
      title: words?.title ? text(words.title) : { text: ui.eventKinds[event.kind], lang: locale },
      ...(place.length > 0 ? { place } : {}),
      ...(words?.party
        ? { party: text(words.party) }
        : event.kind === 'regional-agreement'
          ? { party: { text: ui.eventKinds[event.kind], lang: locale } }
          : {}),
      ...(town ? { town } : {}),
    };
  };

  const events = partner.events.map(eventView).sort((a, b) => compareDates(a.date, b.date));
  // "Since" counts what has happened: a planned agreement is not the start of the partnership yet.
  const held = events.filter((e) => !e.planned);
  const agreements = held.filter((e) => e.kind === 'agreement-signed');
  return {
    slug,
    locale,
    scope: partner.scope,
    name,
    ownName: own,
    country: { code: partner.country, name: countryName(partner.country, locale) },
    ...(t.region ? { region: text(t.region) } : {}),
    ...(partner.website ? { website: partner.website } : {}),
    ...(partner.website && partner.websiteKind ? { websiteKind: partner.websiteKind } : {}),
    description: text(t.description),
    coordinates: partner.coordinates,
    ...(typeof partner.emblem === 'object' && t.emblemAlt
      ? { emblem: { src: partner.emblem, alt: text(t.emblemAlt) } }
      : {}),
    ...(partner.wikidata ? { wikidata: partner.wikidata } : {}),
    areas: partner.areas.map((key) => ({ key, label: ui.areaLabels[key] })),
    events,
    since: (agreements[0] ?? held[0] ?? events[0]!).date,
    text: chosen,
    translatedIn: localeCodes.filter((l) => translations[l] !== undefined),
  };
}
