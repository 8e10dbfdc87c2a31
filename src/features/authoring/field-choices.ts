import { dictionaries } from '../../i18n/ui/index.ts';
import type { Bilingual, FieldDescription } from '../../model/field-meta.ts';

/** Every ISO 3166-1 alpha-2 region the locale data names, sorted by code. */
export function countryCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  // Locale data also names groupings, reserved and pseudo regions; Kosovo's XK is kept, as in common use.
  const notCountries = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
  return letters
    .flatMap((a) => letters.map((b) => a + b))
    .filter(
      (code) =>
        !notCountries.has(code) &&
        names.of(code) !== undefined &&
        // Old aliases (UK for GB) are named too; only the code itself is offered.
        Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`,
    );
}

/** A country's name in Polish and English. */
export function countryName(code: string): Bilingual {
  const of = (locale: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  return { pl: of('pl'), en: of('en') };
}

/** The labels of a field's fixed values, in their order, from where its description says they are. */
export function choiceLabels(description: FieldDescription, values: readonly string[]): Bilingual[] | undefined {
  const choices = description.choices;
  if (!choices) return undefined;
  if (choices === 'countries') return values.map(countryName);
  if (typeof choices === 'string') {
    const { pl, en } = dictionaries;
    const from = (d: typeof pl, v: string) => (d[choices] as Record<string, string>)[v] ?? v;
    return values.map((v) => ({ pl: from(pl, v), en: from(en, v) }));
  }
  return values.map((v) => choices[v] ?? { pl: v, en: v });
}
