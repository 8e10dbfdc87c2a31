import { describe, expect, it } from 'vitest';
import {
  accessibilityWarnings,
  parseAccessibilityConfig,
  telHref,
  unconfirmedStatementFacts,
} from '../../src/config/accessibility.ts';
import { notGiven } from '../../src/model/confirmation.ts';
import { statementView } from '../../src/features/accessibility-statement/statement.ts';

const yes = <T>(value: T) => ({ value, confirmed: true });
const valid = {
  status: 'partial',
  knownIssues: [],
  publishedOn: yes('2026-03-01'),
  updatedOn: yes('2026-11-24'),
  preparedOn: yes('2026-03-01'),
  reviewedOn: yes('2026-11-24'),
  manualReview: null,
  audit: null,
  body: { name: 'Urząd Miejski w Żywcu', street: 'Rynek 2', postcode: '34-300', town: 'Żywiec' },
  contact: { name: yes('Jan Kowalski'), email: yes('dostepnosc@example.pl'), phone: yes('+48 33 000 00 00') },
  complaints: {
    recipient: yes({ pl: 'Burmistrz Miasta Przykładowa', en: 'the Mayor of Przykładowa' }),
    email: yes(false),
    epuap: yes('/przyklad/skrytka'),
  },
  building: yes({
    descriptionUrl: 'https://example.pl/budynek',
    entrances: { pl: 'Wejście bez progów od Rynku.', en: 'Step-free entrance from the square.' },
    lifts: null,
    toilets: null,
    parking: null,
    hearingLoop: null,
    assistanceDogs: null,
  }),
  onlineInterpreterUrl: yes(false),
  mobileApps: yes([]),
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
    expect(problem({ ...valid, publishedOn: yes('2026-02-30') })).toMatch(
      /^src\/config\/accessibility\.ts is invalid:\n {2}publishedOn\.value: Write a real date as YYYY-MM-DD/,
    );
    expect(problem({ ...valid, reviewedOn: yes('24.11.2026') })).toMatch(/reviewedOn\.value: Write a real date/);
    expect(problem({ ...valid, preparedOn: yes('2026-03') })).toMatch(/preparedOn\.value: Write a real date/);
    // A date written bare, without saying whether the office confirmed it, is refused.
    expect(problem({ ...valid, preparedOn: '2026-03-01' })).toMatch(/preparedOn: Write this fact as/);
  });

  it('refuses an update before publication and a review before preparation', () => {
    expect(problem({ ...valid, updatedOn: yes('2026-02-28') })).toMatch(
      /updatedOn: updatedOn \(2026-02-28\) is before publishedOn \(2026-03-01\)/,
    );
    expect(problem({ ...valid, reviewedOn: { value: '2025-12-31', confirmed: false } })).toMatch(
      /reviewedOn: reviewedOn \(2025-12-31\) is before/,
    );
    // Dates not given yet have no order to keep.
    expect(() => parseAccessibilityConfig({ ...valid, publishedOn: notGiven(), reviewedOn: notGiven() })).not.toThrow();
  });

  it('refuses a bad status, e-mail, phone, postcode or missing contact name, saying how to write it', () => {
    expect(problem({ ...valid, status: 'compliant' })).toMatch(/status: Use "full", "partial" or "none"/);
    expect(problem({ ...valid, complaints: { ...valid.complaints, epuap: yes(false) } })).toMatch(
      /complaints: Give an e-mail address or an ePUAP box/,
    );
    expect(problem({ ...valid, complaints: { ...valid.complaints, epuap: yes('skrytka') } })).toMatch(
      /complaints\.epuap/,
    );
    expect(problem({ ...valid, contact: { ...valid.contact, email: yes('dostepnosc') } })).toMatch(
      /contact\.email\.value: Write an e-mail/,
    );
    expect(problem({ ...valid, contact: { ...valid.contact, phone: yes('33 475 42 45') } })).toMatch(
      /contact\.phone\.value: Write the number in international form/,
    );
    expect(problem({ ...valid, contact: { ...valid.contact, name: yes(' ') } })).toMatch(
      /contact\.name\.value: Name the person/,
    );
    expect(problem({ ...valid, contact: { ...valid.contact, name: { value: null, confirmed: true } } })).toMatch(
      /contact\.name: A confirmed fact needs its value/,
    );
    expect(
      problem({ ...valid, building: yes({ ...valid.building.value, entrances: null, descriptionUrl: null }) }),
    ).toMatch(/building\.value: Describe at least one point/);
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

  it('keeps the status and the list of problems in step', () => {
    const issue = { pl: 'Mapa nie ma opisu tekstowego.', en: 'The map has no text description.' };
    expect(problem({ ...valid, status: 'full', manualReview: reviewed, knownIssues: [issue] })).toMatch(
      /status: Status "full" cannot go with knownIssues/,
    );
    expect(problem({ ...valid, manualReview: reviewed })).toMatch(
      /knownIssues: Status "partial" after a manual review/,
    );
    const before = statementView(parseAccessibilityConfig(valid), 'pl', 'https://example.org/');
    expect(before.statusReasons).toEqual(['not-checked']);
    const after = statementView(
      parseAccessibilityConfig({ ...valid, manualReview: reviewed, knownIssues: [issue] }),
      'en',
      'https://example.org/en/',
    );
    expect(after.statusReasons).toEqual(['known-issues']);
    expect(after.knownIssues).toEqual(['The map has no text description.']);
    const full = statementView(
      parseAccessibilityConfig({ ...valid, status: 'full', manualReview: reviewed }),
      'pl',
      'https://example.org/',
    );
    expect(full.statusReasons).toEqual([]);
  });

  it('warns (without failing) when the last review is more than a year old', () => {
    const config = parseAccessibilityConfig(valid);
    expect(accessibilityWarnings(config, new Date('2027-11-24T23:00:00Z'))).toEqual([]);
    const late = accessibilityWarnings(config, new Date('2027-11-25T00:00:00Z'));
    expect(late).toHaveLength(1);
    expect(late[0]!.pl).toMatch(/ostatni przegląd \(reviewedOn: 2026-11-24\) był ponad rok temu/);
    expect(late[0]!.en).toMatch(/more than a year ago/);
    // No review date yet: nothing to be late by (the date is listed among the facts to confirm).
    const unset = parseAccessibilityConfig({ ...valid, reviewedOn: notGiven() });
    expect(accessibilityWarnings(unset, new Date('2040-01-01'))).toEqual([]);
  });

  it('finds every unconfirmed fact of the statement, leaving the contact and complaints to home-town.ts', () => {
    expect(unconfirmedStatementFacts(parseAccessibilityConfig(valid))).toEqual([]);
    const pending = parseAccessibilityConfig({
      ...valid,
      publishedOn: notGiven(),
      building: { ...valid.building, confirmed: false },
      mobileApps: notGiven(),
      contact: { ...valid.contact, email: notGiven() },
    });
    expect(unconfirmedStatementFacts(pending).map((f) => [f.file, f.field, f.given])).toEqual([
      ['src/config/accessibility.ts', 'publishedOn', false],
      ['src/config/accessibility.ts', 'building', true],
      ['src/config/accessibility.ts', 'mobileApps', false],
    ]);
    expect(unconfirmedStatementFacts(pending)[0]!.label.pl).toBe('data publikacji serwisu');
  });

  it('writes dates out in both languages ("1 marca 2026 r."), keeping the ISO date for datetime', () => {
    const config = parseAccessibilityConfig(valid);
    const pl = statementView(config, 'pl', 'https://example.org/');
    const en = statementView(config, 'en', 'https://example.org/en/');
    expect(pl.published).toEqual({ value: { iso: '2026-03-01', text: '1\u00a0marca 2026\u00a0r.' }, confirmed: true });
    expect(en.published).toEqual({ value: { iso: '2026-03-01', text: '1 March 2026' }, confirmed: true });
    expect(en.reviewed.value?.text).toBe('24 November 2026');
    expect(en.contact.email.value).toEqual({
      address: 'dostepnosc@example.pl',
      mailto: 'mailto:dostepnosc@example.pl',
    });
    expect(en.contact.phone.value).toEqual({ number: '+48 33 000 00 00', tel: 'tel:+48330000000' });
    expect(pl.complaints).toEqual({
      recipient: { value: 'Burmistrz Miasta Przykładowa', confirmed: true },
      email: { value: 'none', confirmed: true },
      epuap: { value: '/przyklad/skrytka', confirmed: true },
    });
    expect(en.building).toEqual({
      value: {
        descriptionUrl: 'https://example.pl/budynek',
        known: [{ point: 'entrances', text: 'Step-free entrance from the square.' }],
      },
      confirmed: true,
    });
    expect(en.onlineInterpreter).toEqual({ value: 'none', confirmed: true });
    expect(en.mobileApps).toEqual({ value: [], confirmed: true });
  });

  it('shows a fact not given as absent, and keeps an unconfirmed value with its flag', () => {
    const config = parseAccessibilityConfig({
      ...valid,
      publishedOn: notGiven(),
      contact: { ...valid.contact, phone: { value: '+48 33 000 00 00', confirmed: false } },
    });
    const view = statementView(config, 'pl', 'https://example.org/');
    expect(view.published).toEqual({ confirmed: false });
    expect(view.contact.phone).toEqual({
      value: { number: '+48 33 000 00 00', tel: 'tel:+48330000000' },
      confirmed: false,
    });
  });
});
