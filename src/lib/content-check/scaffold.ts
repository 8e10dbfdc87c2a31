import { localeCodes } from '../../i18n/locales';
import { fieldGuides, type RecordKind } from './fields';

/** What the scaffold puts where a value must be typed; `npm run check` refuses it until replaced. */
export const placeholder = 'TODO';

/** A value or text still holding the scaffold's placeholder, which the check refuses. */
export const isPlaceholder = (text: string) => new RegExp(`^${placeholder}\\b`).test(text.trim());

import { slugPattern } from '../slug';

export { slugPattern };

/** The guide's explanation of a field as YAML comment lines, Polish then English, at an indent. */
function explain(kind: RecordKind, key: string, indent = ''): string {
  const guide = fieldGuides[kind][key]!;
  const lines = [`# ${guide.pl}`, `# ${guide.en}`];
  if (guide.values) lines.push(`# Dozwolone / allowed: ${guide.values.join(', ')}`);
  if (guide.example) lines.push(`# Np. / e.g.: ${guide.example}`);
  return lines.map((l) => `${indent}${l}`).join('\n');
}

/**
 * The three files of a new partner, every field present and explained in comments. Values to be typed
 * are `TODO`, which the check refuses, so a half-filled scaffold can never be published by mistake.
 */
export function scaffoldPartner(slug: string): Record<string, string> {
  if (!slugPattern.test(slug)) throw new Error(`bad slug: ${slug}`);
  const p = (key: string, indent = '') => explain('partner', key, indent);
  const t = (key: string, indent = '') => explain('translation', key, indent);

  const partner = `---
# Fakty o partnerstwie, takie same w każdym języku; teksty są w pl.md i en.md obok tego pliku.
# Facts about the partnership, the same in every language; the texts are in pl.md and en.md beside this file.
# Zastąp każde ${placeholder} wartością, potem uruchom \`npm run check\`.
# Replace every ${placeholder} with a value, then run \`npm run check\`.

${p('name')}
name: ${placeholder}

${p('nameLang')}
nameLang: ${placeholder}

${p('country')}
country: ${placeholder}

${p('scope')}
scope: international

${p('website')}
# Usuń linię, jeśli miasto nie ma strony. / Delete the line if the town has no website.
website: ${placeholder}

${p('wikidata')}
# Usuń linię, jeśli nie znasz. / Delete the line if unknown.
wikidata: ${placeholder}

${p('coordinates')}
coordinates:
${p('coordinates.latitude', '  ')}
  latitude: ${placeholder}
${p('coordinates.longitude', '  ')}
  longitude: ${placeholder}

${p('areas')}
${p('areas[]')}
areas:
  - ${placeholder}

${p('events')}
events:
${p('events[].id', '    ')}
  - id: signed-zywiec
${p('events[].kind', '    ')}
    kind: agreement-signed
${p('events[].date', '    ')}
    date: ${placeholder}
${p('events[].place', '    ')}
    place: zywiec
---
`;

  const text = (lang: string) => {
    const pl = lang === 'pl';
    return `---
# ${pl ? 'Tekst po polsku' : 'Tekst po angielsku'} o partnerstwie. / The text about the partnership in ${pl ? 'Polish' : 'English'}.
# Zastąp każde ${placeholder}. / Replace every ${placeholder}.

${t('name')}
name: ${placeholder}

${t('region')}
# Usuń linię, jeśli niepotrzebna. / Delete the line if not needed.
region: ${placeholder}

${t('description')}
description: ${placeholder}

${t('events')}
events:
  signed-zywiec:
${t('events.*.title', '    ')}
    title: ${pl ? 'Podpisanie umowy partnerskiej' : 'Partnership agreement signed'}
---

${pl ? '## Historia współpracy' : '## History of the partnership'}

${placeholder} ${pl ? '(Opowiedz historię partnerstwa. Pusta linia rozdziela akapity.)' : '(Tell the story of the partnership. An empty line separates paragraphs.)'}

${pl ? '## Zakres współpracy' : '## What the partnership covers'}

- ${placeholder}
`;
  };

  return {
    'partner.md': partner,
    ...Object.fromEntries(localeCodes.map((lang) => [`${lang}.md`, text(lang)])),
  };
}
