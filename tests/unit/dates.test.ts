import { afterEach, describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/blocks/date-format.ts';
import { compareDates, makePartialDate, parsePartialDate } from '../../src/blocks/dates.ts';

const zones = [
  'UTC',
  'Europe/Warsaw',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
];
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

function parsed(input: unknown) {
  const result = parsePartialDate(input);
  if (!result.ok) throw new Error(`expected a date from ${String(input)}`);
  return result.date;
}

describe('parsePartialDate', () => {
  it('reads a YAML date (a Date at UTC midnight) as that calendar day in every time zone', () => {
    for (const tz of zones) {
      process.env.TZ = tz;
      // What js-yaml makes of an unquoted 1995-07-15.
      const date = parsed(new Date(Date.UTC(1995, 6, 15)));
      expect(date, tz).toEqual({ year: 1995, month: 7, day: 15, iso: '1995-07-15', precision: 'day' });
    }
  });

  it('keeps the precision of a month or a year', () => {
    expect(parsed('1998-08')).toMatchObject({ iso: '1998-08', precision: 'month', month: 8 });
    expect(parsed(1998)).toMatchObject({ iso: '1998', precision: 'year' });
    expect(parsed('1998')).toMatchObject({ iso: '1998', precision: 'year' });
    expect(parsed(' 2000-02-18 ')).toMatchObject({ iso: '2000-02-18', precision: 'day' });
  });

  it('refuses dates in other notations, saying it is the format', () => {
    for (const bad of ['15.06.1996', '1996/06/15', '15 czerwca 1996', '96-06-15', '1996-6-15', '', 'lipiec 1995']) {
      expect(parsePartialDate(bad), bad).toEqual({ ok: false, reason: { kind: 'format', value: bad.trim() } });
    }
  });

  it('refuses days and months that do not exist', () => {
    for (const bad of ['1995-02-29', '1996-02-30', '1995-13', '1995-00', '1995-04-31', '1995-07-00']) {
      expect(parsePartialDate(bad), bad).toEqual({ ok: false, reason: { kind: 'impossible', value: bad } });
    }
    expect(parsePartialDate('1996-02-29').ok).toBe(true);
  });

  it('refuses values that are not dates at all', () => {
    expect(parsePartialDate(true)).toMatchObject({ ok: false, reason: { kind: 'type' } });
    expect(parsePartialDate(null)).toMatchObject({ ok: false, reason: { kind: 'type' } });
    expect(parsePartialDate({ year: 1995 })).toMatchObject({ ok: false, reason: { kind: 'type' } });
    expect(parsePartialDate(new Date('nonsense'))).toMatchObject({ ok: false, reason: { kind: 'impossible' } });
  });
});

describe('formatPartialDate', () => {
  const cases = [
    ['1995-07-15', '15\u00a0lipca 1995\u00a0r.', '15 July 1995'],
    ['2000-02-18', '18\u00a0lutego 2000\u00a0r.', '18 February 2000'],
    ['2008-06-20', '20\u00a0czerwca 2008\u00a0r.', '20 June 2008'],
    ['2004-11-08', '8\u00a0listopada 2004\u00a0r.', '8 November 2004'],
    ['1998-08', 'sierpień 1998\u00a0r.', 'August 1998'],
    ['1999-11', 'listopad 1999\u00a0r.', 'November 1999'],
    ['1998', '1998\u00a0r.', '1998'],
  ] as const;

  it('writes each precision out in Polish (with "r." and non-breaking spaces) and English, the same in every time zone', () => {
    for (const tz of zones) {
      process.env.TZ = tz;
      for (const [iso, polish, english] of cases) {
        const date = parsed(iso);
        expect(formatPartialDate(date, 'pl'), `${iso} in ${tz}`).toBe(polish);
        expect(formatPartialDate(date, 'en'), `${iso} in ${tz}`).toBe(english);
      }
    }
  });

  it('survives a midnight daylight-saving jump (São Paulo moved its clocks at midnight)', () => {
    process.env.TZ = 'America/Sao_Paulo';
    expect(formatPartialDate(parsed('1995-10-15'), 'pl')).toBe('15\u00a0października 1995\u00a0r.');
  });
});

describe('compareDates', () => {
  it('orders chronologically, a month before the days inside it', () => {
    const list = ['2000-08-06', '1998-08', '1998-08-01', '1998', '1997-12-31'].map(parsed);
    expect(list.sort(compareDates).map((d) => d.iso)).toEqual([
      '1997-12-31',
      '1998',
      '1998-08',
      '1998-08-01',
      '2000-08-06',
    ]);
  });

  it('builds no date from impossible parts', () => {
    expect(makePartialDate(2001, 2, 29)).toBeNull();
    expect(makePartialDate(99)).toBeNull();
  });
});
