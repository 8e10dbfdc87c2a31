/**
 * How a date written in the content must read on the pages, worked out here with the month names typed in
 * by hand (not with the site's own date code), so the tests compare the site against an independent answer.
 */
const months = {
  /** A day's month is in the genitive in Polish ("15 lipca 1995"), a month alone in the nominative. */
  plGenitive: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  plNominative: [
    'styczeń',
    'luty',
    'marzec',
    'kwiecień',
    'maj',
    'czerwiec',
    'lipiec',
    'sierpień',
    'wrzesień',
    'październik',
    'listopad',
    'grudzień',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * `1995-07-15` → "15 lipca 1995 r." / "15 July 1995"; `1998-08` → "sierpień 1998 r."; `2019` → "2019 r."
 * (Polish running text marks a year with "r."). Spaces are ordinary ones: compare with the page's text
 * read with any space as a space.
 */
export function expectedDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-');
  const r = lang === 'pl' ? ' r.' : '';
  if (!month) return `${year}${r}`;
  const m = Number(month) - 1;
  if (!day) return lang === 'pl' ? `${months.plNominative[m]} ${year}${r}` : `${months.en[m]} ${year}`;
  return `${Number(day)} ${lang === 'pl' ? months.plGenitive[m] : months.en[m]} ${year}${r}`;
}

/** Dates as written sort as text within one precision; a shorter date comes first in its year/month. */
export const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
