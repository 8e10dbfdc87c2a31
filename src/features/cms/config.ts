import { z } from 'astro/zod';
import { helpFor, type FieldDescription } from '../../model/field-meta.ts';
import type { HomeTown } from '../../model/home-town.ts';
import { recordSchemas, type RecordKind } from '../../model/records.ts';
import { countryCodes } from '../../model/countries.ts';
import { choiceLabels, countryNames } from '../authoring/field-choices.ts';
import { schemaFields, type SchemaField } from '../../model/schema-fields.ts';
import { uploadLimit } from './admin-page.ts';

/** A field of Decap CMS's configuration (only the keys we write). */
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Labelled keys of a map field (`events.*`), known from the content: a form cannot offer "any key". */
export type MapKeys = Record<string, { key: string; label: string }[]>;

/**
 * Where a picture field's uploads go: `''` is the record's own folder (Decap's folder relative to the
 * entry), an absolute `/…` a folder from the repository's root. Either way the file lies where the build
 * looks for it and the field holds just its name (`herb.png`).
 */
export interface PictureFolder {
  mediaFolder: string;
}

/** How the fields of a form are generated. */
export interface FieldOptions {
  mapKeys?: MapKeys;
  pictures?: PictureFolder;
  /**
   * For a form that writes one file per language (Decap's i18n): the schema keys of the fields each
   * language has its own value of. Every other field is written in the default language's file only.
   */
  translatable?: ReadonlySet<string>;
}

type JsonSchema = Record<string, unknown>;

/** What may be typed into a field: the JSON Schema of its input, with what its description adds. */
function inputSchema(field: SchemaField): JsonSchema {
  const json = z.toJSONSchema(field.core, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return { ...json, ...field.description?.input };
}

/** The string branch of a schema that allows several forms (a date: a string, or a year as a number). */
function stringForm(json: JsonSchema): JsonSchema | undefined {
  if (json.type === 'string') return json;
  const options = (json.anyOf ?? json.oneOf) as JsonSchema[] | undefined;
  return options?.find((o) => o.type === 'string');
}

const lengthPattern = (min?: number, max?: number) => `^[\\s\\S]{${min ?? 0},${max ?? ''}}$`;

/** The form's own rule for a text: its pattern, or its length as a pattern, with the help as the message. */
function textRules(json: JsonSchema, help: string): Record<string, unknown> {
  const pattern = json.pattern as string | undefined;
  const min = json.minLength as number | undefined;
  const max = json.maxLength as number | undefined;
  if (pattern) return { pattern: [pattern, help] };
  if ((min ?? 0) > 1 || max !== undefined) return { pattern: [lengthPattern(min, max), help] };
  return {};
}

function choiceOptions(description: FieldDescription | undefined, values: readonly string[]) {
  const labels = description ? choiceLabels(description, values) : undefined;
  // The form shows the words alone: the value written to the file is no concern of the editor's.
  return values.map((value, i) => ({ value, label: labels ? labels[i]!.pl : value }));
}

function countryOptions() {
  return countryCodes
    .map((code) => ({ value: code, label: countryNames(code).pl }))
    .sort((a, b) => a.label.localeCompare(b.label, 'pl'));
}

/**
 * The Decap field for a schema field, in Polish (the CMS's interface language): its widget from what the
 * value is, the label and help from its description, and every rule a form can hold (required, pattern,
 * length, choices, range). Rules across files stay with the check on the pull request.
 */
export function decapField(field: SchemaField, all: SchemaField[], options: FieldOptions = {}): DecapField | undefined {
  const { mapKeys = {}, pictures, translatable } = options;
  const d = field.description;
  const help = d ? helpFor(d, 'form').pl : '';
  const base = {
    name: field.name,
    label: d?.label.pl ?? field.name,
    ...(help ? { hint: help } : {}),
    required: !field.optional,
    ...(translatable?.has(field.key) ? { i18n: true } : {}),
  };
  const children = (key: string) =>
    all
      .filter((f) => f.parent === key)
      .map((f) => decapField(f, all, options))
      .filter((f): f is DecapField => f !== undefined);
  const type = (field.core._zod.def as { type: string }).type;
  const json = inputSchema(field);

  if (d?.picture) {
    // Without the record's folder (a form for many records) the field is typed by hand.
    if (!pictures) return { ...base, widget: 'string' };
    return {
      ...base,
      widget: 'image',
      choose_url: false,
      media_folder: pictures.mediaFolder,
      // The field holds the file's name alone, as the build reads it beside the record.
      public_folder: '',
      media_library: { allow_multiple: false, config: { max_file_size: uploadLimit } },
    };
  }
  if (field.values) return { ...base, widget: 'select', options: choiceOptions(d, field.values) };
  if (d?.choices === 'countries') return { ...base, widget: 'select', options: countryOptions() };
  if (type === 'object') return { ...base, widget: 'object', collapsed: false, fields: children(field.key) };
  if (type === 'array') {
    const item = all.find((f) => f.parent === field.key)!;
    const count = {
      ...(json.minItems !== undefined ? { min: json.minItems } : {}),
      ...(json.maxItems !== undefined ? { max: json.maxItems } : {}),
    };
    if (item.values)
      return {
        ...base,
        ...count,
        widget: 'select',
        multiple: true,
        options: choiceOptions(item.description, item.values),
        // Decap's multiple select, when required and empty, sets itself to [] as it appears; in another
        // language's pane (where a fact is hidden) that [] would be written into that language's file. An
        // empty list to start with stops it, and "required" still refuses saving it empty.
        ...(field.optional ? {} : { default: [] }),
      };
    const itemType = (item.core._zod.def as { type: string }).type;
    if (itemType === 'object')
      return {
        ...base,
        ...count,
        widget: 'list',
        ...(item.description ? { label_singular: item.description.label.pl } : {}),
        collapsed: false,
        fields: children(item.key),
      };
    return { ...base, ...count, widget: 'list' };
  }
  if (type === 'record') {
    const item = all.find((f) => f.parent === field.key)!;
    const keys = mapKeys[field.key] ?? [];
    // A map is written as one object per key the content knows (an event's texts under its id).
    if (keys.length === 0) return undefined;
    return {
      ...base,
      required: false,
      widget: 'object',
      collapsed: false,
      fields: keys.map(({ key, label }) => ({
        name: key,
        label,
        widget: 'object',
        required: false,
        collapsed: false,
        ...(item.description ? { hint: helpFor(item.description, 'form').pl } : {}),
        fields: children(item.key).map((f) => ({ ...f, required: false })),
      })),
    };
  }
  if (json.type === 'number' || json.type === 'integer') {
    return {
      ...base,
      widget: 'number',
      value_type: json.type === 'integer' ? 'int' : 'float',
      step: json.type === 'integer' ? 1 : 0.0001,
      ...(json.minimum !== undefined ? { min: json.minimum } : {}),
      ...(json.maximum !== undefined ? { max: json.maximum } : {}),
    };
  }
  const text = stringForm(json) ?? {};
  return { ...base, widget: d?.multiline ? 'text' : 'string', ...textRules(text, help) };
}

/** Every field of a record as Decap fields, in the schema's order. */
export function decapFields(kind: RecordKind, town: HomeTown, options: FieldOptions = {}): DecapField[] {
  const all = schemaFields(recordSchemas(town)[kind]());
  return all
    .filter((f) => f.parent === '')
    .map((f) => decapField(f, all, options))
    .filter((f): f is DecapField => f !== undefined);
}

/** The schema keys of a record's fields (`name`, `events[]`, `events[].title`…). */
export const fieldKeys = (kind: RecordKind, town: HomeTown): Set<string> =>
  new Set(schemaFields(recordSchemas(town)[kind]()).map((f) => f.key));

/** The Markdown body of a text, limited to what the site renders (no raw HTML, no images in the text). */
export const bodyField = (label: string, hint: string): DecapField => ({
  name: 'body',
  label,
  hint,
  widget: 'markdown',
  // The check refuses a text without one (empty-text): the page would show the fields alone.
  required: true,
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
  sanitize_preview: true,
});
