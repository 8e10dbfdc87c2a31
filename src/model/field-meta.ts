import { z } from 'astro/zod';

/** A text in Polish and English: the staff read Polish first. */
export interface Bilingual {
  pl: string;
  en: string;
}

/**
 * Where the labels of a field's fixed values come from: written beside the field, or a section of the
 * UI dictionaries (`src/i18n/ui/*.ts`) that already names them on the site; `countries` are the ISO
 * 3166-1 regions named by the locale (`Intl.DisplayNames`).
 */
export type ChoiceLabels = Record<string, Bilingual> | 'areaLabels' | 'eventKinds' | 'countries';

/**
 * Everything an editor is told about one frontmatter field. It lives on the field's zod schema, and the
 * check's messages and list of known fields, the JSON Schemas for VS Code, the `new-partner` scaffold,
 * the CMS form and the guide's tables are all read from it.
 */
export interface FieldDescription {
  /** The field's name in a form. */
  label: Bilingual;
  /** What to write in the file, one or two sentences: the JSON Schemas, the guide's tables, the check. */
  help: Bilingual;
  /**
   * What to choose or type in the form, where it differs from the file's wording (no YAML, file names
   * or codes): the CMS shows this under the field. `helpFor` picks the wording for each.
   */
  form?: Bilingual;
  /**
   * A good value as it would be typed in YAML. A text's example is in the language of the file it is
   * typed in (Polish in `index.pl.md`, English in the others): a Polish sentence shown as the example for
   * an English file would mislead.
   */
  example?: string | Bilingual;
  /** Labels of the allowed values (the values themselves come from the schema or, for countries, the locale). */
  choices?: ChoiceLabels;
  /**
   * What may be typed where the schema transforms its input (a date), as JSON Schema: the transform
   * itself cannot be expressed, so the editor and the form are told this instead.
   */
  input?: Record<string, unknown>;
  /** The form shows this field as several lines of text. */
  multiline?: boolean;
  /** The value names a picture file in the record's own folder: the form uploads it there. */
  picture?: boolean;
}

/** Where a field's help is read: the form (Decap CMS), or the file (JSON Schema, the guide, the check). */
export type HelpTarget = 'form' | 'file';

/** A field's help as its target shows it: the form's own wording where there is one. */
export function helpFor(description: FieldDescription, target: HelpTarget): Bilingual {
  return target === 'form' ? (description.form ?? description.help) : description.help;
}

/** A field's example for a file written in `lang`: a text's own language, English for any other. */
export function exampleFor(description: FieldDescription | undefined, lang: string): string | undefined {
  const example = description?.example;
  if (example === undefined || typeof example === 'string') return example;
  return lang === 'pl' ? example.pl : example.en;
}

/** The registry of field descriptions: separate from zod's global one, so no JSON Schema gets it unasked. */
export const fieldRegistry = z.registry<FieldDescription>();

/** Attaches its description to a field's schema (the outermost one, as it sits in its object). */
export function described<T extends z.ZodType>(schema: T, description: FieldDescription): T {
  // zod types a registry's metadata against each schema's output; ours is the same for every schema.
  fieldRegistry.add(schema as z.ZodType, description as never);
  return schema;
}

/** The description of a schema, looked for through optional, default and pipe wrappers. */
export function descriptionOf(schema: z.ZodType): FieldDescription | undefined {
  let node: z.ZodType | undefined = schema;
  while (node) {
    const found = fieldRegistry.get(node);
    if (found) return found;
    node = innerOf(node);
  }
  return undefined;
}

/** The schema inside a wrapper (optional, default, nullable, pipe), or undefined. */
export function innerOf(schema: z.ZodType): z.ZodType | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return def.innerType as z.ZodType;
    case 'pipe':
      return def.in as z.ZodType;
    default:
      return undefined;
  }
}
