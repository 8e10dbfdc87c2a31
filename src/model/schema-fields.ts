import type { z } from 'astro/zod';
import { descriptionOf, innerOf, type FieldDescription } from './field-meta.ts';
import type { HomeTown } from './home-town.ts';
import { recordKinds, recordSchemas, type RecordKind } from './records.ts';

/** One field of a record's frontmatter, as found in its zod schema. */
export interface SchemaField {
  /** Path with `[]` for any list item and `*` for any key of a map: `events[].date`, `events.*.title`. */
  key: string;
  /** The field's own name (`date`), `[]` or `*` for an item. */
  name: string;
  /** The key of the field it sits in, '' at the top. */
  parent: string;
  /** The field's schema as it sits in its object (optional and default wrappers included). */
  schema: z.ZodType;
  /** The innermost schema: what the value is (object, array, enum, string…). */
  core: z.ZodType;
  /** May be left out. */
  optional: boolean;
  /** The allowed values, when the schema has a fixed list. */
  values?: readonly string[];
  description?: FieldDescription;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The schema inside every wrapper, and whether a wrapper made it optional. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean } {
  let core = schema;
  let optional = false;
  for (let inner = innerOf(core); inner; inner = innerOf(core)) {
    if (['optional', 'default', 'prefault'].includes(defOf(core).type)) optional = true;
    core = inner;
  }
  return { core, optional };
}

/**
 * Every field of a frontmatter schema, parents before their fields, in the schema's order. Objects,
 * lists and maps are followed into; wrappers (optional, default, transforms) are looked through.
 */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const out: SchemaField[] = [];
  const walk = (node: z.ZodType, prefix: string) => {
    const def = defOf(unwrap(node).core);
    const visit = (name: string, key: string, child: z.ZodType) => {
      const { core, optional } = unwrap(child);
      const coreDef = defOf(core);
      const description = descriptionOf(child);
      const accepted = coreDef.type === 'enum' ? Object.values(coreDef.entries as Record<string, string>) : undefined;
      // A value accepted but given no label (an older spelling, such as the town's identifier for `home`)
      // still passes the check, but is not offered in the form or the guide.
      const labelled = typeof description?.choices === 'object' ? Object.keys(description.choices) : undefined;
      const values = labelled ? accepted?.filter((v) => labelled.includes(v)) : accepted;
      out.push({
        key,
        name,
        parent: prefix,
        schema: child,
        core,
        optional,
        ...(values ? { values } : {}),
        ...(description ? { description } : {}),
      });
      walk(child, key);
    };
    if (def.type === 'object') {
      for (const [name, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        visit(name, prefix ? `${prefix}.${name}` : name, child);
      }
    } else if (def.type === 'array') {
      visit('[]', `${prefix}[]`, def.element as z.ZodType);
    } else if (def.type === 'record') {
      visit('*', `${prefix}.*`, def.valueType as z.ZodType);
    }
  };
  walk(schema, '');
  return out;
}

/** The key of a concrete path in a record (`events`, 1, `date` → `events[].date`): list indexes become `[]`. */
export function fieldKey(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += '[]';
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** What a field asks for, in a language: its help text, or its key while nobody has described it yet. */
export const helpOf = (field: SchemaField, lang: 'pl' | 'en'): string => field.description?.help[lang] ?? field.key;

export type RecordFields = Record<RecordKind, Readonly<Record<string, SchemaField>>>;

const byTown = new WeakMap<HomeTown, RecordFields>();

/** Every field of every kind of record by key, for a home town (walked once per town). */
export function recordFields(town: HomeTown): RecordFields {
  let fields = byTown.get(town);
  if (!fields) {
    const schemas = recordSchemas(town);
    fields = Object.fromEntries(
      recordKinds.map((kind) => [kind, Object.fromEntries(schemaFields(schemas[kind]()).map((f) => [f.key, f]))]),
    ) as RecordFields;
    byTown.set(town, fields);
  }
  return fields;
}
