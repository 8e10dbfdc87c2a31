import { defaultLocale, localeCodes, type Locale } from '../../blocks/locales.ts';
import { slugPattern } from '../../blocks/slug.ts';
import { layout } from '../../model/layout.ts';
import type { HomeTown } from '../../model/home-town.ts';
import type { RecordKind } from '../../model/records.ts';
import { helpOf, recordFields, type RecordFields } from '../../model/schema-fields.ts';
import { exampleFor } from '../../model/field-meta.ts';

export { slugPattern };

/** What the scaffold puts where a value must be typed; `npm run check` refuses it until replaced. */
export const placeholder = 'TODO';

/** A value or text still holding the scaffold's placeholder, which the check refuses. */
export const isPlaceholder = (text: string) => new RegExp(`^${placeholder}\\b`).test(text.trim());

/**
 * The guide's explanation of a field as YAML comment lines, Polish then English, at an indent; a text's
 * example in `lang`, the file's language.
 */
function explain(fields: RecordFields, kind: RecordKind, lang: Locale, key: string, indent = ''): string {
  const field = fields[kind][key]!;
  const lines = [`# ${helpOf(field, 'pl')}`, `# ${helpOf(field, 'en')}`];
  if (field.values) lines.push(`# Dozwolone / allowed: ${field.values.join(', ')}`);
  const example = exampleFor(field.description, lang);
  if (example) lines.push(`# Np. / e.g.: ${example}`);
  return lines.map((l) => `${indent}${l}`).join('\n');
}

/** The scaffold's ready-made words in the languages that have them; any other language gets `TODO`s. */
const starters: Partial<Record<Locale, { title: string; history: string; covers: string }>> = {
  pl: { title: 'Podpisanie umowy partnerskiej', history: 'Historia współpracy', covers: 'Zakres współpracy' },
  en: {
    title: 'Partnership agreement signed',
    history: 'History of the partnership',
    covers: 'What the partnership covers',
  },
};

/** A language's name in Polish or English: "niemiecki", "German". */
const languageIn = (reader: 'pl' | 'en', lang: string) =>
  new Intl.DisplayNames([reader], { type: 'language' }).of(lang) ?? lang;

/**
 * The files of a new partner, every field present and explained in comments. Values to be typed
 * are `TODO`, which the check refuses, so a half-filled scaffold can never be published by mistake.
 */
export function scaffoldPartner(slug: string, town: HomeTown): Record<string, string> {
  const fields = recordFields(town);
  if (!slugPattern.test(slug)) throw new Error(`bad slug: ${slug}`);
  const p = (key: string, indent = '') => explain(fields, 'partner', defaultLocale, key, indent);

  const body = (lang: Locale) => {
    const d = starters[lang];
    return `
## ${d?.history ?? placeholder}

${placeholder} ${lang === 'pl' ? '(Opowiedz historię partnerstwa. Pusta linia rozdziela akapity.)' : '(Tell the story of the partnership. An empty line separates paragraphs.)'}

## ${d?.covers ?? placeholder}

- ${placeholder}
`;
  };

  const polish = `---
# Fakty o partnerstwie (takie same w każdym języku) i tekst po polsku; teksty w innych językach są w
# index.<język>.md obok tego pliku.
# The facts of the partnership (the same in every language) and the Polish text; the texts in other
# languages are in index.<language>.md beside this file.
# Zastąp każde ${placeholder} wartością, potem uruchom \`npm run check\`.
# Replace every ${placeholder} with a value, then run \`npm run check\`.

${p('name')}
name: ${placeholder}

${p('region')}
# Usuń linię, jeśli niepotrzebna. / Delete the line if not needed.
region: ${placeholder}

${p('description')}
description: ${placeholder}

${p('ownName')}
ownName: ${placeholder}

${p('nameLang')}
nameLang: ${placeholder}

${p('country')}
country: ${placeholder}

${p('scope')}
scope: international

${p('website')}
# Usuń linię, jeśli miasto nie ma strony. / Delete the line if the town has no website.
website: ${placeholder}

${p('websiteKind')}
# Usuń linię razem z website albo jeśli nie wiesz. / Delete the line with website, or if unsure.
websiteKind: ${placeholder}

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
  - id: signed-home
${p('events[].kind', '    ')}
    kind: agreement-signed
${p('events[].date', '    ')}
    date: ${placeholder}
${p('events[].place', '    ')}
    place: home
${p('events[].title', '    ')}
    title: ${starters.pl!.title}
---
${body('pl')}`;

  const text = (lang: Locale) => {
    const t = (key: string, indent = '') => explain(fields, 'translation', lang, key, indent);
    return `---
# Tekst o partnerstwie w języku: ${languageIn('pl', lang)}; fakty są w index.pl.md. / The text about the partnership in ${languageIn('en', lang)}; the facts are in index.pl.md.
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
${t('events[].id', '    ')}
  - id: signed-home
${t('events[].title', '    ')}
    title: ${starters[lang]?.title ?? placeholder}
---
${body(lang)}`;
  };

  return {
    [layout.factsFile]: polish,
    ...Object.fromEntries(
      localeCodes.filter((l) => l !== defaultLocale).map((lang) => [layout.partnerFile(lang), text(lang)]),
    ),
  };
}
