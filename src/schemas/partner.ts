import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { areaSchema } from './areas.ts';
import { eventSchema } from './events.ts';

/**
 * Website as staff type it: `www.riom.net`, `riom.net/en` or a full `https://…` address. A bare host
 * gets `https://`; anything that is not then a web address with a dotted host is refused.
 */
export const websiteSchema = () =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    let url: URL | undefined;
    try {
      url = new URL(withScheme);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || !/^[^.]+(\.[^.]+)+$/.test(url.hostname) || /\s/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${raw}" is not a web address. Write it like www.riom.net or https://www.riom.net.`,
      });
      return z.NEVER;
    }
    return url.href;
  });

/** What a partner's website is: the town's own site, or a tourism portal. */
export const websiteKinds = ['official', 'tourism'] as const;
export type WebsiteKind = (typeof websiteKinds)[number];

/**
 * The facts of one partnership, the same in every language: `content/partners/<slug>/partner.md`.
 * Text in a language (names in that language, descriptions, the story) lives beside it in `pl.md`, `en.md`.
 */
export const partnerSchema = <P extends z.ZodType = z.ZodString>(picture?: () => P) =>
  z.strictObject({
    /** The town's own name, as its people write it (e.g. `Čadca`, `Liptovský Mikuláš`). */
    name: z.string().trim().min(1, 'Write the partner town\'s own name, e.g. "Čadca".'),
    /** Language of the own name, as a BCP 47 tag (`sk`, `de`, `ka`…): it marks the name with `lang`. */
    nameLang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as "sk", "de" or "en-GB".'),
    /** Country, as an ISO 3166-1 alpha-2 code (`DE`, `FR`, `GB`…); its name comes from the language. */
    country: z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166-1 country code in capitals, e.g. "DE".'),
    /** `international` for a town abroad, `domestic` for a partner in Poland. */
    scope: z.enum(['international', 'domestic'], { error: () => 'Use "international" or "domestic".' }),
    /** The partner's website; `www.riom.net` is fine, `https://` is added. Checked by the editor before publishing. */
    website: websiteSchema().optional(),
    /**
     * What the website is: `official` (the town's own site) or `tourism` (a tourism portal). Left out, the
     * page calls it just "website".
     */
    websiteKind: z.enum(websiteKinds, { error: () => 'Use "official" or "tourism".' }).optional(),
    /** Wikidata item of the town (e.g. `Q12345`), used to identify it to search engines. */
    wikidata: z
      .string()
      .regex(/^Q\d+$/, 'Use a Wikidata item id such as "Q12345".')
      .optional(),
    /** Where the town lies, in decimal degrees (WGS 84), for the map and structured data. */
    coordinates: z.strictObject({
      /** Degrees north (negative: south). */
      latitude: z.number().min(-90).max(90),
      /** Degrees east (negative: west). */
      longitude: z.number().min(-180).max(180),
    }),
    /**
     * The town's main picture (e.g. its coat of arms): a file in the partner's folder, `herb.png`. Astro's
     * `image()` when the collection is loaded (so it goes through the image pipeline), a path for the check.
     */
    emblem: (picture ? picture() : z.string()).optional(),
    /** Cooperation areas, from the fixed list of keys (see `src/schemas/areas.ts`). */
    areas: z
      .array(areaSchema())
      .min(1, 'Name at least one cooperation area.')
      .superRefine(
        reportDuplicates(
          (area) => area,
          [],
          (area) => `The area "${area}" is listed twice.`,
        ),
        always,
      ),
    /** What happened and when, in any order: the site sorts by date. */
    events: z
      .array(eventSchema())
      .min(1, 'List at least one event, e.g. the signing of the agreement.')
      .superRefine(
        reportDuplicates(
          (event) => (event as { id?: unknown } | undefined)?.id,
          ['id'],
          (id) => `The event id "${id}" is used twice; give each event its own id.`,
        ),
        always,
      ),
  });

/** Run a list check even when an item of the list is wrong, so one pass reports every problem. */
const always = { when: () => true };

/** Flags every repeat of a key in a list, at the repeated item's path. */
function reportDuplicates(key: (item: unknown) => unknown, subPath: string[], message: (key: string) => string) {
  return (items: unknown[], ctx: z.RefinementCtx) => {
    // `always` runs this even when the field is missing or not a list: that is reported elsewhere.
    if (!Array.isArray(items)) return;
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const k = key(item);
      if (typeof k !== 'string') return;
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index, ...subPath], message: message(k) });
      seen.add(k);
    });
  };
}

/** The facts as the pages get them: the main picture already through Astro's image pipeline. */
export type Partner = Omit<z.output<ReturnType<typeof partnerSchema>>, 'emblem'> & {
  emblem?: ImageMetadata | string | undefined;
};
