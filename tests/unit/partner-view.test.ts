import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/blocks/locales.ts';
import type { UiDictionary } from '../../src/i18n/ui/schema.ts';
import { makePartialDate } from '../../src/blocks/dates.ts';
import { buildPartnerView, type TranslationEntry } from '../../src/features/partners/partner-view.ts';
import { partnerJsonLd } from '../../src/features/seo/structured-data.ts';
import type { Partner } from '../../src/model/partner.ts';
import type { Translation } from '../../src/model/translation.ts';

const day = (y: number, m?: number, d?: number) => makePartialDate(y, m, d)!;
const nbsp = '\u00a0';
/** The home town as the events held there name it. */
const town = { name: 'Żywiec', country: 'PL' };

/** Only what a partner's page reads from the dictionary, with labels that show where they came from. */
const ui = (locale: Locale) =>
  ({
    eventKinds: new Proxy({}, { get: (_, kind) => `${locale}:${String(kind)}` }),
    areaLabels: new Proxy({}, { get: (_, key) => `${locale}:area:${String(key)}` }),
  }) as unknown as UiDictionary;

const facts: Partner = {
  ownName: 'Čadca',
  nameLang: 'sk',
  country: 'SK',
  scope: 'international',
  website: 'https://www.mestocadca.sk/',
  websiteKind: 'official',
  wikidata: 'Q193964',
  coordinates: { latitude: 49.438, longitude: 18.79 },
  areas: ['culture', 'education'],
  // In no particular order: the page sorts them.
  events: [
    { id: 'euroregion', kind: 'regional-agreement', date: day(2000, 6), place: 'elsewhere' },
    { id: 'signed', kind: 'agreement-signed', date: day(1997, 6, 5), place: 'partner' },
    { id: 'visit', kind: 'visit', date: day(1995), place: 'home' },
    { id: 'letter', kind: 'other', date: day(1996, 2) },
  ],
};

const entry = (data: Partial<Translation> & Pick<Translation, 'name' | 'description'>): TranslationEntry => ({
  data: { events: {}, ...data },
});
const pl = entry({
  name: 'Czadca',
  description: 'Czadca i Żywiec, miasta po dwóch stronach granicy.',
  events: {
    signed: { title: 'Podpisanie umowy', venue: 'Ratusz w Czadcy' },
    euroregion: { venue: 'Bielsko-Biała' },
  },
});
const en = entry({
  name: 'Čadca',
  region: 'Žilina Region',
  description: "Čadca and Żywiec, the region's two border towns.",
  events: { euroregion: { venue: 'Bielsko-Biała', party: 'Beskidy Euroregion' } },
});

describe('buildPartnerView', () => {
  it('assembles the English page from the facts and the English text, events in date order', () => {
    const view = buildPartnerView('cadca', facts, { pl, en }, 'en', ui('en'), town);
    const home = { text: 'Żywiec', lang: 'pl' };
    const cadca = { text: 'Čadca', lang: 'sk' };
    expect(view).toEqual({
      slug: 'cadca',
      locale: 'en',
      scope: 'international',
      // English uses the town's own name: it is that name, in its own language.
      name: cadca,
      ownName: cadca,
      country: { code: 'SK', name: 'Slovakia' },
      region: { text: 'Žilina Region', lang: 'en' },
      website: 'https://www.mestocadca.sk/',
      websiteKind: 'official',
      description: { text: 'Čadca and Żywiec, the region’s two border towns.', lang: 'en' },
      coordinates: { latitude: 49.438, longitude: 18.79 },
      wikidata: 'Q193964',
      areas: [
        { key: 'culture', label: 'en:area:culture' },
        { key: 'education', label: 'en:area:education' },
      ],
      events: [
        {
          id: 'visit',
          kind: 'visit',
          date: day(1995),
          dateText: '1995',
          title: { text: 'en:visit', lang: 'en' },
          place: [home],
          town: { name: home, country: 'PL' },
        },
        {
          id: 'letter',
          kind: 'other',
          date: day(1996, 2),
          dateText: 'February 1996',
          title: { text: 'en:other', lang: 'en' },
        },
        {
          id: 'signed',
          kind: 'agreement-signed',
          date: day(1997, 6, 5),
          dateText: '5 June 1997',
          title: { text: 'en:agreement-signed', lang: 'en' },
          place: [cadca],
          town: { name: cadca, country: 'SK' },
        },
        {
          id: 'euroregion',
          kind: 'regional-agreement',
          date: day(2000, 6),
          dateText: 'June 2000',
          title: { text: 'en:regional-agreement', lang: 'en' },
          place: [{ text: 'Bielsko-Biała', lang: 'en' }],
          party: { text: 'Beskidy Euroregion', lang: 'en' },
        },
      ],
      since: day(1997, 6, 5),
      text: { entry: en, lang: 'en', fallback: false },
      translatedIn: ['pl', 'en'],
    });
  });

  it('gives the Polish page its own name beside the town’s, with Polish typography', () => {
    const view = buildPartnerView('cadca', facts, { pl, en }, 'pl', ui('pl'), town);
    expect(view.name).toEqual({ text: 'Czadca', lang: 'pl' });
    expect(view.ownName).toEqual({ text: 'Čadca', lang: 'sk' });
    expect(view.country).toEqual({ code: 'SK', name: 'Słowacja' });
    expect(view.description).toEqual({ text: `Czadca i${nbsp}Żywiec, miasta po dwóch stronach granicy.`, lang: 'pl' });
    const signed = view.events.find((e) => e.id === 'signed')!;
    expect(signed.dateText).toBe(`5${nbsp}czerwca 1997${nbsp}r.`);
    expect(signed.title).toEqual({ text: 'Podpisanie umowy', lang: 'pl' });
    expect(signed.place).toEqual([
      { text: 'Czadca', lang: 'pl' },
      { text: `Ratusz w${nbsp}Czadcy`, lang: 'pl' },
    ]);
    expect(signed.town).toEqual({ name: { text: 'Czadca', lang: 'pl' }, country: 'SK' });
    // A regional agreement whose text names no party is shown under the kind's label.
    expect(view.events.find((e) => e.id === 'euroregion')!.party).toEqual({
      text: 'pl:regional-agreement',
      lang: 'pl',
    });
  });

  it('shows the Polish text on an untranslated page, marked as Polish, with the page’s own labels', () => {
    const view = buildPartnerView('cadca', facts, { pl }, 'en', ui('en'), town);
    expect(view.text).toEqual({ entry: pl, lang: 'pl', fallback: true });
    expect(view.translatedIn).toEqual(['pl']);
    expect(view.name).toEqual({ text: 'Czadca', lang: 'pl' });
    expect(view.events.find((e) => e.id === 'signed')!.title).toEqual({ text: 'Podpisanie umowy', lang: 'pl' });
    expect(view.events.find((e) => e.id === 'visit')!.title).toEqual({ text: 'en:visit', lang: 'en' });
    expect(view.events.find((e) => e.id === 'signed')!.dateText).toBe('5 June 1997');
  });

  it('dates the partnership from its first event when no agreement was signed, and shows a picture only with its description', () => {
    const picture = { src: '/herb.png', width: 10, height: 12, format: 'png' as const };
    const unsigned: Partner = { ...facts, emblem: picture, events: facts.events.filter((e) => e.id !== 'signed') };
    const view = buildPartnerView(
      'cadca',
      unsigned,
      { pl, en: entry({ ...en.data, emblemAlt: 'Coat of arms' }) },
      'en',
      ui('en'),
      town,
    );
    expect(view.since).toEqual(day(1995));
    expect(view.emblem).toEqual({ src: picture, alt: { text: 'Coat of arms', lang: 'en' } });
    expect(buildPartnerView('cadca', unsigned, { pl }, 'pl', ui('pl'), town).emblem).toBeUndefined();
  });
});

describe('partnerJsonLd', () => {
  it('describes the town as a City and the events with a known town as Events at a Place', () => {
    const view = buildPartnerView('cadca', facts, { pl, en }, 'pl', ui('pl'), town);
    const scheduled = {
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    };
    expect(partnerJsonLd(view, { url: 'https://example.org/miasta/cadca/', homeTown: 'Żywiec' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: 'https://example.org/miasta/cadca/',
      name: 'Czadca',
      description: `Czadca i${nbsp}Żywiec, miasta po dwóch stronach granicy.`,
      inLanguage: 'pl',
      about: {
        '@type': 'City',
        name: 'Czadca',
        alternateName: 'Čadca',
        address: { '@type': 'PostalAddress', addressCountry: 'SK' },
        geo: { '@type': 'GeoCoordinates', latitude: 49.438, longitude: 18.79 },
        sameAs: ['https://www.mestocadca.sk/', 'https://www.wikidata.org/wiki/Q193964'],
      },
      // The letter (no place) and the euroregion (a venue elsewhere, in words only) have no town: left out.
      mentions: [
        {
          '@type': 'Event',
          name: 'pl:visit — Żywiec / Czadca',
          startDate: '1995',
          ...scheduled,
          location: {
            '@type': 'Place',
            name: 'Żywiec',
            address: { '@type': 'PostalAddress', addressLocality: 'Żywiec', addressCountry: 'PL' },
          },
        },
        {
          '@type': 'Event',
          name: 'Podpisanie umowy — Żywiec / Czadca',
          startDate: '1997-06-05',
          ...scheduled,
          location: {
            '@type': 'Place',
            name: `Czadca, Ratusz w${nbsp}Czadcy`,
            address: { '@type': 'PostalAddress', addressLocality: 'Czadca', addressCountry: 'SK' },
          },
        },
      ],
    });
  });

  it('names no alternate where the name is the town’s own, and no sameAs where there is nothing to point to', () => {
    const bare: Partner = { ...facts, website: undefined, websiteKind: undefined, wikidata: undefined };
    const data = partnerJsonLd(buildPartnerView('cadca', bare, { en }, 'en', ui('en'), town), {
      url: 'https://example.org/en/towns/cadca/',
      homeTown: 'Żywiec',
    }) as { about: Record<string, unknown>; inLanguage: string };
    expect(data.inLanguage).toBe('en');
    expect(data.about).toEqual({
      '@type': 'City',
      name: 'Čadca',
      address: { '@type': 'PostalAddress', addressCountry: 'SK' },
      geo: { '@type': 'GeoCoordinates', latitude: 49.438, longitude: 18.79 },
    });
  });
});
