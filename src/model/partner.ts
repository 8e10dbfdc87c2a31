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
      example: 'www.riom.fr',
    }),
    websiteKind: described(z.enum(websiteKinds, { error: () => 'Use "official" or "tourism".' }).optional(), {
      label: { pl: 'Rodzaj strony internetowej', en: 'Kind of website' },
      help: {
        pl: 'Czym jest strona z pola website: official (oficjalna strona miasta) albo tourism (portal turystyczny). Pomiń, jeśli nie wiesz — strona pokaże wtedy „Strona internetowa”.',
        en: 'What the website is: official (the town\'s own site) or tourism (a tourism portal). Leave out if unsure: the page then says just "Website".',
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
          example: '49.438',
        }),
        longitude: described(z.number().min(-180).max(180), {
          label: { pl: 'Długość geograficzna', en: 'Longitude' },
          help: {
            pl: 'Długość geograficzna w stopniach dziesiętnych, od -180 do 180 (na wschód dodatnia).',
            en: 'Longitude in decimal degrees, from -180 to 180 (east is positive).',
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
        example: '{ latitude: 49.438, longitude: 18.7899 }',
      },
    ),
    emblem: described((picture ? picture() : z.string()).optional(), {
      label: { pl: 'Herb lub inny główny obraz', en: 'Coat of arms or other main picture' },
      help: {
        pl: 'Główny obraz miasta, np. herb (pole nieobowiązkowe): nazwa pliku PNG, JPEG, WebP lub AVIF leżącego w folderze miasta. Opis obrazu wpisz w polu emblemAlt w każdym języku.',
        en: "The town's main picture, e.g. its coat of arms (optional): the name of a PNG, JPEG, WebP or AVIF file in the town's folder. Describe it in emblemAlt in every language.",
      },
      example: 'herb.png',
      picture: true,
    }),
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
