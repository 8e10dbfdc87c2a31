import { format } from 'date-fns/format';
// One file per locale: the index of date-fns/locale would load every language it has.
import { enGB } from 'date-fns/locale/en-GB';
import { pl } from 'date-fns/locale/pl';
import type { PartialDate } from './dates.ts';
import type { Locale } from './locales.ts';
import { typeset } from './typography.ts';

const dateFnsLocales = { pl, en: enGB } as const;

/**
 * Patterns per precision and language. `MMMM` is the formatting (genitive) month in Polish, "15 lipca
 * 1995 r."; `LLLL` is the stand-alone (nominative) one, "sierpień 1998 r.". Polish running text marks a
 * year with "r." (quoted in date-fns patterns); British English writes "15 July 1995".
 */
const patterns: Record<string, Record<PartialDate['precision'], string>> = {
  pl: { day: "d MMMM yyyy 'r.'", month: "LLLL yyyy 'r.'", year: "yyyy 'r.'" },
  en: { day: 'd MMMM yyyy', month: 'LLLL yyyy', year: 'yyyy' },
};

/**
 * Writes a date out in a language, with the language's non-breaking spaces. The Date handed to date-fns
 * is built from the parts in local time at noon and formatted in local time, so the result is the same in
 * every time zone of the build machine.
 */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const local = new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1, 12);
  return typeset(
    format(local, (patterns[locale] ?? patterns['en']!)[date.precision], {
      locale: (dateFnsLocales as Record<string, typeof enGB>)[locale] ?? enGB,
    }),
    locale,
  );
}
