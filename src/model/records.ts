import type { z } from 'astro/zod';
import type { HomeTown } from './home-town.ts';
import { partnerSchema } from './partner.ts';
import { pageSchema, translationSchema } from './translation.ts';

/** The kinds of content record. */
export const recordKinds = ['partner', 'translation', 'page'] as const;

export type RecordKind = (typeof recordKinds)[number];

/** Each kind of record with its frontmatter schema, for a home town (its identifier is a place of events). */
export const recordSchemas = (town: HomeTown) =>
  ({
    partner: () => partnerSchema(town),
    translation: () => translationSchema(town),
    page: () => pageSchema(town),
  }) satisfies Record<RecordKind, () => z.ZodType>;
