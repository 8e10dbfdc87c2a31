import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { HomeTown } from '../../model/home-town.ts';
import { layout } from '../../model/layout.ts';
import { recordKinds, recordSchemas, textLanguagesOf, type RecordKind } from '../../model/records.ts';
import { exampleFor } from '../../model/field-meta.ts';
import { choiceLabels } from './field-choices.ts';
import { schemaFields } from '../../model/schema-fields.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };

/** The JSON Schema node of a guide key (`events[].date` → properties.events.items.properties.date). */
function nodeAt(root: JsonSchema, key: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const part of key.match(/[^.[\]]+|\[\]/g) ?? []) {
    if (!node) return undefined;
    if (part === '[]') node = node.items as JsonSchema | undefined;
    else node = node.properties?.[part];
  }
  return node;
}

/**
 * The JSON Schema of a record's frontmatter, generated from its zod schema (the input side: what staff
 * type, before dates and websites are transformed), with the guide's Polish and English explanations
 * and examples added for hover and completion in the editor.
 */
export function frontmatterJsonSchema(kind: RecordKind, town: HomeTown): JsonSchema {
  const make = recordSchemas(town)[kind];
  const schema = z.toJSONSchema(make(), {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  }) as JsonSchema;
  for (const field of schemaFields(make())) {
    const node = nodeAt(schema, field.key);
    const d = field.description;
    if (!node || !d) continue;
    node.title = `${d.label.pl} / ${d.label.en}`;
    node.description = `${d.help.pl}\n\n${d.help.en}`;
    // Examples are written as YAML in the descriptions; the schema wants the value itself. A text's
    // example is given in each language this kind of file is written in.
    const examples = new Set(textLanguagesOf(kind).flatMap((lang) => exampleFor(d, lang) ?? []));
    if (examples.size > 0) node.examples = [...examples].map((e) => parseYaml(e) as unknown);
    const labels = field.values && choiceLabels(d, field.values);
    if (labels) node.enumDescriptions = labels.map((l) => `${l.pl} / ${l.en}`);
    // A transform in zod is "anything" in the generated schema: say what the transform accepts.
    if (d.input) Object.assign(node, d.input);
  }
  return {
    ...schema,
    title: `${kind} — content/${kind === 'partner' ? `${layout.partners}/<slug>/${layout.factsFile}` : kind === 'translation' ? `${layout.partners}/<slug>/${layout.partnerFile('<lang>')}` : `${layout.pages}/${layout.pageFile('<lang>', '<page>')}`}`,
    // The YAML extension reads a frontmatter-only file as two documents, the second one empty (after the
    // closing ---): let that one be null instead of reporting "expected object" on it.
    type: ['object', 'null'],
  };
}

/** Every schema as the text of its file under `.vscode/schemas/`. */
export function jsonSchemaFiles(town: HomeTown): Record<string, string> {
  return Object.fromEntries(
    recordKinds.map((kind) => [
      `${kind}.schema.json`,
      `${JSON.stringify(frontmatterJsonSchema(kind, town), null, 2)}\n`,
    ]),
  );
}
