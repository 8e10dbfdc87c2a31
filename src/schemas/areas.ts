import { z } from 'astro/zod';

/**
 * The controlled vocabulary of cooperation areas. Records name areas by these keys; each language's
 * label lives in the UI dictionaries (`src/i18n/ui/*.ts`), so a new key fails the build until both
 * languages have a label. The detailed items the town agreed on stay in each partner's text.
 */
export const areaKeys = [
  'local-government',
  'youth-exchange',
  'education',
  'culture',
  'sport',
  'tourism',
  'economy',
  'environment',
  'health',
  'fire-brigades',
  'communities',
  'promotion',
  'delegations',
  'funding',
] as const;

export type AreaKey = (typeof areaKeys)[number];

export const areaSchema = () =>
  z.enum(areaKeys, {
    error: (issue) => `"${String(issue.input)}" is not a known cooperation area; use one of: ${areaKeys.join(', ')}.`,
  });
