import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/blocks/suggest.ts';
import { formatFieldPath } from '../../src/features/check/field-path.ts';

describe('did you mean', () => {
  it('counts single-letter edits', () => {
    expect(editDistance('webiste', 'website')).toBe(2);
    expect(editDistance('name', 'name')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Country', 'country')).toBe(0);
  });

  it('suggests a close field name and nothing for a word that is far from every one', () => {
    const fields = ['name', 'nameLang', 'country', 'scope', 'website', 'wikidata', 'coordinates', 'areas', 'events'];
    expect(didYouMean('webiste', fields)).toBe('website');
    expect(didYouMean('nme', fields)).toBe('name');
    expect(didYouMean('cordinates', fields)).toBe('coordinates');
    expect(didYouMean('kraj', fields)).toBeUndefined();
    expect(didYouMean('description', fields)).toBeUndefined();
  });
});

describe('field paths', () => {
  it('are written as editors read YAML', () => {
    expect(formatFieldPath(['events', 1, 'date'])).toBe('events[1].date');
    expect(formatFieldPath(['coordinates', 'latitude'])).toBe('coordinates.latitude');
    expect(formatFieldPath(['areas', 0])).toBe('areas[0]');
  });
});
