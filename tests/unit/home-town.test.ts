import { describe, expect, it } from 'vitest';
import { homeTown, homeTownConfig } from '../../src/config/home-town.ts';
import { homeTownPlaceholders, parseHomeTown, townNameIn, type HomeTown } from '../../src/model/home-town.ts';
import { localeCodes } from '../../src/blocks/locales.ts';
import { dictionaries } from '../../src/config/ui.ts';
import { rawDictionaries } from '../../src/i18n/ui/index.ts';
import { fillHomeTown } from '../../src/i18n/ui/home-town-placeholders.ts';
import { eventSchema } from '../../src/model/events.ts';
import { openDataEventSchema, publishedPlaces } from '../../src/model/open-data.ts';

/** The configuration with one value changed at a path. */
function withValue(path: string, value: unknown): unknown {
  const copy = structuredClone(homeTownConfig) as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, copy);
  parent[keys.at(-1)!] = value;
  return copy;
}

/** The error message a configuration stops with. */
const refusal = (raw: unknown) => {
  try {
    parseHomeTown(raw);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('the home town configuration', () => {
  it('is valid as committed', () => {
    expect(parseHomeTown(homeTownConfig)).toEqual(homeTown);
  });

  it.each([
    ['id', 'Żywiec', /id: Use lower-case ASCII letters/],
    ['id', 'partner', /id: Must not be one of home, partner, elsewhere/],
    ['names.pl.nominative', '  ', /names\.pl\.nominative: Write a text here/],
    ['names.en', undefined, /names\.en: /],
    ['names.pl.ablative', 'x', /names\.pl: .*ablative/i],
    ['coordinates.latitude', 149.6856, /coordinates\.latitude: A latitude is between -90 and 90/],
    ['coordinates.longitude', '19.19', /coordinates\.longitude: /],
    ['country', 'POL', /country: Write the ISO 3166-1 alpha-2 code/],
    ['office.name.en', undefined, /office\.name\.en: /],
    ['office.postcode', '34300', /office\.postcode: Write a Polish postcode/],
    ['office.url', 'http://www.zywiec.pl/', /office\.url: Write the full https:\/\/ address/],
    [
      'office.accessibilityContact.email',
      { value: 'nobody', confirmed: true },
      /office\.accessibilityContact\.email\.value: Write an e-mail address/,
    ],
    [
      'office.accessibilityContact.phone',
      { value: '33 475 42 45', confirmed: false },
      /office\.accessibilityContact\.phone\.value: .*international form/,
    ],
    // A bare value is refused: a fact says whether the office has confirmed it.
    [
      'office.accessibilityContact.email',
      'dostepnosc@zywiec.pl',
      /office\.accessibilityContact\.email: Write this fact as/,
    ],
    ['office.head', { value: null, confirmed: true }, /office\.head: A confirmed fact needs its value/],
    [
      'office.complaints',
      { email: { value: false, confirmed: true }, epuap: { value: false, confirmed: true } },
      /office\.complaints: Give an e-mail address or an ePUAP box/,
    ],
    ['site.url', 'https://www.zywiec.pl/miasta/', /site\.url: Write the origin only/],
    ['site.basePath', 'miasta-partnerskie', /site\.basePath: Write a folder with slashes on both ends/],
    ['calendar.owner', 'Urząd Miejski', /calendar\.owner: Write it in plain ASCII/],
    ['calendar.product', 'a//b', /calendar\.product: Must not contain "\/\/"/],
  ])('refuses %s = %j, naming the field and the fix', (path, value, message) => {
    const text = refusal(withValue(path, value));
    expect(text).toMatch(/^src\/config\/home-town\.ts is invalid:/);
    expect(text).toMatch(message);
  });

  it('gives each form of the name as a placeholder of its own, with the office and the identifier', () => {
    const town = parseHomeTown(
      withValue('names.pl', { nominative: 'Kłodzko', genitive: 'Kłodzka', locative: 'Kłodzku' }),
    );
    expect(homeTownPlaceholders(town, 'pl')).toEqual({
      town: 'Kłodzko',
      townGenitive: 'Kłodzka',
      townLocative: 'Kłodzku',
      office: town.office.name.pl,
      townId: town.id,
    });
    expect(townNameIn(town, 'pl', 'locative')).toBe('Kłodzku');
    expect(() => townNameIn(town, 'pl', 'instrumental')).toThrow(
      'src/config/home-town.ts: names.pl.instrumental is missing; the pl texts need it.',
    );
  });
});

describe('the dictionaries filled with the home town', () => {
  const town = (names: HomeTown['names']): HomeTown => ({ ...homeTown, names });

  it('name the configured town wherever they name a town, in the form each sentence needs', () => {
    const other = town({
      pl: { nominative: 'Kłodzko', genitive: 'Kłodzka', locative: 'Kłodzku' },
      en: { nominative: 'Kłodzko' },
    });
    const pl = fillHomeTown(rawDictionaries.pl, other, 'pl') as typeof dictionaries.pl;
    expect(pl.townName).toBe('Kłodzko');
    expect(pl.distanceFromHome).toBe('Odległość od Kłodzka');
    expect(pl.dataCsvColumns.place).toMatch(new RegExp(`^Miejsce: ${homeTown.id} \\(w Kłodzku\\)`));
    expect(pl.footerPublisher).toBe(homeTown.office.name.pl);
    // A page's own placeholders are left for the page.
    expect(pl.locatorTitle).toBe('Mapa: {name} i Kłodzko');
  });

  it('leave no town placeholder unfilled in any language', () => {
    for (const locale of localeCodes) {
      expect(JSON.stringify(dictionaries[locale]), locale).not.toMatch(/\{(town\w*|office)\}/);
    }
  });

  it('stop at a form of the name the configuration does not give, naming the string and the field', () => {
    const noGenitive = town({ ...homeTown.names, pl: { nominative: 'Kłodzko', locative: 'Kłodzku' } });
    expect(() => fillHomeTown(rawDictionaries.pl, noGenitive, 'pl')).toThrow(
      /src\/i18n\/ui\/pl\.ts: \w+(\.[\w-]+)* uses \{townGenitive\}, but src\/config\/home-town\.ts gives no names\.pl\.genitive/,
    );
  });
});

describe('an event held in the home town', () => {
  const event = (place: string) =>
    eventSchema(homeTown).safeParse({ id: 'signed-home', kind: 'visit', date: '2000', place });

  it('is written `home`, or with the town’s identifier, which means the same', () => {
    expect(event('home').data?.place).toBe('home');
    expect(event(homeTown.id).data?.place).toBe('home');
    expect(event('partner').data?.place).toBe('partner');
  });

  it('refuses any other place, naming the words to use', () => {
    const result = event('klodzko-ish');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('Use one of: home, partner, elsewhere.');
  });

  it('is published in the open data as the town’s identifier, which the open data schema accepts', () => {
    expect(publishedPlaces(homeTown).home).toBe(homeTown.id);
    const published = { id: 'a', kind: 'visit', date: '2000', precision: 'year', titles: { pl: 'a', en: 'a' } };
    expect(openDataEventSchema(homeTown).safeParse({ ...published, place: homeTown.id }).success).toBe(true);
    expect(openDataEventSchema(homeTown).safeParse({ ...published, place: 'home' }).success).toBe(false);
  });
});
