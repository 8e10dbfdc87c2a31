import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/blocks/locales.ts';
import { eventsCsv } from '../../src/features/open-data/open-data.ts';
import type { OpenData, OpenDataPartner } from '../../src/model/open-data.ts';

/** A partner as the data set holds it: only the fields the CSV reads matter here. */
const partner = (p: Pick<OpenDataPartner, 'slug' | 'name' | 'names' | 'country' | 'events'>) =>
  p as unknown as OpenDataPartner;

const data = {
  partners: [
    partner({
      slug: 'adur',
      name: 'Adur',
      names: { pl: 'Dystrykt Adur', en: 'Adur District' },
      country: 'GB',
      events: [
        {
          id: 'signed',
          kind: 'agreement-signed',
          date: '1999-05-20',
          precision: 'day',
          place: 'elsewhere',
          titles: { pl: 'Podpisanie umowy', en: 'Agreement, "signed"' },
          venues: { pl: 'Worthing, Anglia', en: 'Worthing, England' },
        },
      ],
    }),
    partner({
      slug: 'curitiba',
      name: 'Curitiba',
      names: { pl: 'Kurytyba' },
      country: 'BR',
      events: [
        {
          id: 'contact',
          kind: 'first-contact',
          date: '2001-03',
          precision: 'month',
          titles: { pl: 'Pierwszy kontakt', en: 'First contact' },
          parties: { en: 'Region' },
        },
      ],
    }),
  ],
} as unknown as OpenData;

/** The columns in order, a text column per language of the site. */
const header = [
  'partner',
  'own_name',
  ...localeCodes.map((l) => `name_${l}`),
  'country',
  'event',
  'date',
  'precision',
  'kind',
  ...localeCodes.map((l) => `title_${l}`),
  'place',
  ...['venue', 'party'].flatMap((field) => localeCodes.map((l) => `${field}_${l}`)),
  // `yes` for a planned event (dated after the day the data was published), blank for one held.
  'planned',
];

/** A row: the given columns, every other one blank (as for a language without the text). */
const row = (values: Record<string, string>) => header.map((c) => values[c] ?? '');

describe('eventsCsv', () => {
  it('writes the header, then one row per event, each text in its language’s column and blanks where none', () => {
    const csv = eventsCsv(data);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [head, ...rows] = parse(csv) as string[][];
    expect(head).toEqual(header);
    expect(rows).toEqual([
      row({
        partner: 'adur',
        own_name: 'Adur',
        name_pl: 'Dystrykt Adur',
        name_en: 'Adur District',
        country: 'GB',
        event: 'signed',
        date: '1999-05-20',
        precision: 'day',
        kind: 'agreement-signed',
        title_pl: 'Podpisanie umowy',
        title_en: 'Agreement, "signed"',
        place: 'elsewhere',
        venue_pl: 'Worthing, Anglia',
        venue_en: 'Worthing, England',
      }),
      row({
        partner: 'curitiba',
        own_name: 'Curitiba',
        name_pl: 'Kurytyba',
        country: 'BR',
        event: 'contact',
        date: '2001-03',
        precision: 'month',
        kind: 'first-contact',
        title_pl: 'Pierwszy kontakt',
        title_en: 'First contact',
        party_en: 'Region',
      }),
    ]);
    // The quoting as RFC 4180 has it: only the fields with a comma or a quote, quotes doubled.
    expect(csv.split('\r\n')[1]).toContain(',"Agreement, ""signed""",elsewhere,"Worthing, Anglia",');
  });

  it('writes only the header when there are no events', () => {
    expect(eventsCsv({ partners: [] } as unknown as OpenData)).toBe(`${header.join(',')}\r\n`);
  });
});
