import { load as yamlLoad } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { partnerSchema, polishText } from '../../src/model/partner.ts';
import { pageSchema, translationSchema } from '../../src/model/translation.ts';
import { homeTown } from '../../src/config/home-town.ts';

/** Parses YAML the way Astro's frontmatter parser does (js-yaml's default schema). */
const load = (text: string) => yamlLoad(text);

const good = `
name: Czadca
description: Czadca na Słowacji jest miastem partnerskim Żywca od 1997 roku i partnerem w Euroregionie Beskidy.
ownName: Čadca
nameLang: sk
country: SK
scope: international
website: www.cadca.sk
coordinates: { latitude: 49.438, longitude: 18.79 }
areas: [local-government, culture]
events:
  - { id: signed-zywiec, kind: agreement-signed, date: 1997-08-10, place: zywiec, title: Podpisanie }
  - { id: declaration, kind: declaration-of-intent, date: '1998-08', place: elsewhere, venue: Bruksela }
  - { id: euroregion, kind: regional-agreement, date: 2000 }
`;

function issues(input: unknown) {
  const result = partnerSchema(homeTown).safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('partner schema', () => {
  it('accepts a good record and normalises its dates and website', () => {
    const partner = partnerSchema(homeTown).parse(load(good));
    expect(partner.website).toBe('https://www.cadca.sk/');
    expect(partner.events.map((e) => [e.date.iso, e.date.precision])).toEqual([
      ['1997-08-10', 'day'],
      ['1998-08', 'month'],
      ['2000', 'year'],
    ]);
  });

  it('gives the Polish texts of the same file as a translation, event texts by id', () => {
    const text = polishText(partnerSchema(homeTown).parse(load(good)));
    expect(text.name).toBe('Czadca');
    expect(text.events).toEqual({
      'signed-zywiec': { title: 'Podpisanie' },
      declaration: { venue: 'Bruksela' },
      euroregion: {},
    });
  });

  it('rejects unknown keys, naming them', () => {
    const record = { ...(load(good) as object), webiste: 'www.cadca.sk' };
    expect(issues(record)).toEqual([expect.objectContaining({ message: expect.stringContaining('webiste') })]);
  });

  it('rejects a date in another notation, naming the field and showing the value and the expected form', () => {
    const record = load(good.replace('date: 1997-08-10', "date: '10.08.1997'"));
    expect(issues(record)).toEqual([
      { path: 'events.0.date', message: expect.stringMatching(/"10\.08\.1997".*YYYY-MM-DD.*1995-07-15/) },
    ]);
  });

  it('rejects an impossible date', () => {
    const record = load(good.replace('date: 1997-08-10', "date: '1997-02-30'"));
    expect(issues(record)).toEqual([
      { path: 'events.0.date', message: expect.stringContaining('not a real calendar date') },
    ]);
  });

  it('rejects an unknown cooperation area, listing the known ones', () => {
    const record = load(good.replace('local-government, culture', 'local-government, kultura'));
    expect(issues(record)).toEqual([{ path: 'areas.1', message: expect.stringMatching(/"kultura".*youth-exchange/) }]);
  });

  it('rejects a country that is not an ISO code, a duplicated event id and an unknown kind', () => {
    const record = load(
      good
        .replace('country: SK', 'country: Słowacja')
        .replace('id: declaration', 'id: signed-zywiec')
        .replace('kind: regional-agreement', 'kind: party'),
    );
    expect(
      issues(record)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['country', 'events.1.id', 'events.2.kind']);
  });

  it('rejects a website that is not a web address', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://cadca.sk', 'cadca', 'www cadca sk']) {
      const record = { ...(load(good) as object), website: bad };
      expect(issues(record), bad).toEqual([{ path: 'website', message: expect.stringContaining('not a web address') }]);
    }
  });

  it('keeps a full address as written', () => {
    const record = { ...(load(good) as object), website: 'http://www.liptovskymikulas.sk' };
    expect(partnerSchema(homeTown).parse(record).website).toBe('http://www.liptovskymikulas.sk/');
  });
});

describe('translation schema', () => {
  it('keeps a description, the pages’ meta description, between 70 and 160 characters', () => {
    const description = (length: number) => `${'Żywiec '.repeat(30)}`.slice(0, length - 1) + '.';
    for (const schema of [translationSchema(homeTown), pageSchema(homeTown)]) {
      const base = { name: 'Czadca', title: 'Czadca' };
      const parse = (length: number) =>
        schema.safeParse(
          Object.fromEntries(
            Object.entries({ ...base, description: description(length) }).filter(([k]) => k in schema.shape),
          ),
        ).success;
      expect([69, 70, 160, 161].map(parse)).toEqual([false, true, true, false]);
    }
  });

  it('accepts text and event texts, and rejects unknown keys and a too-long description', () => {
    const ok = translationSchema(homeTown).parse(
      load(
        `name: Czadca\ndescription: Czadca na Słowacji jest miastem partnerskim Żywca od 1997 roku i partnerem w Euroregionie Beskidy.\nevents:\n  - { id: signed-zywiec, title: Podpisanie }`,
      ),
    );
    expect(ok.events['signed-zywiec']?.title).toBe('Podpisanie');
    // Each event text names its event; facts of an event have no place here.
    const noId = translationSchema(homeTown).safeParse({ ...ok, events: [{ title: 'Podpisanie' }] });
    expect(noId.error!.issues.map((i) => i.path.join('.'))).toEqual(['events.0.id']);
    const withFacts = translationSchema(homeTown).safeParse({ ...ok, events: [{ id: 'x', date: '1997' }] });
    expect(JSON.stringify(withFacts.error!.issues)).toContain('date');
    const bad = translationSchema(homeTown).safeParse({
      name: 'Czadca',
      description: 'x'.repeat(161),
      country: 'Słowacja',
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.') || i.message).sort()).toEqual(
      expect.arrayContaining(['description']),
    );
    expect(JSON.stringify(bad.error!.issues)).toContain('country');
  });
});
