import { describe, expect, it } from 'vitest';
import { asHeading, partnersByArea } from '../../src/features/partners/areas.ts';
import { areaKeys, type AreaKey } from '../../src/model/areas.ts';

const partner = (slug: string, ...keys: AreaKey[]) => ({ slug, areas: keys.map((key) => ({ key })) });

describe('partnersByArea', () => {
  it('gives every area of the vocabulary exactly the partners that list it, in their order', () => {
    const groups = partnersByArea([
      partner('riom', 'health', 'culture'),
      partner('cadca', 'culture'),
      partner('szczytno', 'sport'),
    ]);
    expect(groups.map((g) => g.key)).toEqual([...areaKeys]);
    const slugs = (key: AreaKey) => groups.find((g) => g.key === key)!.partners.map((p) => p.slug);
    expect(slugs('health')).toEqual(['riom']);
    expect(slugs('culture')).toEqual(['riom', 'cadca']);
    expect(slugs('sport')).toEqual(['szczytno']);
    expect(slugs('fire-brigades')).toEqual([]);
  });
});

describe('asHeading', () => {
  it('capitalises the first letter in the language, diacritics included', () => {
    expect(asHeading('ochrona zdrowia', 'pl')).toBe('Ochrona zdrowia');
    expect(asHeading('łucznictwo', 'pl')).toBe('Łucznictwo');
    expect(asHeading('culture and the arts', 'en')).toBe('Culture and the arts');
    expect(asHeading('', 'pl')).toBe('');
  });
});
