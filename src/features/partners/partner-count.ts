import type { Locale } from '../../blocks/locales.ts';
import { typeset } from '../../blocks/typography.ts';

/** How many partner towns there are, abroad and in Poland. */
export interface PartnerCounts {
  abroad: number;
  domestic: number;
}

/** Numbers up to this one are written in words; a sentence with a larger one is written in digits. */
const largestInWords = 99;

const polishUnits = [
  '',
  'jednym',
  'dwoma',
  'trzema',
  'czterema',
  'pięcioma',
  'sześcioma',
  'siedmioma',
  'ośmioma',
  'dziewięcioma',
  'dziesięcioma',
  'jedenastoma',
  'dwunastoma',
  'trzynastoma',
  'czternastoma',
  'piętnastoma',
  'szesnastoma',
  'siedemnastoma',
  'osiemnastoma',
  'dziewiętnastoma',
];
const polishTens = [
  '',
  '',
  'dwudziestoma',
  'trzydziestoma',
  'czterdziestoma',
  'pięćdziesięcioma',
  'sześćdziesięcioma',
  'siedemdziesięcioma',
  'osiemdziesięcioma',
  'dziewięćdziesięcioma',
];

/**
 * A Polish cardinal in the instrumental case ("z ośmioma miastami"), 1–99. In a compound number the
 * final "one" does not decline: "z dwudziestoma jeden miastami", but "z dwudziestoma dwoma miastami".
 */
export function polishInstrumental(n: number): string {
  if (n < 20) return polishUnits[n]!;
  const unit = n % 10;
  const tens = polishTens[Math.floor(n / 10)]!;
  return unit === 0 ? tens : `${tens} ${unit === 1 ? 'jeden' : polishUnits[unit]}`;
}

const englishUnits = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const englishTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** An English cardinal, 0–99 ("twenty-two"). */
export function englishCardinal(n: number): string {
  if (n < 20) return englishUnits[n]!;
  const unit = n % 10;
  const tens = englishTens[Math.floor(n / 10)]!;
  return unit === 0 ? tens : `${tens}-${englishUnits[unit]}`;
}

/** Each language's sentence: `number` writes a count (in words or digits, as the whole sentence does). */
const sentences: Partial<Record<Locale, (town: string, c: PartnerCounts, number: (n: number) => string) => string>> = {
  pl(town, { abroad, domestic }, number) {
    const total = abroad + domestic;
    if (total === 0) return `${town} nie ma jeszcze miast partnerskich.`;
    const towns = `${number(total)} ${total === 1 ? 'miastem partnerskim' : 'miastami partnerskimi'}`;
    if (domestic === 0) return `${town} współpracuje z ${towns} za granicą.`;
    if (abroad === 0) return `${town} współpracuje z ${towns} w Polsce.`;
    return `${town} współpracuje z ${towns}: ${number(abroad)} za granicą i ${number(domestic)} w Polsce.`;
  },
  en(town, { abroad, domestic }, number) {
    const total = abroad + domestic;
    if (total === 0) return `${town} has no partner towns yet.`;
    const towns = `${number(total)} partner ${total === 1 ? 'town' : 'towns'}`;
    const all = total === 1 ? ' ' : ', all ';
    if (domestic === 0) return `${town} has ${towns}${all}abroad.`;
    if (abroad === 0) return `${town} has ${towns}${all}in Poland.`;
    return `${town} has ${towns}: ${number(abroad)} abroad and ${number(domestic)} in Poland.`;
  },
};

const inWords: Partial<Record<Locale, (n: number) => string>> = { pl: polishInstrumental, en: englishCardinal };

/**
 * The home page's opening sentence, made from the records so that it always matches the lists below it:
 * "Żywiec współpracuje z ośmioma miastami partnerskimi: siedmioma za granicą i jednym w Polsce." Counts
 * up to 99 are written in words; a sentence with a larger count is written in digits throughout.
 * `undefined` for a language whose numerals are not written here yet: the page then goes without it.
 */
export function partnerCountSentence(town: string, counts: PartnerCounts, locale: Locale): string | undefined {
  const { abroad, domestic } = counts;
  for (const n of [abroad, domestic]) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`A count of partner towns must be a whole number ≥ 0: ${n}.`);
  }
  const sentence = sentences[locale];
  const words = inWords[locale];
  if (!sentence || !words) return undefined;
  return typeset(sentence(town, counts, abroad + domestic <= largestInWords ? words : String), locale);
}
