import { z } from 'astro/zod';

/**
 * A fact the town office has to decide (a contact, a date, a licence): its value, `null` while the office
 * has not given one, and whether the office has confirmed it. The site shows an unconfirmed fact with a
 * visible "to be confirmed by the office" mark; the production build refuses to publish while any fact is
 * unconfirmed. The wrapper is required, never optional: a bare value in the configuration is refused, so
 * nothing becomes "confirmed" by being written without the flag.
 */
export interface Fact<T> {
  value: T | null;
  confirmed: boolean;
}

/** A fact not given yet: what the configuration holds until the office answers. */
export const notGiven = <T>(): Fact<T> => ({ value: null, confirmed: false });

/** The schema of a fact whose value, once given, follows `value`. */
export const factSchema = <S extends z.ZodType>(value: S) =>
  z
    .strictObject(
      {
        value: value.nullable(),
        confirmed: z.boolean({
          error: 'Write confirmed: true once the office has confirmed the value, false until then.',
        }),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? undefined
            : 'Write this fact as { value: …, confirmed: true|false } (value null while the office has not given it).',
      },
    )
    .refine((fact) => !(fact.confirmed && (fact as unknown as Fact<unknown>).value === null), {
      message:
        'A confirmed fact needs its value: write the value the office gave, or keep confirmed: false until it does.',
    });

/** Whether something in a configuration is a fact (exactly `value` and a boolean `confirmed`). */
export function isFact(candidate: unknown): candidate is Fact<unknown> {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return false;
  const keys = Object.keys(candidate).sort();
  return (
    keys.length === 2 &&
    keys[0] === 'confirmed' &&
    keys[1] === 'value' &&
    typeof (candidate as Fact<unknown>).confirmed === 'boolean'
  );
}

/** What a fact is, said to the office's staff in each language. */
export interface FactLabel {
  pl: string;
  en: string;
}

/** An unconfirmed fact: the file and the field where it is set, and what it is. */
export interface UnconfirmedFact {
  file: string;
  /** The field, as a dotted path: `office.accessibilityContact.email`. */
  field: string;
  /** Whether a value has been written (awaiting confirmation) or none at all. */
  given: boolean;
  label: FactLabel;
}

/**
 * Every unconfirmed fact in a configuration object, found by walking it: a fact added to the configuration
 * is checked without anyone having to list it. `labels` say what each field is (by its dotted path); a
 * field without a label is named by its path.
 */
export function unconfirmedFacts(
  config: unknown,
  file: string,
  labels: Readonly<Record<string, FactLabel>> = {},
): UnconfirmedFact[] {
  const found: UnconfirmedFact[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (isFact(node)) {
      if (!node.confirmed) {
        const field = path.join('.');
        found.push({ file, field, given: node.value !== null, label: labels[field] ?? { pl: field, en: field } });
      }
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (const [key, value] of entries) walk(value, [...path, key]);
  };
  walk(config, []);
  return found;
}

const line = (fact: UnconfirmedFact, lang: 'pl' | 'en') =>
  `  - ${fact.file}, ${fact.field}: ${fact.label[lang]} (${
    fact.given
      ? lang === 'pl'
        ? 'wartość wpisana, niepotwierdzona'
        : 'a value is written, not confirmed'
      : lang === 'pl'
        ? 'nie podano'
        : 'not given'
  })`;

/** The list of unconfirmed facts, Polish first, for the content check's warning. */
export function unconfirmedWarning(facts: readonly UnconfirmedFact[]): FactLabel | null {
  if (facts.length === 0) return null;
  return {
    pl: `Urząd nie potwierdził jeszcze ${facts.length} faktów podawanych w serwisie; strony pokazują je ze znakiem „do potwierdzenia przez urząd”, a publikacja na serwerze produkcyjnym (npm run build:production) jest wstrzymana, dopóki wszystkie nie zostaną potwierdzone:\n${facts.map((f) => line(f, 'pl')).join('\n')}`,
    en: `The town office has not yet confirmed ${facts.length} facts the site states; the pages show them marked "to be confirmed by the office", and publishing to the production server (npm run build:production) is stopped until all of them are confirmed:\n${facts.map((f) => line(f, 'en')).join('\n')}`,
  };
}

/**
 * The production build's rule: the message that refuses it while any fact is unconfirmed (Polish first,
 * then English, each fact with the file and field to set), or `null` when every fact is confirmed.
 */
export function productionRefusal(facts: readonly UnconfirmedFact[]): string | null {
  if (facts.length === 0) return null;
  const count = facts.length;
  return [
    `PUBLIKACJA WSTRZYMANA. Urząd nie potwierdził jeszcze ${count} faktów, które podaje serwis, w tym danych deklaracji dostępności wymaganej przez ustawę. Serwer produkcyjny nie może ich podawać jako faktów.`,
    `W każdym z poniższych pól wpisz wartość potwierdzoną przez urząd (value) i ustaw confirmed: true, a potem uruchom publikację ponownie:`,
    ...facts.map((f) => line(f, 'pl')),
    '',
    `PUBLISHING STOPPED. The town office has not yet confirmed ${count} facts the site states, including facts of the accessibility statement required by law. The production server must not state them as facts.`,
    `In each field below, write the value the office has confirmed (value) and set confirmed: true, then publish again:`,
    ...facts.map((f) => line(f, 'en')),
  ].join('\n');
}
