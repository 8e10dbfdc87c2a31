/**
 * Placeholders in UI strings: `{name}`. One implementation for the pages and the search page's script
 * (which imports this file alone, without the dictionaries).
 */
const placeholder = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; an unknown one is left as it is, so a missing value shows. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(placeholder, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * Splits a template at its placeholders, for markup in their place: `"Licence: {licence}."` →
 * `["Licence: ", { key: "licence" }, "."]`.
 */
export function templateParts(template: string): (string | { key: string })[] {
  return template.split(placeholder).map((part, i) => (i % 2 === 1 ? { key: part } : part));
}
