import { z } from 'astro/zod';

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
    /** One or two sentences about the partnership, for search results and link previews (≤ 200 characters). */
    description: z
      .string()
      .trim()
      .min(20, 'Write a sentence or two (at least 20 characters) about the partnership.')
      .max(200, 'Keep the description under 200 characters: search engines cut longer ones.'),
    /** Text for events, by event id from `partner.md`: a title (else the kind's label) and a venue. */
    events: z
      .record(
        z.string(),
        z.strictObject({
          /** What happened, in a few words (e.g. "Podpisanie aktu zbliźniaczenia"). */
          title: z.string().trim().min(1).optional(),
          /** Where, more precisely than the town (e.g. "Rynek" / "Market Square"). */
          venue: z.string().trim().min(1).optional(),
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
    /** One or two sentences for search results and link previews. */
    description: z.string().trim().min(20).max(200),
  });
