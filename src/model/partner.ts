import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { areaSchema } from './areas.ts';
import { eventSchema, type PartnerEvent } from './events.ts';
import { described } from './field-meta.ts';
import { breakRule, type RuleWords } from './rule-words.ts';
import type { HomeTown } from './home-town.ts';
import { eventTextShape, eventTextsById, textShape, type Translation } from './translation.ts';

/**
 * Website as staff type it: `www.riom.net`, `riom.net/en` or a full `https://…` address. A bare host
 * gets `https://`; anything that is not then a web address with a dotted host is refused.
 */
export const websiteSchema = () =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    let url: URL | undefined;
    try {
      url = new URL(withScheme);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || !/^[^.]+(\.[^.]+)+$/.test(url.hostname) || /\s/.test(value)) {
      breakRule(
        ctx,
        {
          code: 'bad-website',
          pl: '„{value}” nie jest adresem strony internetowej. Wpisz go jak www.riom.fr albo https://www.riom.fr.',
          en: '"{value}" is not a web address. Write it like www.riom.fr or https://www.riom.fr.',
        },
        { value: raw },
      );
      return z.NEVER;
    }
    return url.href;
  });

/** What a partner's website is: the town's own site, or a tourism portal. */
export const websiteKinds = ['official', 'tourism'] as const;
export type WebsiteKind = (typeof websiteKinds)[number];

/** The main picture: a file beside the text, checked and processed by Astro's `image()` where given. */
const emblemField = <P extends z.ZodType = z.ZodString>(picture?: () => P) =>
  described((picture ? picture() : z.string()).optional(), {
    label: { pl: 'Herb lub inny główny obraz', en: 'Coat of arms or other main picture' },
    help: {
      pl: 'Główny obraz miasta, np. herb (pole nieobowiązkowe): nazwa pliku PNG, JPEG, WebP lub AVIF leżącego w folderze miasta. Opis obrazu wpisz w polu emblemAlt w każdym języku.',
      en: "The town's main picture, e.g. its coat of arms (optional): the name of a PNG, JPEG, WebP or AVIF file in the town's folder. Describe it in emblemAlt in every language.",
    },
    form: {
      pl: 'Herb lub inny główny obraz miasta (można pominąć): zdjęcie albo rysunek w formacie JPEG lub PNG. Opisz go w polu „Opis herbu lub głównego obrazu” w każdym języku.',
      en: "The town's coat of arms or other main picture (optional): a JPEG or PNG picture. Describe it in “Description of the main picture” in every language.",
    },
    example: 'herb.png',
    picture: true,
  });

/**
 * The Polish file of one partnership, `content/partners/<slug>/index.pl.md`: the facts, the same in every
 * language, and the Polish texts (name, description, each event's title beside its facts, the story below).
 * Other languages have their texts in `index.<lang>.md` beside it (`translationSchema`). One file for the
 * facts and the default language is what Decap CMS's i18n writes: untranslatable fields in the default
 * language's file only.
 */
export const partnerSchema = <P extends z.ZodType = z.ZodString>(town: HomeTown, picture?: () => P) =>
  z.strictObject({
    ...textShape(town),
    ownName: described(z.string().trim().min(1, 'Write the partner town\'s own name, e.g. "Čadca".'), {
      label: { pl: 'Własna nazwa miasta', en: "Town's own name" },
      help: {
        pl: 'Własna nazwa miasta, tak jak piszą ją jego mieszkańcy (pole name to nazwa po polsku).',
        en: "The town's own name, as its people write it (name is the name in Polish).",
      },
      form: {
        pl: 'Nazwa miasta tak, jak piszą ją jego mieszkańcy, np. Čadca.',
        en: "The town's name as its people write it, e.g. Čadca.",
      },
      example: 'Čadca',
    }),
    nameLang: described(
      z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as "sk", "de" or "en-GB".'),
      {
        label: { pl: 'Język własnej nazwy', en: 'Language of the own name' },
        help: {
          pl: 'Język własnej nazwy: kod języka (BCP 47), np. sk, de, fr, ka.',
          en: 'Language of the own name: a language code (BCP 47), e.g. sk, de, fr, ka.',
        },
        form: {
          pl: 'Język, w którym mieszkańcy piszą nazwę miasta, jako krótki kod: np. sk (słowacki), de (niemiecki), fr (francuski), en (angielski).',
          en: "The language the town's people write its name in, as a short code: e.g. sk (Slovak), de (German), fr (French), en (English).",
        },
        example: 'sk',
      },
    ),
    country: described(
      z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166-1 country code in capitals, e.g. "DE".'),
      {
        label: { pl: 'Kraj', en: 'Country' },
        help: {
          pl: 'Kraj: dwuliterowy kod ISO 3166-1 wielkimi literami (DE, FR, SK, GB, PL…).',
          en: 'Country: a two-letter ISO 3166-1 code in capitals (DE, FR, SK, GB, PL…).',
        },
        form: {
          pl: 'Kraj, w którym leży miasto: wybierz z listy albo zacznij pisać jego nazwę, np. Słowacja.',
          en: 'The country the town is in: choose from the list or start typing its name, e.g. Slovakia.',
        },
        example: 'SK',
        choices: 'countries',
      },
    ),
    scope: described(z.enum(['international', 'domestic'], { error: () => 'Use "international" or "domestic".' }), {
      label: { pl: 'Rodzaj współpracy', en: 'Scope' },
      help: {
        pl: 'international — miasto za granicą; domestic — miasto w Polsce.',
        en: 'international for a town abroad, domestic for a town in Poland.',
      },
      form: {
        pl: 'Czy miasto leży za granicą, czy w Polsce: wybierz z listy.',
        en: 'Whether the town is abroad or in Poland: choose from the list.',
      },
      example: 'international',
      choices: {
        international: { pl: 'miasto za granicą', en: 'a town abroad' },
        domestic: { pl: 'miasto w Polsce', en: 'a town in Poland' },
      },
    }),
    website: described(websiteSchema().optional(), {
      label: { pl: 'Strona internetowa', en: 'Website' },
      help: {
        pl: 'Strona internetowa (pole nieobowiązkowe). Wystarczy www.riom.fr — https:// zostanie dodane. Przed publikacją otwórz ją i sprawdź, czy działa i czy to właściwa strona.',
        en: 'A website (optional). www.riom.fr is enough: https:// is added. Before publishing, open it and check that it works and is the right site.',
      },
      form: {
        pl: 'Adres strony miasta, np. www.riom.fr (https:// zostanie dodane). Można zostawić puste. Przed publikacją otwórz ją i sprawdź, czy to właściwa strona.',
        en: "The town's website, e.g. www.riom.fr (https:// is added). May be left empty. Before publishing, open it and check it is the right site.",
      },
      example: 'www.riom.fr',
    }),
    websiteKind: described(z.enum(websiteKinds, { error: () => 'Use "official" or "tourism".' }).optional(), {
      label: { pl: 'Rodzaj strony internetowej', en: 'Kind of website' },
      help: {
        pl: 'Czym jest strona z pola website: official (oficjalna strona miasta) albo tourism (portal turystyczny). Pomiń, jeśli nie wiesz — strona pokaże wtedy „Strona internetowa”.',
        en: 'What the website is: official (the town\'s own site) or tourism (a tourism portal). Leave out if unsure: the page then says just "Website".',
      },
      form: {
        pl: 'Czym jest podana strona: wybierz z listy. Jeśli nie wiesz, zostaw puste — strona pokaże wtedy „Strona internetowa”.',
        en: 'What the website is: choose from the list. If unsure, leave empty: the page then says “Website”.',
      },
      example: 'official',
      choices: {
        official: { pl: 'oficjalna strona miasta', en: "the town's own site" },
        tourism: { pl: 'portal turystyczny', en: 'a tourism portal' },
      },
    }),
    wikidata: described(
      z
        .string()
        .regex(/^Q\d+$/, 'Use a Wikidata item id such as "Q12345".')
        .optional(),
      {
        label: { pl: 'Wikidane', en: 'Wikidata' },
        help: {
          pl: 'Identyfikator miasta w Wikidanych (pole nieobowiązkowe): Q i cyfry.',
          en: "The town's Wikidata item (optional): Q followed by digits.",
        },
        form: {
          pl: 'Numer miasta w Wikidanych, np. Q12345 (na stronie miasta w Wikidanych, obok nazwy). Można zostawić puste.',
          en: "The town's number in Wikidata, e.g. Q12345 (beside the town's name on its Wikidata page). May be left empty.",
        },
        example: 'Q12345',
      },
    ),
    coordinates: described(
      z.strictObject({
        latitude: described(z.number().min(-90).max(90), {
          label: { pl: 'Szerokość geograficzna', en: 'Latitude' },
          help: {
            pl: 'Szerokość geograficzna w stopniach dziesiętnych, od -90 do 90 (na północ dodatnia).',
            en: 'Latitude in decimal degrees, from -90 to 90 (north is positive).',
          },
          form: {
            pl: 'Szerokość geograficzna w stopniach, z kropką, np. 49.438 (na południe od równika z minusem).',
            en: 'Latitude in degrees, with a point, e.g. 49.438 (south of the equator with a minus).',
          },
          example: '49.438',
        }),
        longitude: described(z.number().min(-180).max(180), {
          label: { pl: 'Długość geograficzna', en: 'Longitude' },
          help: {
            pl: 'Długość geograficzna w stopniach dziesiętnych, od -180 do 180 (na wschód dodatnia).',
            en: 'Longitude in decimal degrees, from -180 to 180 (east is positive).',
          },
          form: {
            pl: 'Długość geograficzna w stopniach, z kropką, np. 18.7899 (na zachód od Greenwich z minusem, np. -0.2716).',
            en: 'Longitude in degrees, with a point, e.g. 18.7899 (west of Greenwich with a minus, e.g. -0.2716).',
          },
          example: '18.7899',
        }),
      }),
      {
        label: { pl: 'Położenie', en: 'Coordinates' },
        help: {
          pl: 'Położenie miasta: dwa pola, latitude i longitude, w stopniach dziesiętnych (kropka, nie przecinek).',
          en: 'Where the town lies: two fields, latitude and longitude, in decimal degrees (a point, not a comma).',
        },
        form: {
          pl: 'Gdzie leży miasto, w stopniach (np. z Wikipedii: 49.438 i 18.7899). Mapa i odległość liczą się z tych liczb.',
          en: 'Where the town lies, in degrees (e.g. from Wikipedia: 49.438 and 18.7899). The map and the distance are worked out from them.',
        },
        example: '{ latitude: 49.438, longitude: 18.7899 }',
      },
    ),
    emblem: emblemField(picture),
    areas: described(
      z
        .array(areaSchema())
        .min(1, 'Name at least one cooperation area.')
        .superRefine(
          reportDuplicates((area) => area, [], {
            code: 'duplicate',
            pl: '„{value}” występuje na liście drugi raz. Usuń powtórzenie.',
            en: '"{value}" appears in the list a second time. Remove the repeat.',
          }),
          always,
        ),
      {
        label: { pl: 'Obszary współpracy', en: 'Areas of cooperation' },
        help: {
          pl: 'Obszary współpracy: lista kluczy, każdy w osobnej linii zaczętej od „- ”.',
          en: 'Areas of cooperation: a list of keys, each on its own line starting with "- ".',
        },
        form: {
          pl: 'Czego dotyczy współpraca: wybierz z listy jeden lub więcej obszarów.',
          en: 'What the cooperation covers: choose one or more areas from the list.',
        },
        example: '[culture, sport]',
      },
    ),
    events: described(
      z
        .array(
          described(z.strictObject({ ...eventSchema(town).shape, ...eventTextShape() }), {
            label: { pl: 'Wydarzenie', en: 'Event' },
            help: {
              pl: 'Jedno wydarzenie: pola id, kind, date, (nieobowiązkowo) place i polskie teksty: title, venue, party.',
              en: 'One event: the fields id, kind, date, (optionally) place, and the Polish texts: title, venue, party.',
            },
            form: {
              pl: 'Jedno wydarzenie: rodzaj, data, miejsce i opis po polsku.',
              en: 'One event: kind, date, place and its Polish text.',
            },
          }),
        )
        .min(1, 'List at least one event, e.g. the signing of the agreement.')
        .superRefine(
          reportDuplicates((event) => (event as { id?: unknown } | undefined)?.id, ['id'], {
            code: 'duplicate',
            pl: '„{value}” występuje na liście drugi raz. Nadaj każdemu wydarzeniu inny id.',
            en: '"{value}" appears in the list a second time. Give each event its own id.',
          }),
          always,
        ),
      {
        label: { pl: 'Wydarzenia', en: 'Events' },
        help: {
          pl: 'Wydarzenia partnerstwa (co najmniej jedno): każde zaczyna się od „- id: …” i ma kind, date, zwykle place i polski tytuł (title).',
          en: 'Events of the partnership (at least one): each starts with "- id: …" and has kind, date, usually place and its Polish title.',
        },
        form: {
          pl: 'Wydarzenia partnerstwa, co najmniej jedno (np. podpisanie umowy). Dodane tu wydarzenie pojawia się w drugim języku samo; tam wpisuje się tylko jego tłumaczenie.',
          en: "The partnership's events, at least one (e.g. the signing of the agreement). An event added here appears in the other language by itself; there only its translation is typed.",
        },
      },
    ),
  });

/** Run a list check even when an item of the list is wrong, so one pass reports every problem. */
const always = { when: () => true };

/** Flags every repeat of a key in a list, at the repeated item's path. */
function reportDuplicates(key: (item: unknown) => unknown, subPath: string[], words: RuleWords) {
  return (items: unknown[], ctx: z.RefinementCtx) => {
    // `always` runs this even when the field is missing or not a list: that is reported elsewhere.
    if (!Array.isArray(items)) return;
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const k = key(item);
      if (typeof k !== 'string') return;
      if (seen.has(k)) breakRule(ctx, words, { value: k, path: [index, ...subPath] });
      seen.add(k);
    });
  };
}

/** The Polish texts of a partner's Polish file, as the pages read a translation. */
export function polishText(data: z.output<ReturnType<typeof partnerSchema>>): Translation {
  const { name, region, emblemAlt, description, events } = data;
  return {
    name,
    description,
    ...(region !== undefined ? { region } : {}),
    ...(emblemAlt !== undefined ? { emblemAlt } : {}),
    events: eventTextsById(
      events.map(({ id, title, venue, party }) => ({
        id,
        ...(title !== undefined ? { title } : {}),
        ...(venue !== undefined ? { venue } : {}),
        ...(party !== undefined ? { party } : {}),
      })),
    ),
  };
}

/**
 * The facts as the pages get them: the main picture already through Astro's image pipeline. The Polish
 * texts of the same file are read as a translation (`polishText`), never from here.
 */
export type Partner = Omit<
  z.output<ReturnType<typeof partnerSchema>>,
  'emblem' | 'events' | keyof ReturnType<typeof textShape>
> & {
  emblem?: ImageMetadata | string | undefined;
  events: PartnerEvent[];
};

/**
 * The schema for Astro's loader, which asks for it once per file with that file's own `image()` (a
 * picture's path is relative to its file): the rest is built once, as a schema is costly to construct and
 * cheap to run, and only the picture's field is made per file.
 */
export function partnerSchemaPerFile(town: HomeTown) {
  const facts = partnerSchema(town);
  return <P extends z.ZodType>(picture: () => P) => facts.extend({ emblem: emblemField(picture) });
}
