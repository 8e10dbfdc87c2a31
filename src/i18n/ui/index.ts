import type { Locale } from '../locales';
import en from './en';
import pl from './pl';
import { uiSchema, type UiDictionary } from './schema';

/** Raw dictionaries, before validation: exported for the parity tests. */
export const rawDictionaries: Record<Locale, unknown> = { pl, en };

function load(locale: Locale): UiDictionary {
  const result = uiSchema().safeParse(rawDictionaries[locale]);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`UI dictionary src/i18n/ui/${locale}.ts is invalid:\n${problems}`);
  }
  return result.data;
}

/** Checked at load: a missing or extra key in either language fails the build here. */
export const dictionaries: Record<Locale, UiDictionary> = { pl: load('pl'), en: load('en') };

/** The UI strings of a language. */
export function useTranslations(locale: Locale): UiDictionary {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
