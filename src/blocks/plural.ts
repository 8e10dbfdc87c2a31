/** Polish plural of a counted noun: 1 błąd, 2–4 błędy, 5+ błędów (12–14 błędów). */
export function plural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return `${n} ${one}`;
  const lastTwo = n % 100;
  const last = n % 10;
  return `${n} ${last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many}`;
}

/** English: 1 file, 2 files. */
export const englishPlural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
