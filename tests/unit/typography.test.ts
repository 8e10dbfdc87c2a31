import { describe, expect, it } from 'vitest';
import { englishQuotes, polishSpaces, typeset, typesetAll } from '../../src/blocks/typography.ts';

const nb = '\u00a0';

describe('polishSpaces', () => {
  it('ties one-letter words to the next word, also several in a row and at the start', () => {
    expect(polishSpaces('Kontakty z miastami i w Żywcu')).toBe(`Kontakty z${nb}miastami i${nb}w${nb}Żywcu`);
    expect(polishSpaces('W sierpniu, a potem o świcie; U nas')).toBe(
      `W${nb}sierpniu, a${nb}potem o${nb}świcie; U${nb}nas`,
    );
    expect(polishSpaces('(w Anglii) „z obu”')).toBe(`(w${nb}Anglii) „z${nb}obu”`);
  });

  it('ties a number to the unit or word after it', () => {
    expect(polishSpaces('w ciągu 7 dni, 40 km, 2 miesiące')).toBe(`w${nb}ciągu 7${nb}dni, 40${nb}km, 2${nb}miesiące`);
    expect(polishSpaces('15 lipca 1995 r.')).toBe(`15${nb}lipca 1995${nb}r.`);
    expect(polishSpaces('od {year} r.')).toBe(`od {year}${nb}r.`);
  });

  it('keeps a spaced dash off the start of a line', () => {
    expect(polishSpaces('Czadca – miasto')).toBe(`Czadca${nb}– miasto`);
  });

  it('leaves words that are not one letter, and numbers without a word, alone; is idempotent', () => {
    const plain = 'Rynek, Sala Ratuszowa; rok 1995, 2000.';
    expect(polishSpaces(plain)).toBe(plain);
    const once = polishSpaces('z obu miast, 7 dni – i w Żywcu');
    expect(polishSpaces(once)).toBe(once);
  });
});

describe('englishQuotes', () => {
  it('turns straight apostrophes into curly ones, and pairs of single quotes into ‘…’', () => {
    expect(englishQuotes("Żywiec's partner towns")).toBe('Żywiec’s partner towns');
    expect(englishQuotes("the towns' councils")).toBe('the towns’ councils');
    expect(englishQuotes("the 'Beskidy' Euroregion")).toBe('the ‘Beskidy’ Euroregion');
    expect(englishQuotes("'Twinning' first")).toBe('‘Twinning’ first');
  });

  it('leaves double quotes (code examples in the UI strings) and curly text alone', () => {
    expect(englishQuotes('e.g. {"pl": "…"}')).toBe('e.g. {"pl": "…"}');
    expect(englishQuotes('Żywiec’s')).toBe('Żywiec’s');
  });
});

describe('typeset', () => {
  it('applies the rules of the text’s language, and none for other languages', () => {
    expect(typeset('i w', 'pl')).toBe(`i${nb}w`);
    expect(typeset("town's", 'en-GB')).toBe('town’s');
    expect(typeset("l'église a b", 'fr')).toBe("l'église a b");
  });

  it('typesets every string of a nested dictionary and keeps its shape', () => {
    const dictionary = { a: 'z obu', nested: { b: ['w Żywcu', 2] }, n: 1 };
    expect(typesetAll(dictionary, 'pl')).toEqual({ a: `z${nb}obu`, nested: { b: [`w${nb}Żywcu`, 2] }, n: 1 });
  });
});
