import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { isoNumeric } from '../lib/iso-countries.ts';
import { slugPattern } from '../lib/slug.ts';
import { factSchema, notGiven, type Fact } from '../lib/confirmation.ts';
import { formatIssues } from '../lib/zod-issues.ts';

type Bilingual = { pl: string; en: string };

/**
 * The town whose partnerships this site presents: every fact about it is here, and nowhere else. Another
 * town uses this generator by changing this file and `content/`. The UI dictionaries name the town through
 * placeholders (`{town}`, `{townGenitive}`, `{office}`…, see `homeTownPlaceholders`), filled from here.
 */
export const homeTownConfig = {
  /**
   * The town as an identifier: lower-case ASCII letters, digits and hyphens. It is the value the open data
   * (`partners.json`, `events.csv`) publishes for an event held in the town, and content may write it in
   * an event's `place` as another word for `home`.
   */
  id: 'zywiec',
  /**
   * The town's name in each language of the site: `nominative` is the name as such; a language whose
   * sentences decline it gives the other forms its texts use (Polish: "od Żywca", "w Żywcu").
   */
  names: {
    pl: { nominative: 'Żywiec', genitive: 'Żywca', locative: 'Żywcu' },
    en: { nominative: 'Żywiec' },
  },
  /** The town centre (decimal degrees, WGS 84): where distances are measured from, the square on the maps. */
  coordinates: { latitude: 49.6856, longitude: 19.1925 },
  /** The town's country, an ISO 3166-1 alpha-2 code like the partners' `country`. */
  country: 'PL',
  /** The town office, which publishes the site and answers for it. */
  office: {
    /** Its name in each language; the Polish one is its official name, shown beside the others. */
    name: { pl: 'Urząd Miejski w Żywcu', en: 'Żywiec Town Hall' },
    /** Its postal address in the town: street and number, and the postcode. */
    street: 'Rynek 2',
    postcode: '34-300',
    /** The office's own website (the publisher in structured data). */
    url: 'https://www.zywiec.pl/',
    /**
     * Facts the office decides for the accessibility statement, each `{ value, confirmed }`
     * (`src/lib/confirmation.ts`): `value` is `null` until the office gives it, and `confirmed` becomes
     * `true` once it has confirmed it. Pages mark an unconfirmed fact "do potwierdzenia przez urząd", and
     * `npm run build:production` refuses to publish while any is unconfirmed.
     *
     * Who decides complaints about accessibility, as the sentence names them ("Skargę rozpatruje …").
     */
    head: { value: { pl: 'Burmistrz Miasta Żywca', en: 'the Mayor of Żywiec' }, confirmed: false } as Fact<Bilingual>,
    /**
     * Who handles accessibility requests (a person or a post), their e-mail address and telephone number
     * (international form, spaces allowed: `+48 33 123 45 67`).
     */
    accessibilityContact: {
      name: notGiven<string>(),
      email: notGiven<string>(),
      phone: notGiven<string>(),
    },
    /**
     * Where complaints about accessibility go besides the office's postal address: an e-mail address and an
     * ePUAP box (`/skrytka/…` address); `false` where the office has none (not both).
     */
    complaints: { email: notGiven<string | false>(), epuap: notGiven<string | false>() },
  },
  /**
   * Where the site is published: the origin and the folder. `SITE_URL` and `BASE_PATH` override them for
   * a preview or another host (`src/config/site.ts`).
   */
  site: { url: 'https://www.zywiec.pl', basePath: '/miasta-partnerskie/' },
  /**
   * The calendars' product identifier (`PRODID:-//<owner>//<product>//PL`): who makes them and what they
   * are, in plain ASCII, as calendar programs show it.
   */
  calendar: { owner: 'Urzad Miejski w Zywcu', product: 'Miasta partnerskie' },
  /**
   * Editing through `/admin/`: the GitHub repository (`owner/name`) the CMS saves to when the build does
   * not say (`CMS_REPO`, `GITHUB_REPOSITORY`), and the address of the town's sign-in service for GitHub
   * (see the editors' guide; `CMS_AUTH_URL` overrides it).
   */
  editing: { repository: 'zywiec/miasta-partnerskie', signInUrl: 'https://cms-auth.zywiec.pl/auth' },
};

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
      .regex(slugPattern, 'Use lower-case ASCII letters, digits and hyphens, e.g. "zywiec".')
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
      url: https('https://www.zywiec.pl/'),
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
      url: https('https://www.zywiec.pl').refine(
        (url) => new URL(url).origin === url,
        'Write the origin only, without a path or trailing slash, e.g. "https://www.zywiec.pl".',
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
            .regex(
              /^[\x20-\x7e]+$/,
              'Write it in plain ASCII letters (no Polish letters), e.g. "Urzad Miejski w Zywcu".',
            )
            .refine((v) => !v.includes('//'), 'Must not contain "//", which separates its parts.'),
        ]),
      ) as Record<'owner' | 'product', z.ZodString>,
    ),
    editing: z.strictObject({
      repository: z
        .string()
        .regex(/^[\w.-]+\/[\w.-]+$/, 'Write the GitHub repository as owner/name, e.g. "zywiec/miasta-partnerskie".'),
      signInUrl: https('https://cms-auth.zywiec.pl/auth'),
    }),
  });

export type HomeTown = z.output<ReturnType<typeof homeTownSchema>>;

/** Checks the configuration; a mistake stops the build and the content check with the field and the fix. */
export function parseHomeTown(raw: unknown): HomeTown {
  const result = homeTownSchema().safeParse(raw);
  if (!result.success) throw new Error(formatIssues(result.error, 'src/config/home-town.ts'));
  return result.data;
}

/** The checked configuration: what the rest of the code reads. */
export const homeTown = parseHomeTown(homeTownConfig);

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
