import { writtenDictionaries } from '../../i18n/ui/index.ts';
import type { Bilingual, FieldDescription } from '../../model/field-meta.ts';

/** A country's name in Polish and English. */
export function countryNames(code: string): Bilingual {
  const of = (locale: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  return { pl: of('pl'), en: of('en') };
}

/** The labels of a field's fixed values, in their order, from where its description says they are. */
export function choiceLabels(description: FieldDescription, values: readonly string[]): Bilingual[] | undefined {
  const choices = description.choices;
  if (!choices) return undefined;
  if (choices === 'countries') return values.map(countryNames);
  if (typeof choices === 'string') {
    const { pl, en } = writtenDictionaries();
    const from = (d: typeof pl, v: string) => (d[choices] as Record<string, string>)[v] ?? v;
    return values.map((v) => ({ pl: from(pl, v), en: from(en, v) }));
  }
  return values.map((v) => choices[v] ?? { pl: v, en: v });
}
