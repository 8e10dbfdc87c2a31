import { z } from 'astro/zod';
import { described } from './field-meta.ts';

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
  described(
    z.enum(areaKeys, {
      error: (issue) => `"${String(issue.input)}" is not a known cooperation area; use one of: ${areaKeys.join(', ')}.`,
    }),
    {
      label: { pl: 'Obszar współpracy', en: 'Area of cooperation' },
      help: {
        pl: 'Obszar współpracy: jeden z ustalonych kluczy.',
        en: 'An area of cooperation: one of the fixed keys.',
      },
      form: {
        pl: 'Obszar współpracy: wybierz z listy.',
        en: 'An area of cooperation: choose from the list.',
      },
      example: 'culture',
      choices: 'areaLabels',
    },
  );
