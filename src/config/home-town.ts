import { parseHomeTown } from '../model/home-town.ts';
import { notGiven, type Fact } from '../model/confirmation.ts';

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
     * (`src/model/confirmation.ts`): `value` is `null` until the office gives it, and `confirmed` becomes
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
   * not say (`CMS_REPO`, `GITHUB_REPOSITORY`); whether that repository is public (the sign-in then asks
   * GitHub only for access to public repositories, `public_repo`, instead of every repository, `repo`);
   * and the address of the sign-in for GitHub: `null` for the town's own relay beside the site
   * (`<site>cms-auth/auth`, `.deploy/README.md`), or the https address of another (`CMS_AUTH_URL` overrides it).
   */
  editing: {
    repository: 'zywiec/miasta-partnerskie',
    repositoryIsPublic: true,
    signInUrl: null as string | null,
  },
};

/** The checked configuration: the composition point (`src/config/`) passes it to the layers below. */
export const homeTown = parseHomeTown(homeTownConfig);
