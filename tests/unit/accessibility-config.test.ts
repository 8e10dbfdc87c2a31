import { describe, expect, it } from 'vitest';
import { accessibilityConfig, parseAccessibilityConfig, telHref } from '../../src/config/accessibility';
import { statementView } from '../../src/lib/accessibility-statement';

const valid = {
  status: 'full',
  publishedOn: '2026-03-01',
  updatedOn: '2026-11-24',
  preparedOn: '2026-03-01',
  reviewedOn: '2026-11-24',
  body: { name: 'Urząd Miejski w Żywcu', street: 'Rynek 2', postcode: '34-300', town: 'Żywiec' },
  contact: { name: 'Jan Kowalski', email: 'dostepnosc@example.pl', phone: '+48 33 000 00 00' },
  ombudsmanUrl: 'https://www.rpo.gov.pl/',
};

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
  it('accepts the configuration in src/config/accessibility.ts and a valid one', () => {
    expect(() => parseAccessibilityConfig(accessibilityConfig)).not.toThrow();
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

  it('shows dates as YYYY-MM-DD in Polish (the model statement) and written out in English', () => {
    const config = parseAccessibilityConfig(valid);
    const pl = statementView(config, 'pl', 'https://example.org/');
    const en = statementView(config, 'en', 'https://example.org/en/');
    expect(pl.published).toEqual({ iso: '2026-03-01', text: '2026-03-01' });
    expect(en.published).toEqual({ iso: '2026-03-01', text: '1 March 2026' });
    expect(en.reviewed.text).toBe('24 November 2026');
    expect(en.contact).toMatchObject({ mailto: 'mailto:dostepnosc@example.pl', tel: 'tel:+48330000000' });
  });
});
