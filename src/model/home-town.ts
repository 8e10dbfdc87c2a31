import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../blocks/locales.ts';
import { isoNumeric } from '../blocks/iso-countries.ts';
import { slugPattern } from '../blocks/slug.ts';
import { formatIssues } from '../blocks/zod-issues.ts';
import { factSchema } from './confirmation.ts';

/**
 * What a home town's configuration (`src/config/home-town.ts`) must say, checked at load. The layers
 * below the configuration receive the checked town as an argument; none of them imports the file.
 */

/** The grammatical cases a language's texts may ask for, besides the name itself (the nominative). */
export const townCases = ['genitive', 'locative', 'instrumental', 'dative', 'accusative'] as const;
export type TownCase = 'nominative' | (typeof townCases)[number];

const text = () => z.string().trim().min(1, 'Write a text here; it must not be empty.');

/** One text per language of the site, each required. */
const perLanguage = () =>
  z.strictObject(Object.fromEntries(localeCodes.map((l) => [l, text()])) as Record<Locale, ReturnType<typeof text>>);

const townName = () =>
  z.strictObject({
    nominative: text(),
    ...(Object.fromEntries(townCases.map((c) => [c, text().optional()])) as Record<
      (typeof townCases)[number],
      z.ZodOptional<ReturnType<typeof text>>
    >),
  });

const https = (example: string) =>
  z.url({ protocol: /^https$/, error: `Write the full https:// address, e.g. "${example}".` });

const email = () => z.email('Write an e-mail address, e.g. "dostepnosc@urzad.example.pl".');

/** Words an event's `place` already means; the town's identifier must differ from them. */
const otherPlaces = ['home', 'partner', 'elsewhere'];

export const homeTownSchema = () =>
  z.strictObject({
    id: z
      .string()
      .regex(slugPattern, 'Use lower-case ASCII letters, digits and hyphens, e.g. "nowe-miasto".')
      .refine(
        (id) => !otherPlaces.includes(id),
        `Must not be one of ${otherPlaces.join(', ')}: an event's place already means that.`,
      ),
    names: z.strictObject(
      Object.fromEntries(localeCodes.map((l) => [l, townName()])) as Record<Locale, ReturnType<typeof townName>>,
    ),
    coordinates: z.strictObject({
      latitude: z.number().min(-90, 'A latitude is between -90 and 90.').max(90, 'A latitude is between -90 and 90.'),
      longitude: z
        .number()
        .min(-180, 'A longitude is between -180 and 180.')
        .max(180, 'A longitude is between -180 and 180.'),
    }),
    country: z
      .string()
      .refine((code) => isoNumeric.has(code), 'Write the ISO 3166-1 alpha-2 code of a country, e.g. "PL".'),
    office: z.strictObject({
      name: perLanguage(),
      street: text(),
      postcode: z.string().regex(/^\d{2}-\d{3}$/, 'Write a Polish postcode, e.g. "34-300".'),
      url: https('https://www.miasto.example.pl/'),
      head: factSchema(perLanguage()),
      accessibilityContact: z.strictObject({
        name: factSchema(text()),
        email: factSchema(email()),
        phone: factSchema(
          z
            .string()
            .regex(/^\+\d{1,3}( ?\d){6,12}$/, 'Write the number in international form, e.g. "+48 33 123 45 67".'),
        ),
      }),
      complaints: z
        .strictObject({
          email: factSchema(z.union([email(), z.literal(false)])),
          epuap: factSchema(
            z.union([
              z.string().regex(/^\/[^/\s]+\/[^/\s]+$/, 'Write an ePUAP box address, e.g. "/urzad/skrytka".'),
              z.literal(false),
            ]),
          ),
        })
        .refine(
          (c) => !(c.email.value === false && c.epuap.value === false),
          'Give an e-mail address or an ePUAP box for complaints.',
        ),
    }),
    site: z.strictObject({
      url: https('https://www.miasto.example.pl').refine(
        (url) => new URL(url).origin === url,
        'Write the origin only, without a path or trailing slash, e.g. "https://www.miasto.example.pl".',
      ),
      basePath: z
        .string()
        .regex(/^\/([^/\s]+\/)*$/, 'Write a folder with slashes on both ends, e.g. "/miasta-partnerskie/".'),
    }),
    calendar: z.strictObject(
      Object.fromEntries(
        ['owner', 'product'].map((k) => [
          k,
          z
            .string()
            .regex(/^[\x20-\x7e]+$/, 'Write it in plain ASCII letters (no Polish letters), e.g. "Urzad Miejski".')
            .refine((v) => !v.includes('//'), 'Must not contain "//", which separates its parts.'),
        ]),
      ) as Record<'owner' | 'product', z.ZodString>,
    ),
    editing: z.strictObject({
      repository: z
        .string()
        .regex(/^[\w.-]+\/[\w.-]+$/, 'Write the GitHub repository as owner/name, e.g. "urzad/miasta-partnerskie".'),
      repositoryIsPublic: z.boolean('Write true for a public repository, false for a private one.'),
      signInUrl: https('https://www.miasto.example.pl/miasta-partnerskie/cms-auth/auth').nullable(),
    }),
  });

export type HomeTown = z.output<ReturnType<typeof homeTownSchema>>;

/** Checks the configuration; a mistake stops the build and the content check with the field and the fix. */
export function parseHomeTown(raw: unknown): HomeTown {
  const result = homeTownSchema().safeParse(raw);
  if (!result.success) throw new Error(formatIssues(result.error, 'src/config/home-town.ts'));
  return result.data;
}

/** The dictionary placeholder of each form of the town's name: `{town}`, `{townGenitive}`… */
const casePlaceholder = (form: TownCase) =>
  form === 'nominative' ? 'town' : `town${form[0]!.toUpperCase()}${form.slice(1)}`;

/**
 * What the UI dictionaries' town placeholders stand for in a language: every form of the name given,
 * the office's name (`{office}`) and the town's identifier (`{townId}`, as the open data writes it).
 */
export function homeTownPlaceholders(town: HomeTown, locale: Locale): Record<string, string> {
  const names = town.names[locale];
  const forms = Object.entries(names).filter((entry): entry is [TownCase, string] => entry[1] !== undefined);
  return {
    ...Object.fromEntries(forms.map(([form, name]) => [casePlaceholder(form), name])),
    office: town.office.name[locale],
    townId: town.id,
  };
}

/** Every placeholder that names the town, given or not in a language: a dictionary may use no other. */
export const townPlaceholderNames: readonly string[] = [
  ...(['nominative', ...townCases] as TownCase[]).map(casePlaceholder),
  'office',
  'townId',
];

/** A form of the town's name; a language's texts that need a form the configuration lacks stop here. */
export function townNameIn(town: HomeTown, locale: Locale, form: TownCase = 'nominative'): string {
  const name = town.names[locale][form];
  if (name === undefined) {
    throw new Error(`src/config/home-town.ts: names.${locale}.${form} is missing; the ${locale} texts need it.`);
  }
  return name;
}
