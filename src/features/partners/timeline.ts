import { compareDates, type PartialDate } from '../../blocks/dates.ts';

/** One event on the timeline, with whatever the page needs to show and link it. */
export interface TimelineItem {
  date: PartialDate;
  /** Tie-breaker for events on the same date, e.g. the partner's name in the page's language. */
  sortName: string;
}

export interface TimelineYear<T extends TimelineItem> {
  year: number;
  items: T[];
}

/**
 * Orders every event by date and groups it by year, oldest first. Events on the same date keep a
 * stable order by name; a month-only date comes before the days of that month.
 */
export function buildTimeline<T extends TimelineItem>(items: readonly T[], locale: string): TimelineYear<T>[] {
  const collator = new Intl.Collator(locale);
  const sorted = [...items].sort((a, b) => compareDates(a.date, b.date) || collator.compare(a.sortName, b.sortName));
  const years: TimelineYear<T>[] = [];
  for (const item of sorted) {
    const last = years.at(-1);
    if (last?.year === item.date.year) last.items.push(item);
    else years.push({ year: item.date.year, items: [item] });
  }
  return years;
}
