import type { z } from 'astro/zod';
import { defaultLocale, localeCodes, type Locale } from '../blocks/locales.ts';
import type { HomeTown } from './home-town.ts';
import { partnerSchema } from './partner.ts';
import { pageSchema, translationSchema } from './translation.ts';

/** The kinds of content record. */
export const recordKinds = ['partner', 'translation', 'page'] as const;

export type RecordKind = (typeof recordKinds)[number];

/**
 * The languages a kind of record's texts are written in: a partner's facts file is Polish, its other files
 * are the other languages, a text page is in any.
 */
export const textLanguagesOf = (kind: RecordKind): readonly Locale[] =>
  kind === 'partner'
    ? [defaultLocale]
    : kind === 'translation'
      ? localeCodes.filter((l) => l !== defaultLocale)
      : localeCodes;

/** Each kind of record with its frontmatter schema, for a home town (its identifier is a place of events). */
export const recordSchemas = (town: HomeTown) =>
  ({
    partner: () => partnerSchema(town),
    translation: () => translationSchema(town),
    page: () => pageSchema(town),
  }) satisfies Record<RecordKind, () => z.ZodType>;
