import { describe, expect, it } from 'vitest';
import { accessibilityWarnings, parseAccessibilityConfig, telHref } from '../../src/config/accessibility.ts';
import { statementView } from '../../src/features/accessibility-statement/statement.ts';

const valid = {
  status: 'partial',
  publishedOn: '2026-03-01',
  updatedOn: '2026-11-24',
  preparedOn: '2026-03-01',
  reviewedOn: '2026-11-24',
  manualReview: null,
  audit: null,
  body: { name: 'Urząd Miejski w Żywcu', street: 'Rynek 2', postcode: '34-300', town: 'Żywiec' },
  contact: { name: 'Jan Kowalski', email: 'dostepnosc@example.pl', phone: '+48 33 000 00 00' },
  complaints: {
    recipient: { pl: 'Burmistrz Miasta Przykładowa', en: 'the Mayor of Przykładowa' },
    email: null,
    epuap: '/przyklad/skrytka',
  },
  building: {
    descriptionUrl: 'https://example.pl/budynek',
    entrances: { pl: 'Wejście bez progów od Rynku.', en: 'Step-free entrance from the square.' },
    lifts: null,
    toilets: null,
    parking: null,
    hearingLoop: null,
  },
  onlineInterpreterUrl: false,
  toConfirm: [],
  ombudsmanUrl: 'https://www.rpo.gov.pl/',
};
const reviewed = { on: '2026-11-20', by: 'Anna Nowak', methods: ['keyboard', 'screen-reader', 'zoom'] };

/** The error message of a bad configuration. */
const problem = (config: unknown) => {
  try {
    parseAccessibilityConfig(config);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('the accessibility statement configuration', () => {
  // The configuration in src/config/accessibility.ts is parsed when it is imported: a mistake there stops
  // the import of this file itself. What is tested here is the parser, on configurations of its own.
  it('accepts a valid configuration as it is', () => {
    expect(parseAccessibilityConfig(valid)).toEqual(valid);
  });

  it('refuses a date that does not exist or is not written YYYY-MM-DD, naming the file and field', () => {
    expect(problem({ ...valid, publishedOn: '2026-02-30' })).toMatch(
      /^src\/config\/accessibility\.ts is invalid:\n {2}publishedOn: Write a real date as YYYY-MM-DD/,
    );
    expect(problem({ ...valid, reviewedOn: '24.11.2026' })).toMatch(/reviewedOn: Write a real date/);
    expect(problem({ ...valid, preparedOn: '2026-03' })).toMatch(/preparedOn: Write a real date/);
  });

  it('refuses an update before publication and a review before preparation', () => {
    expect(problem({ ...valid, updatedOn: '2026-02-28' })).toMatch(
      /updatedOn: updatedOn \(2026-02-28\) is before publishedOn \(2026-03-01\)/,
    );
    expect(problem({ ...valid, reviewedOn: '2025-12-31' })).toMatch(/reviewedOn: reviewedOn \(2025-12-31\) is before/);
  });

  it('refuses a bad status, e-mail, phone, postcode or missing contact name, saying how to write it', () => {
    expect(problem({ ...valid, status: 'compliant' })).toMatch(/status: Use "full", "partial" or "none"/);
    expect(problem({ ...valid, complaints: { ...valid.complaints, epuap: null } })).toMatch(
      /complaints: Give an e-mail address or an ePUAP box/,
    );
    expect(problem({ ...valid, complaints: { ...valid.complaints, epuap: 'skrytka' } })).toMatch(/complaints\.epuap/);
    expect(problem({ ...valid, contact: { ...valid.contact, email: 'dostepnosc' } })).toMatch(
      /contact\.email: Write an e-mail/,
    );
    expect(problem({ ...valid, contact: { ...valid.contact, phone: '33 475 42 45' } })).toMatch(
      /contact\.phone: Write the number in international form/,
    );
    expect(problem({ ...valid, contact: { ...valid.contact, name: ' ' } })).toMatch(/contact\.name: Name the person/);
    expect(problem({ ...valid, body: { ...valid.body, postcode: '34300' } })).toMatch(/body\.postcode/);
    expect(problem({ ...valid, extra: 1 })).toMatch(/extra|Unrecognized/);
  });

  it('turns a phone number into a tel: address', () => {
    expect(telHref('+48 33 475 42 45')).toBe('tel:+48334754245');
  });

  it('refuses "full" compliance without a manual review by keyboard, screen reader and zoom', () => {
    expect(problem({ ...valid, status: 'full' })).toMatch(/status: Status "full" needs a recorded manualReview/);
    expect(problem({ ...valid, status: 'full', manualReview: { ...reviewed, methods: ['keyboard'] } })).toMatch(
      /needs a recorded manualReview/,
    );
    expect(() => parseAccessibilityConfig({ ...valid, status: 'full', manualReview: reviewed })).not.toThrow();
  });

  it('warns (without failing) when the last review is more than a year old, and lists facts to confirm', () => {
    const config = parseAccessibilityConfig(valid);
    expect(accessibilityWarnings(config, new Date('2027-11-24T23:00:00Z'))).toEqual([]);
    const late = accessibilityWarnings(config, new Date('2027-11-25T00:00:00Z'));
    expect(late).toHaveLength(1);
    expect(late[0]!.pl).toMatch(/ostatni przegląd \(reviewedOn: 2026-11-24\) był ponad rok temu/);
    expect(late[0]!.en).toMatch(/more than a year ago/);
    const pending = accessibilityWarnings({ ...config, toConfirm: ['contact', 'building'] }, new Date('2027-01-01'));
    expect(pending.map((w) => w.en)).toEqual([expect.stringContaining('still to confirm: contact, building')]);
  });

  it('writes dates out in both languages ("1 marca 2026 r."), keeping the ISO date for datetime', () => {
    const config = parseAccessibilityConfig(valid);
    const pl = statementView(config, 'pl', 'https://example.org/');
    const en = statementView(config, 'en', 'https://example.org/en/');
    expect(pl.published).toEqual({ iso: '2026-03-01', text: '1\u00a0marca 2026\u00a0r.' });
    expect(en.published).toEqual({ iso: '2026-03-01', text: '1 March 2026' });
    expect(en.reviewed.text).toBe('24 November 2026');
    expect(en.contact).toMatchObject({ mailto: 'mailto:dostepnosc@example.pl', tel: 'tel:+48330000000' });
    expect(pl.complaints).toEqual({ recipient: 'Burmistrz Miasta Przykładowa', epuap: '/przyklad/skrytka' });
    expect(en.building).toEqual({
      descriptionUrl: 'https://example.pl/budynek',
      known: [{ point: 'entrances', text: 'Step-free entrance from the square.' }],
      unknown: ['lifts', 'toilets', 'parking', 'hearingLoop'],
    });
    expect(en.onlineInterpreter).toBe('none');
  });
});
