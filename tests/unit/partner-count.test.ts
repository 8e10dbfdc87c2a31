import { describe, expect, it } from 'vitest';
import {
  englishCardinal,
  partnerCountSentence,
  polishInstrumental,
} from '../../src/features/partners/partner-count.ts';

/** The sentence with ordinary spaces, to compare with text written here. */
const plain = (town: string, abroad: number, domestic: number, locale: 'pl' | 'en') =>
  partnerCountSentence(town, { abroad, domestic }, locale)!.replace(/\u00a0/g, ' ');

describe('the home page’s sentence about the number of partner towns', () => {
  it('reads as the town hall writes it, in Polish and English', () => {
    expect(plain('Żywiec', 7, 1, 'pl')).toBe(
      'Żywiec współpracuje z ośmioma miastami partnerskimi: siedmioma za granicą i jednym w Polsce.',
    );
    expect(plain('Żywiec', 7, 1, 'en')).toBe('Żywiec has eight partner towns: seven abroad and one in Poland.');
  });

  it('declines the Polish numeral in the instrumental for every kind of count', () => {
    const cases: [number, string][] = [
      [1, 'jednym'],
      [2, 'dwoma'],
      [3, 'trzema'],
      [4, 'czterema'],
      [5, 'pięcioma'],
      [6, 'sześcioma'],
      [10, 'dziesięcioma'],
      [11, 'jedenastoma'],
      [12, 'dwunastoma'],
      [13, 'trzynastoma'],
      [14, 'czternastoma'],
      [15, 'piętnastoma'],
      [20, 'dwudziestoma'],
      [21, 'dwudziestoma jeden'],
      [22, 'dwudziestoma dwoma'],
      [24, 'dwudziestoma czterema'],
      [25, 'dwudziestoma pięcioma'],
      [40, 'czterdziestoma'],
      [99, 'dziewięćdziesięcioma dziewięcioma'],
    ];
    for (const [n, words] of cases) expect(polishInstrumental(n), String(n)).toBe(words);
  });

  it('puts the noun in the singular only for one town, in both languages', () => {
    expect(plain('Żywiec', 1, 0, 'pl')).toBe('Żywiec współpracuje z jednym miastem partnerskim za granicą.');
    expect(plain('Żywiec', 0, 1, 'en')).toBe('Żywiec has one partner town in Poland.');
    for (const n of [2, 3, 4, 5, 12, 13, 14, 21, 22, 25]) {
      expect(plain('Żywiec', n, 0, 'pl'), String(n)).toBe(
        `Żywiec współpracuje z ${polishInstrumental(n)} miastami partnerskimi za granicą.`,
      );
      expect(plain('Żywiec', 0, n, 'en'), String(n)).toBe(
        `Żywiec has ${englishCardinal(n)} partner towns, all in Poland.`,
      );
    }
  });

  it('gives both groups, and the total, for any split', () => {
    expect(plain('Żywiec', 12, 2, 'pl')).toBe(
      'Żywiec współpracuje z czternastoma miastami partnerskimi: dwunastoma za granicą i dwoma w Polsce.',
    );
    expect(plain('Żywiec', 21, 1, 'pl')).toBe(
      'Żywiec współpracuje z dwudziestoma dwoma miastami partnerskimi: dwudziestoma jeden za granicą i jednym w Polsce.',
    );
    expect(plain('Żywiec', 21, 1, 'en')).toBe(
      'Żywiec has twenty-two partner towns: twenty-one abroad and one in Poland.',
    );
    expect(plain('Żywiec', 3, 2, 'en')).toBe('Żywiec has five partner towns: three abroad and two in Poland.');
  });

  it('writes a sentence with a count over 99 in digits throughout', () => {
    expect(plain('Żywiec', 119, 1, 'pl')).toBe(
      'Żywiec współpracuje z 120 miastami partnerskimi: 119 za granicą i 1 w Polsce.',
    );
    expect(plain('Żywiec', 119, 1, 'en')).toBe('Żywiec has 120 partner towns: 119 abroad and 1 in Poland.');
  });

  it('says so when there is none yet, and refuses a count that is not a whole number', () => {
    expect(plain('Żywiec', 0, 0, 'pl')).toBe('Żywiec nie ma jeszcze miast partnerskich.');
    expect(plain('Żywiec', 0, 0, 'en')).toBe('Żywiec has no partner towns yet.');
    expect(() => partnerCountSentence('Żywiec', { abroad: -1, domestic: 0 }, 'pl')).toThrow(/whole number/);
  });

  it('uses the town name it is given and Polish non-breaking spaces', () => {
    expect(partnerCountSentence('Miasto', { abroad: 2, domestic: 1 }, 'pl')).toBe(
      'Miasto współpracuje z\u00a0trzema miastami partnerskimi: dwoma za granicą i\u00a0jednym w\u00a0Polsce.',
    );
  });
});
