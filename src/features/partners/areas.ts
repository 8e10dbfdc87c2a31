import { areaKeys, type AreaKey } from '../../model/areas.ts';

/** A cooperation area with the partners whose records name it, in the order they were given. */
export interface AreaGroup<P> {
  key: AreaKey;
  partners: P[];
}

/**
 * Every area of the vocabulary, in its fixed order, with exactly the partners that list it. An area no
 * partner lists yet keeps its (empty) group, so its page and address exist before the first partner does.
 */
export function partnersByArea<P extends { areas: readonly { key: AreaKey }[] }>(
  partners: readonly P[],
): AreaGroup<P>[] {
  return areaKeys.map((key) => ({ key, partners: partners.filter((p) => p.areas.some((a) => a.key === key)) }));
}

/** A label as a heading: "ochrona zdrowia" → "Ochrona zdrowia" (labels are written in lower case for lists). */
export function asHeading(label: string, locale: string): string {
  const first = label.codePointAt(0);
  if (first === undefined) return label;
  const char = String.fromCodePoint(first);
  return char.toLocaleUpperCase(locale) + label.slice(char.length);
}
