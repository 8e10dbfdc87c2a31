import type { Bilingual } from '../../model/field-meta.ts';
import type { HomeTown } from '../../model/home-town.ts';
import { recordKinds, recordSchemas, type RecordKind } from '../../model/records.ts';
import { schemaFields, type SchemaField } from '../../model/schema-fields.ts';

/**
 * What each frontmatter field means and what a good value looks like, in Polish and English, read from
 * the descriptions on the zod schemas (`src/model/`). It serves the check's messages and its list of
 * known fields, the descriptions in the editor's JSON Schema and the comments of the `new-partner` scaffold.
 *
 * Keys are field paths with `[]` for any list item (`events[].date`, `coordinates.latitude`).
 */
export interface FieldGuide {
  pl: string;
  en: string;
  label: Bilingual;
  /** A good value as it would be typed in YAML. */
  example?: string;
  /** For fields with a fixed list of values. */
  values?: readonly string[];
}

export type { RecordKind };

/** A field nobody described yet still works everywhere, named by its key; a test asks for a description. */
function guideOf(field: SchemaField): FieldGuide {
  const d = field.description;
  return {
    pl: d?.help.pl ?? field.key,
    en: d?.help.en ?? field.key,
    label: d?.label ?? { pl: field.name, en: field.name },
    ...(d?.example !== undefined ? { example: d.example } : {}),
    ...(field.values ? { values: field.values } : {}),
  };
}

export type FieldGuides = Record<RecordKind, Record<string, FieldGuide>>;

const built = new WeakMap<HomeTown, FieldGuides>();

/** The guide of every field of every kind of record, for a home town (built once per town). */
export function fieldGuides(town: HomeTown): FieldGuides {
  let guides = built.get(town);
  if (!guides) {
    const schemas = recordSchemas(town);
    guides = Object.fromEntries(
      recordKinds.map((kind) => [
        kind,
        Object.fromEntries(schemaFields(schemas[kind]()).map((field) => [field.key, guideOf(field)])),
      ]),
    ) as FieldGuides;
    built.set(town, guides);
  }
  return guides;
}

/** The guide key of a concrete path: list indexes become `[]`. */
export function guideKey(_kind: RecordKind, path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += '[]';
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
