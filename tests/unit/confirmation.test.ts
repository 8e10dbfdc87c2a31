import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  factSchema,
  isFact,
  notGiven,
  productionRefusal,
  unconfirmedFacts,
  unconfirmedWarning,
} from '../../src/model/confirmation.ts';
import { isProductionBuild, refuseUnconfirmedInProduction } from '../../src/blocks/publish-target.ts';

/** A configuration of another town, with facts confirmed, unconfirmed and not given, nested and in lists. */
const fixture = {
  name: 'Urząd Gminy Przykładowo',
  contact: {
    email: { value: 'sekretariat@przykladowo.example', confirmed: true },
    phone: { value: '+48 12 345 67 89', confirmed: false },
    person: notGiven<string>(),
  },
  dates: [{ value: '2025-01-02', confirmed: true }, notGiven<string>()],
  licence: { value: { id: 'CC0-1.0' }, confirmed: false },
  // Not a fact: an object that merely has a value.
  note: { value: 'x' },
};
const labels = { 'contact.phone': { pl: 'telefon', en: 'telephone' } };

describe('facts the office confirms', () => {
  it('are found wherever they are in the configuration, with their field, whether a value is given, and their label', () => {
    expect(unconfirmedFacts(fixture, 'config.ts', labels)).toEqual([
      { file: 'config.ts', field: 'contact.phone', given: true, label: { pl: 'telefon', en: 'telephone' } },
      {
        file: 'config.ts',
        field: 'contact.person',
        given: false,
        label: { pl: 'contact.person', en: 'contact.person' },
      },
      { file: 'config.ts', field: 'dates.1', given: false, label: { pl: 'dates.1', en: 'dates.1' } },
      { file: 'config.ts', field: 'licence', given: true, label: { pl: 'licence', en: 'licence' } },
    ]);
  });

  it('none are found once every fact is confirmed', () => {
    const confirmed = { a: { value: 1, confirmed: true }, b: [{ value: false, confirmed: true }] };
    expect(unconfirmedFacts(confirmed, 'config.ts')).toEqual([]);
    expect(productionRefusal([])).toBeNull();
    expect(unconfirmedWarning([])).toBeNull();
  });

  it('tells a fact from an object that only looks like one', () => {
    expect(isFact({ value: null, confirmed: false })).toBe(true);
    expect(isFact({ value: 'x' })).toBe(false);
    expect(isFact({ value: 'x', confirmed: 'yes' })).toBe(false);
    expect(isFact({ value: 'x', confirmed: true, note: 1 })).toBe(false);
    expect(isFact(['x', true])).toBe(false);
  });

  it('are written as { value, confirmed }: a bare value, or confirmed without a value, is refused with the fix', () => {
    const schema = factSchema(z.email());
    expect(schema.safeParse({ value: 'a@b.pl', confirmed: true }).success).toBe(true);
    expect(schema.safeParse({ value: null, confirmed: false }).success).toBe(true);
    const bare = schema.safeParse('a@b.pl');
    expect(bare.success).toBe(false);
    expect(bare.error!.issues[0]!.message).toMatch(/Write this fact as \{ value: …, confirmed: true\|false \}/);
    const empty = schema.safeParse({ value: null, confirmed: true });
    expect(empty.error!.issues[0]!.message).toMatch(/A confirmed fact needs its value/);
    const flag = schema.safeParse({ value: 'a@b.pl', confirmed: 'tak' });
    expect(flag.error!.issues[0]!.path).toEqual(['confirmed']);
    expect(schema.safeParse({ value: 'nobody', confirmed: false }).success).toBe(false);
  });

  it('stop a production build with every one listed, Polish first, then English, with file and field', () => {
    const facts = unconfirmedFacts(fixture, 'config.ts', labels);
    const message = productionRefusal(facts)!;
    const [pl, en] = [message.indexOf('PUBLIKACJA WSTRZYMANA'), message.indexOf('PUBLISHING STOPPED')];
    expect(pl).toBe(0);
    expect(en).toBeGreaterThan(pl);
    for (const fact of facts) {
      const line = `${fact.file}, ${fact.field}: `;
      expect(message.slice(pl, en)).toContain(line);
      expect(message.slice(en)).toContain(line);
    }
    expect(message.slice(pl, en)).toContain('config.ts, contact.phone: telefon (wartość wpisana, niepotwierdzona)');
    expect(message.slice(en)).toContain('config.ts, contact.person: contact.person (not given)');
    expect(message).toContain('confirmed: true');
  });

  it('are listed as a warning for the content check, in both languages', () => {
    const warning = unconfirmedWarning(unconfirmedFacts(fixture, 'config.ts', labels))!;
    expect(warning.pl).toMatch(/^Urząd nie potwierdził jeszcze 4 faktów/);
    expect(warning.pl).toContain('config.ts, contact.phone: telefon');
    expect(warning.en).toMatch(/^The town office has not yet confirmed 4 facts/);
    expect(warning.en).toContain('npm run build:production');
  });

  it('stop rendering in a production build, and only there', () => {
    expect(isProductionBuild({ PUBLISH_TARGET: 'production' })).toBe(true);
    expect(isProductionBuild({})).toBe(false);
    expect(() => refuseUnconfirmedInProduction('page: fact', { PUBLISH_TARGET: 'production' })).toThrow(
      /page: fact: fakt niepotwierdzony/,
    );
    expect(() => refuseUnconfirmedInProduction('page: fact', {})).not.toThrow();
  });
});
