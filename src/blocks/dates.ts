/**
 * Partial dates: reading, validating and ordering them. Writing them out in words is `date-format.ts`,
 * apart, so that what only checks dates (the content check, the form) does not load date-fns.
 */

/**
 * A calendar date known to a day, a month or only a year. The seed gives all three ("15 lipca 1995",
 * "w sierpniu 1998 r.", ...), and a month must not be shown as if it were the 1st of that month.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the value of `<time datetime>`, and the sort key. */
  iso: string;
  precision: 'year' | 'month' | 'day';
}

export type DateParseResult = { ok: true; date: PartialDate } | { ok: false; reason: DateProblem };

export type DateProblem =
  { kind: 'format'; value: string } | { kind: 'impossible'; value: string } | { kind: 'type'; value: string };

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a PartialDate from its parts, or says why they are not a real date. */
export function makePartialDate(year: number, month?: number, day?: number): PartialDate | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month === undefined) return { year, iso: String(year), precision: 'year' };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month, iso: `${year}-${pad(month)}`, precision: 'month' };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/**
 * Reads a date as it arrives from YAML frontmatter. An unquoted `1995-07-15` is parsed by YAML into a
 * Date at UTC midnight, so its UTC fields are the calendar day (reading local fields would move it a
 * day back west of Greenwich). Quoted strings and bare years (`1998`, a YAML number) are read as text.
 */
export function parsePartialDate(input: unknown): DateParseResult {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, reason: { kind: 'impossible', value: String(input) } };
    const date = makePartialDate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
    return date ? { ok: true, date } : { ok: false, reason: { kind: 'impossible', value: input.toISOString() } };
  }
  if (typeof input === 'number') input = String(input);
  if (typeof input !== 'string')
    return { ok: false, reason: { kind: 'type', value: JSON.stringify(input) ?? String(input) } };
  const value = input.trim();
  const match = pattern.exec(value);
  if (!match) return { ok: false, reason: { kind: 'format', value } };
  const [, y, m, d] = match;
  const date = makePartialDate(
    Number(y),
    m === undefined ? undefined : Number(m),
    d === undefined ? undefined : Number(d),
  );
  return date ? { ok: true, date } : { ok: false, reason: { kind: 'impossible', value } };
}

/** Orders dates chronologically; a less precise date sorts before the more precise ones it contains. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}
