import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { dictionaries } from '../../i18n/ui/index.ts';
import { partnerSchema } from '../../schemas/partner.ts';
import { pageSchema, translationSchema } from '../../schemas/translation.ts';
import { fieldGuides, type RecordKind } from './fields.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };

export const recordSchemas: Record<RecordKind, () => z.ZodType> = {
  partner: partnerSchema,
  translation: translationSchema,
  page: pageSchema,
};

/** Labels shown beside each fixed value in the editor's completion list, from the UI dictionaries. */
function valueLabels(key: string, values: readonly string[]): string[] | undefined {
  const { pl, en } = dictionaries;
  if (key === 'areas[]')
    return values.map(
      (v) => `${pl.areaLabels[v as keyof typeof pl.areaLabels]} / ${en.areaLabels[v as keyof typeof en.areaLabels]}`,
    );
  if (key === 'events[].kind')
    return values.map(
      (v) => `${pl.eventKinds[v as keyof typeof pl.eventKinds]} / ${en.eventKinds[v as keyof typeof en.eventKinds]}`,
    );
  return undefined;
}

/** The JSON Schema node of a guide key (`events[].date` → properties.events.items.properties.date). */
function nodeAt(root: JsonSchema, key: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const part of key.match(/[^.[\]]+|\[\]/g) ?? []) {
    if (!node) return undefined;
    if (part === '[]') node = node.items as JsonSchema | undefined;
    else if (part === '*') node = node.additionalProperties as JsonSchema | undefined;
    else node = node.properties?.[part];
  }
  return node;
}

/**
 * The JSON Schema of a record's frontmatter, generated from its zod schema (the input side: what staff
 * type, before dates and websites are transformed), with the guide's Polish and English explanations
 * and examples added for hover and completion in the editor.
 */
export function frontmatterJsonSchema(kind: RecordKind): JsonSchema {
  const schema = z.toJSONSchema(recordSchemas[kind](), {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  }) as JsonSchema;
  for (const [key, guide] of Object.entries(fieldGuides[kind])) {
    const node = nodeAt(schema, key);
    if (!node) throw new Error(`The field guide names ${kind}.${key}, which the schema does not have.`);
    node.description = `${guide.pl}\n\n${guide.en}`;
    // Examples are written as YAML in the guide; the schema wants the value itself.
    if (guide.example !== undefined) node.examples = [parseYaml(guide.example) as unknown];
    const labels = guide.values && valueLabels(key, guide.values);
    if (labels) node.enumDescriptions = labels;
    if (key.endsWith('.date')) {
      // A transform in zod, so "anything" in the generated schema: describe what the transform accepts.
      node.anyOf = [
        { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
        { type: 'integer', minimum: 1000, maximum: 9999 },
      ];
    }
  }
  return {
    ...schema,
    title: `${kind} — content/${kind === 'partner' ? 'partners/<slug>/partner.md' : kind === 'translation' ? 'partners/<slug>/<lang>.md' : 'pages/<lang>/<page>.md'}`,
    // The YAML extension reads a frontmatter-only file as two documents, the second one empty (after the
    // closing ---): let that one be null instead of reporting "expected object" on it.
    type: ['object', 'null'],
  };
}

/** Every schema as the text of its file under `.vscode/schemas/`. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(recordSchemas) as RecordKind[]).map((kind) => [
      `${kind}.schema.json`,
      `${JSON.stringify(frontmatterJsonSchema(kind), null, 2)}\n`,
    ]),
  );
}
