import { z } from 'astro/zod';
import { factSchema, type Fact } from '../model/confirmation.ts';
import { formatIssues } from '../blocks/zod-issues.ts';

/** A licence of the open data: its SPDX identifier, its short name, its address and what it allows. */
export interface Licence {
  id: string;
  name: string;
  url: string;
  /** What the licence allows and asks, in a sentence per language, as the Data page says it. */
  terms: { pl: string; en: string };
}

/**
 * The open data files (`data/`) and the Data page: the licence they are published under is the town
 * office's decision. Until the office confirms it, the value below is a proposal: the Data page marks it
 * "do potwierdzenia przez urząd" and `npm run build:production` refuses to publish.
 */
export const openDataConfig = {
  licence: {
    value: {
      id: 'CC-BY-4.0',
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      terms: {
        pl: 'Można je kopiować, przetwarzać i rozpowszechniać w dowolnym celu, także komercyjnym, pod warunkiem podania źródła.',
        en: 'You may copy, adapt and share it for any purpose, including commercially, provided you credit the source.',
      },
    },
    confirmed: false,
  } as Fact<Licence>,
};

const text = () => z.string().trim().min(1);

export const openDataConfigSchema = () =>
  z.strictObject({
    licence: factSchema(
      z.strictObject({
        id: z.string().regex(/^[A-Za-z0-9.-]+$/, 'Write the SPDX identifier of the licence, e.g. "CC-BY-4.0".'),
        name: text(),
        url: z.url({ protocol: /^https$/, error: 'Write the full https:// address of the licence.' }),
        terms: z.strictObject({ pl: text(), en: text() }),
      }),
    ).refine(
      (fact) => fact.value !== null,
      'The data files must name a licence: write the one proposed, with confirmed: false until the office decides.',
    ),
  });

/** Checks the configuration; a mistake stops the build with the field and the fix. */
export function parseOpenDataConfig(raw: unknown) {
  const result = openDataConfigSchema().safeParse(raw);
  if (!result.success) throw new Error(formatIssues(result.error, 'src/config/open-data.ts'));
  return result.data as { licence: { value: Licence; confirmed: boolean } };
}

export const openDataFactLabels = {
  licence: { pl: 'licencja danych otwartych', en: 'licence of the open data' },
};

/** The checked configuration. */
export const openDataSettings = parseOpenDataConfig(openDataConfig);
