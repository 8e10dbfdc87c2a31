import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/blocks/dates.ts';
import { buildTimeline } from '../../src/features/partners/timeline.ts';

const d = (value: string): PartialDate => {
  const r = parsePartialDate(value);
  if (!r.ok) throw new Error(value);
  return r.date;
};
const item = (date: string, sortName: string) => ({ date: d(date), sortName, label: `${sortName} ${date}` });

describe('buildTimeline', () => {
  it('groups by year in ascending order and sorts within each year by date', () => {
    const years = buildTimeline(
      [
        item('2000-08-06', 'Adur'),
        item('1995-07-30', 'Unterhaching'),
        item('1995-07-15', 'Unterhaching'),
        item('2000-02-18', 'Czadca'),
      ],
      'pl',
    );
    expect(years.map((y) => y.year)).toEqual([1995, 2000]);
    expect(years[0]!.items.map((i) => i.label)).toEqual(['Unterhaching 1995-07-15', 'Unterhaching 1995-07-30']);
    expect(years[1]!.items.map((i) => i.label)).toEqual(['Czadca 2000-02-18', 'Adur 2000-08-06']);
  });

  it('puts a month-only date before the days of that month and breaks ties by name in the locale', () => {
    const years = buildTimeline(
      [item('1998-08-01', 'B'), item('1998-08', 'Z'), item('1998-08-01', 'Ł'), item('1998-08-01', 'L')],
      'pl',
    );
    expect(years[0]!.items.map((i) => i.label)).toEqual(['Z 1998-08', 'B 1998-08-01', 'L 1998-08-01', 'Ł 1998-08-01']);
  });

  it('does not change its input and returns nothing for nothing', () => {
    const input = [item('2002-08-04', 'A'), item('2002-06-01', 'A')];
    buildTimeline(input, 'en');
    expect(input.map((i) => i.date.iso)).toEqual(['2002-08-04', '2002-06-01']);
    expect(buildTimeline([], 'en')).toEqual([]);
  });
});
