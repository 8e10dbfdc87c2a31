import type { PartialDate } from '../blocks/dates.ts';
import type { EventKind } from './events.ts';

/**
 * Events dated after the day the site is built have not happened yet: they are plans, and every page,
 * the calendar and the open data say so ("planowane", "planned"). A first contact cannot be planned (it
 * is the moment two towns first met), so one dated in the future is refused by the check as a mistake;
 * every other kind — an agreement to be signed, a visit, an anniversary, a project — can be.
 */
export const unplannableKinds: readonly EventKind[] = ['first-contact'];

/** A day as `YYYY-MM-DD`. */
export type Day = string;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
// en-CA writes dates as YYYY-MM-DD. Made once: a formatter with a time zone is costly to create, and the
// day is asked for every event.
const warsawDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' });

/**
 * The day the site is built, in the home country's calendar (Europe/Warsaw): `BUILD_DATE` (`YYYY-MM-DD`)
 * when set, so a build can be repeated as of a given day, otherwise today.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): Day {
  const fixed = env.BUILD_DATE?.trim();
  if (fixed) {
    if (!dayPattern.test(fixed)) throw new Error(`BUILD_DATE must be a day like 2026-12-02, not "${fixed}".`);
    return fixed;
  }
  return warsawDay.format(now);
}

/** The first day a date can mean: the day itself, the 1st of its month, or 1 January of its year. */
export const firstDay = (date: PartialDate): Day =>
  date.precision === 'day' ? date.iso : date.precision === 'month' ? `${date.iso}-01` : `${date.iso}-01-01`;

/**
 * Whether an event is planned on `today`: every day its date can mean is still to come. A month or a year
 * that has begun is not (the event may already have happened in it).
 */
export const isPlanned = (date: PartialDate, today: Day): boolean => firstDay(date) > today;
