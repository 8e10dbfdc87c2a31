import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates.ts';
import { homeTown } from '../config/home-town.ts';
import { slugPattern } from '../lib/slug.ts';

/** What happened: the label of each kind comes from the UI dictionaries. */
export const eventKinds = [
  'first-contact',
  'declaration-of-intent',
  'agreement-signed',
  'regional-agreement',
  'visit',
  'anniversary',
  'joint-project',
  'other',
] as const;

export type EventKind = (typeof eventKinds)[number];

/**
 * The kinds whose yearly return is an anniversary of the partnership: the agreements and the declaration
 * that led to them. Visits, celebrations, projects and other events are on the timeline, not in the calendar.
 */
export const anniversaryKinds: readonly EventKind[] = [
  'declaration-of-intent',
  'agreement-signed',
  'regional-agreement',
];

/**
 * Where an event took place, as a fact that does not depend on language: in the home town (the town of
 * `src/config/home-town.ts`), in the partner town, or elsewhere (then each translation names the place
 * in its `events.<id>.venue`).
 */
export const eventPlaces = ['home', 'partner', 'elsewhere'] as const;

export type EventPlace = (typeof eventPlaces)[number];

/**
 * What an editor may write in `place`: the places above, and the home town's identifier (`zywiec`) as
 * another word for `home`, so records written with it keep their meaning.
 */
export const writtenEventPlaces: readonly string[] = [...eventPlaces, homeTown.id];

/** `place` as written → the place it means. */
export const eventPlaceSchema = () =>
  z
    .enum(writtenEventPlaces as [string, ...string[]], {
      error: () => `Use one of: ${eventPlaces.join(', ')}.`,
    })
    .transform((place): EventPlace => (place === homeTown.id ? 'home' : (place as EventPlace)));

/**
 * A date in frontmatter: `1995-07-15` (a day), `1998-08` (a month) or `1998` (a year). Read into a
 * PartialDate that keeps the precision; anything else is refused with an example of the right form.
 */
export const partialDateSchema = () =>
  z.unknown().transform((value, ctx) => {
    const result = parsePartialDate(value);
    if (result.ok) return result.date;
    const { kind, value: shown } = result.reason;
    ctx.addIssue({
      code: 'custom',
      message:
        kind === 'impossible'
          ? `"${shown}" is not a real calendar date. Check the day and month.`
          : `"${shown}" is not a date in the form YYYY-MM-DD (e.g. 1995-07-15), YYYY-MM (e.g. 1998-08) or YYYY (e.g. 1998).`,
    });
    return z.NEVER;
  });

export const eventSchema = () =>
  z.strictObject({
    /** Short identifier, unique within the partner (e.g. `signed-home`); translations refer to it. */
    id: z.string().regex(slugPattern, 'Use lower-case letters, digits and hyphens, e.g. "signed-home".'),
    /** What happened: an agreement or milestone, a visit, an anniversary celebration, a joint project, other. */
    kind: z.enum(eventKinds, { error: () => `Use one of: ${eventKinds.join(', ')}.` }),
    /** When: a day `1995-07-15`, a month `1998-08` or a year `1998`. */
    date: partialDateSchema(),
    /** Where: `home`, `partner` or `elsewhere` (named in the translations). Leave out if unknown. */
    place: eventPlaceSchema().optional(),
  });

export type PartnerEvent = z.output<ReturnType<typeof eventSchema>>;
