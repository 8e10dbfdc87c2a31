import { z } from 'astro/zod';

/**
 * Length of a description, in characters: it is the page's meta description, which search engines show
 * whole only within about 160 characters, and which says too little below about 70.
 */
export const descriptionLength = { min: 70, max: 160 } as const;

const descriptionSchema = (what: string) =>
  z
    .string()
    .trim()
    .min(
      descriptionLength.min,
      `Write a sentence or two (at least ${descriptionLength.min} characters) about the ${what}.`,
    )
    .max(
      descriptionLength.max,
      `Keep the description to ${descriptionLength.max} characters: search engines cut longer ones.`,
    );

/**
 * The text of one partner in one language: `content/partners/<slug>/<lang>.md`. Frontmatter holds short
 * texts; the Markdown body tells the story of the partnership and lists what the cooperation covers.
 */
export const translationSchema = () =>
  z.strictObject({
    /** The town's name in this language (e.g. `Czadca` in Polish, `Čadca` in English). */
    name: z.string().trim().min(1, "Write the town's name in this language."),
    /** Region or part of the country, where it helps (e.g. `Anglia` / `England`). */
    region: z.string().trim().min(1).optional(),
    /** What the partner's main picture (`emblem` in partner.md) shows, in this language: its alt text. */
    emblemAlt: z.string().trim().min(1).optional(),
    /** One or two sentences about the partnership, for search results and link previews (70–160 characters). */
    description: descriptionSchema('partnership'),
    /** Text for events, by event id from `partner.md`: a title (else the kind's label) and a venue. */
    events: z
      .record(
        z.string(),
        z.strictObject({
          /** What happened, in a few words (e.g. "Podpisanie aktu zbliźniaczenia"). */
          title: z.string().trim().min(1).optional(),
          /** Where, more precisely than the town (e.g. "Rynek" / "Market Square"). */
          venue: z.string().trim().min(1).optional(),
          /**
           * Who concluded a regional agreement, when it is not just the two towns (e.g. "Euroregion
           * „Beskidy”"): the timeline and the open data show it under this name, not the partner's.
           */
          party: z.string().trim().min(1).optional(),
        }),
      )
      .default({}),
  });

export type Translation = z.output<ReturnType<typeof translationSchema>>;

/** Text pages such as the home page introduction: `content/pages/<lang>/<page>.md`. */
export const pageSchema = () =>
  z.strictObject({
    /** The page heading. */
    title: z.string().trim().min(1),
    /** One or two sentences for search results and link previews (70–160 characters). */
    description: descriptionSchema('page'),
  });
