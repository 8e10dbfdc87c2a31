import type { z } from 'astro/zod';
import { partnerSchema } from './partner.ts';
import { pageSchema, translationSchema } from './translation.ts';

/** The kinds of content record, each with its frontmatter schema. */
export const recordSchemas = {
  partner: partnerSchema,
  translation: translationSchema,
  page: pageSchema,
} satisfies Record<string, () => z.ZodType>;

export type RecordKind = keyof typeof recordSchemas;

export const recordKinds = Object.keys(recordSchemas) as RecordKind[];
