import { homeTown } from '../../config/home-town.ts';
import { areaKeys } from '../../schemas/areas.ts';
import { eventKinds, eventPlaces } from '../../schemas/events.ts';
import { websiteKinds } from '../../schemas/partner.ts';

/**
 * What each frontmatter field means and what a good value looks like, in Polish and English. One guide
 * serves the check's messages, the descriptions in the editor's JSON Schema and the comments of the
 * `new-partner` scaffold; a test keeps its keys equal to the zod schemas' keys.
 *
 * Keys are field paths with `[]` for any list item and `*` for any key of a map (`events[].date`,
 * `events.*.title`).
 */
export interface FieldGuide {
  pl: string;
  en: string;
  /** A good value as it would be typed in YAML. */
  example?: string;
  /** For fields with a fixed list of values. */
  values?: readonly string[];
}

export type RecordKind = 'partner' | 'translation' | 'page';

const dateHelp = {
  pl: "Data: dzień RRRR-MM-DD (np. 1995-07-15), miesiąc RRRR-MM w cudzysłowie (np. '1998-08') albo sam rok RRRR (np. 1998).",
  en: "Date: a day YYYY-MM-DD (e.g. 1995-07-15), a month YYYY-MM in quotes (e.g. '1998-08') or just a year YYYY (e.g. 1998).",
  example: '1995-07-15',
};

export const fieldGuides: Record<RecordKind, Record<string, FieldGuide>> = {
  partner: {
    name: {
      pl: 'Własna nazwa miasta, tak jak piszą ją jego mieszkańcy.',
      en: "The town's own name, as its people write it.",
      example: 'Čadca',
    },
    nameLang: {
      pl: 'Język własnej nazwy: kod języka (BCP 47), np. sk, de, fr, ka.',
      en: 'Language of the own name: a language code (BCP 47), e.g. sk, de, fr, ka.',
      example: 'sk',
    },
    country: {
      pl: 'Kraj: dwuliterowy kod ISO 3166-1 wielkimi literami (DE, FR, SK, GB, PL…).',
      en: 'Country: a two-letter ISO 3166-1 code in capitals (DE, FR, SK, GB, PL…).',
      example: 'SK',
    },
    scope: {
      pl: 'international — miasto za granicą; domestic — miasto w Polsce.',
      en: 'international for a town abroad, domestic for a town in Poland.',
      example: 'international',
      values: ['international', 'domestic'],
    },
    website: {
      pl: 'Strona internetowa (pole nieobowiązkowe). Wystarczy www.riom.fr — https:// zostanie dodane. Przed publikacją otwórz ją i sprawdź, czy działa i czy to właściwa strona.',
      en: 'A website (optional). www.riom.fr is enough: https:// is added. Before publishing, open it and check that it works and is the right site.',
      example: 'www.riom.fr',
    },
    websiteKind: {
      pl: 'Czym jest strona z pola website: official (oficjalna strona miasta) albo tourism (portal turystyczny). Pomiń, jeśli nie wiesz — strona pokaże wtedy „Strona internetowa”.',
      en: 'What the website is: official (the town\'s own site) or tourism (a tourism portal). Leave out if unsure: the page then says just "Website".',
      example: 'official',
      values: websiteKinds,
    },
    wikidata: {
      pl: 'Identyfikator miasta w Wikidanych (pole nieobowiązkowe): Q i cyfry.',
      en: "The town's Wikidata item (optional): Q followed by digits.",
      example: 'Q12345',
    },
    coordinates: {
      pl: 'Położenie miasta: dwa pola, latitude i longitude, w stopniach dziesiętnych (kropka, nie przecinek).',
      en: 'Where the town lies: two fields, latitude and longitude, in decimal degrees (a point, not a comma).',
      example: '{ latitude: 49.438, longitude: 18.7899 }',
    },
    'coordinates.latitude': {
      pl: 'Szerokość geograficzna w stopniach dziesiętnych, od -90 do 90 (na północ dodatnia).',
      en: 'Latitude in decimal degrees, from -90 to 90 (north is positive).',
      example: '49.438',
    },
    'coordinates.longitude': {
      pl: 'Długość geograficzna w stopniach dziesiętnych, od -180 do 180 (na wschód dodatnia).',
      en: 'Longitude in decimal degrees, from -180 to 180 (east is positive).',
      example: '18.7899',
    },
    emblem: {
      pl: 'Główny obraz miasta, np. herb (pole nieobowiązkowe): nazwa pliku PNG, JPEG, WebP lub AVIF leżącego w folderze miasta. Opis obrazu wpisz w polu emblemAlt w pl.md i en.md.',
      en: "The town's main picture, e.g. its coat of arms (optional): the name of a PNG, JPEG, WebP or AVIF file in the town's folder. Describe it in emblemAlt in pl.md and en.md.",
      example: 'herb.png',
    },
    areas: {
      pl: 'Obszary współpracy: lista kluczy, każdy w osobnej linii zaczętej od „- ”.',
      en: 'Areas of cooperation: a list of keys, each on its own line starting with "- ".',
      example: '[culture, sport]',
    },
    'areas[]': {
      pl: 'Obszar współpracy: jeden z ustalonych kluczy.',
      en: 'An area of cooperation: one of the fixed keys.',
      example: 'culture',
      values: areaKeys,
    },
    events: {
      pl: 'Wydarzenia partnerstwa (co najmniej jedno): każde zaczyna się od „- id: …” i ma kind, date i zwykle place.',
      en: 'Events of the partnership (at least one): each starts with "- id: …" and has kind, date and usually place.',
    },
    'events[]': {
      pl: 'Jedno wydarzenie: pola id, kind, date i (nieobowiązkowo) place.',
      en: 'One event: the fields id, kind, date and (optionally) place.',
    },
    'events[].id': {
      pl: 'Krótki identyfikator wydarzenia, niepowtarzalny w tym pliku: małe litery, cyfry i łączniki. Pliki pl.md i en.md odwołują się do niego.',
      en: 'A short identifier of the event, unique in this file: lower-case letters, digits and hyphens. pl.md and en.md refer to it.',
      example: 'signed-home',
    },
    'events[].kind': {
      pl: 'Rodzaj wydarzenia.',
      en: 'What happened.',
      example: 'agreement-signed',
      values: eventKinds,
    },
    'events[].date': dateHelp,
    'events[].place': {
      pl: `Miejsce: home (w ${homeTown.names.pl.locative ?? homeTown.names.pl.nominative}; dawniej pisane ${homeTown.id}, co nadal znaczy to samo), partner (w mieście partnerskim) albo elsewhere (gdzie indziej — wtedy nazwij je w polu venue w pl.md i en.md). Pomiń, jeśli nieznane.`,
      en: `Where: home (in ${homeTown.names.en.nominative}; formerly written ${homeTown.id}, which still means the same), partner (in the partner town) or elsewhere (then name it in venue in pl.md and en.md). Leave out if unknown.`,
      example: 'home',
      values: eventPlaces,
    },
  },
  translation: {
    name: {
      pl: 'Nazwa miasta w języku tego pliku (np. Czadca po polsku, Čadca po angielsku).',
      en: "The town's name in this file's language (e.g. Czadca in Polish, Čadca in English).",
      example: 'Czadca',
    },
    region: {
      pl: 'Region lub część kraju, jeśli pomaga (pole nieobowiązkowe).',
      en: 'Region or part of the country, where it helps (optional).',
      example: 'Anglia',
    },
    emblemAlt: {
      pl: 'Co przedstawia główny obraz miasta (pole emblem w partner.md), w języku tego pliku — dla osób, które go nie widzą. Obowiązkowe, gdy jest emblem.',
      en: "What the town's main picture (emblem in partner.md) shows, in this file's language, for people who cannot see it. Required when there is an emblem.",
      example: 'Herb miasta Riom',
    },
    description: {
      pl: 'Jedno lub dwa zdania o partnerstwie, od 70 do 160 znaków (pokazywane w wynikach wyszukiwania).',
      en: 'One or two sentences about the partnership, 70 to 160 characters (shown in search results).',
      example: `Riom we Francji jest miastem partnerskim ${homeTown.names.pl.genitive ?? homeTown.names.pl.nominative} od 1995 roku. Współpraca łączy młodzież, szpitale i szkoły.`,
    },
    events: {
      pl: 'Teksty wydarzeń: pod identyfikatorem wydarzenia z partner.md — title i (dla place: elsewhere) venue.',
      en: 'Event texts: under the event id from partner.md, a title and (for place: elsewhere) a venue.',
    },
    'events.*': {
      pl: 'Teksty jednego wydarzenia: title i venue.',
      en: 'Texts of one event: title and venue.',
    },
    'events.*.title': {
      pl: 'Co się wydarzyło, w kilku słowach (nieobowiązkowe: inaczej nazwa rodzaju wydarzenia).',
      en: "What happened, in a few words (optional: otherwise the kind's label).",
      example: 'Podpisanie aktu zbliźniaczenia',
    },
    'events.*.venue': {
      pl: 'Gdzie, dokładniej niż miasto (obowiązkowe przy place: elsewhere).',
      en: 'Where, more precisely than the town (required for place: elsewhere).',
      example: 'Rynek',
    },
    'events.*.party': {
      pl: 'Przy porozumieniu regionalnym (kind: regional-agreement): kto je zawarł, np. Euroregion „Beskidy”. Kalendarium pokaże je pod tą nazwą, nie jako porozumienie dwóch miast.',
      en: 'For a regional agreement (kind: regional-agreement): who concluded it, e.g. the Beskidy Euroregion. The timeline shows it under this name, not as an agreement between the two towns.',
      example: 'Euroregion „Beskidy”',
    },
  },
  page: {
    title: {
      pl: 'Tytuł strony.',
      en: 'The page heading.',
      example: `Miasta partnerskie ${homeTown.names.pl.genitive ?? homeTown.names.pl.nominative}`,
    },
    description: {
      pl: 'Jedno lub dwa zdania o stronie, od 70 do 160 znaków (pokazywane w wynikach wyszukiwania).',
      en: 'One or two sentences about the page, 70 to 160 characters (shown in search results).',
    },
  },
};

/** The guide key of a concrete path: list indexes become `[]`, keys of the translation event map `*`. */
export function guideKey(kind: RecordKind, path: readonly PropertyKey[]): string {
  let out = '';
  path.forEach((part, i) => {
    if (typeof part === 'number') out += '[]';
    else if (kind === 'translation' && i === 1 && path[0] === 'events') out += '.*';
    else out += out === '' ? String(part) : `.${String(part)}`;
  });
  return out;
}

export function guideFor(kind: RecordKind, path: readonly PropertyKey[]): FieldGuide | undefined {
  return fieldGuides[kind][guideKey(kind, path)];
}
