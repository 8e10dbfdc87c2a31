import { describe, expect, it } from 'vitest';
import { testCmsSettings } from '../helpers/cms-settings.ts';
import { areaKeys } from '../../src/model/areas.ts';
import { eventKinds } from '../../src/model/events.ts';
import { websiteKinds } from '../../src/model/partner.ts';
import { decapFields, type DecapField } from '../../src/features/cms/config.ts';
import { cmsConfig } from '../../src/features/cms/site-config.ts';
import { localeCodes } from '../../src/blocks/locales.ts';
import { schemaFields } from '../../src/model/schema-fields.ts';
import { recordKinds, recordSchemas } from '../../src/model/records.ts';
import { descriptionLength } from '../../src/model/translation.ts';
import { homeTown } from '../../src/config/home-town.ts';
import { dictionaries } from '../../src/config/ui.ts';

const settings = testCmsSettings;
interface Collection {
  name: string;
  folder?: string;
  path?: string;
  create?: boolean;
  i18n?: { structure: string; locales: string[]; default_locale: string };
  media_folder?: string;
  public_folder?: string;
  fields?: DecapField[];
  files?: { file: string; fields: DecapField[] }[];
}
const config = cmsConfig(settings) as { locale: string; publish_mode: string; collections: Collection[] };
const partners = config.collections.find((c) => c.name === 'partners')!;

const find = (fields: DecapField[], path: string): DecapField => {
  let list = fields;
  let found: DecapField | undefined;
  for (const name of path.split('.')) {
    found = list.find((f) => f.name === name);
    if (!found) throw new Error(`no field ${path}`);
    list = (found.fields ?? []) as DecapField[];
  }
  return found!;
};
const rule = (field: DecapField) => new RegExp((field.pattern as [string, string])[0]);

describe('the CMS configuration', () => {
  it('is in Polish and saves every change as a pull request', () => {
    expect(config.locale).toBe('pl');
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it("writes each partner where the build reads it: index.<lang>.md in the partner's folder, a new partner too", () => {
    // Decap's i18n (multiple_files) names a file `<folder>/<path>.<locale>.<extension>`.
    expect(partners).toMatchObject({ folder: 'content/partners', path: '{{slug}}/index', create: true });
    expect(partners.i18n).toEqual({ structure: 'multiple_files', locales: [...localeCodes], default_locale: 'pl' });
    const home = config.collections.find((c) => c.name === 'home')!;
    expect(home.files!.map((f) => f.file)).toEqual(localeCodes.map((l) => `content/pages/${l}/home.md`));
  });

  it('holds every field of every schema', () => {
    const names = (fields: DecapField[]): string[] =>
      fields.flatMap((f) => [f.name, ...names((f.fields ?? []) as DecapField[])]);
    const home = config.collections.find((c) => c.name === 'home')!;
    const formOf = { partner: partners.fields!, translation: partners.fields!, page: home.files![0]!.fields } as const;
    for (const kind of recordKinds) {
      const inForm = new Set(names(formOf[kind]));
      const missing = schemaFields(recordSchemas(homeTown)[kind]())
        .filter((f) => f.name !== '[]' && f.name !== '*')
        .map((f) => f.key)
        .filter((key) => !inForm.has(key.split('.').at(-1)!.replace('[]', '')));
      expect(missing, kind).toEqual([]);
    }
  });

  it("writes in the other languages' files exactly the fields of a translation, the facts in the Polish file only", () => {
    // Decap writes a field into every language's file when it is marked i18n, else into the default's.
    const marked = (fields: DecapField[], prefix = ''): string[] =>
      fields.flatMap((f) => {
        const key = `${prefix}${f.name}`;
        const inner = (f.fields ?? []) as DecapField[];
        const childPrefix = f.widget === 'list' || f.name === 'events' ? `${key}[].` : `${key}.`;
        return [...(f.i18n === true ? [key] : []), ...marked(inner, childPrefix)];
      });
    const translation = schemaFields(recordSchemas(homeTown).translation())
      .filter((f) => f.name !== '[]')
      .map((f) => f.key);
    expect(marked(partners.fields!).sort()).toEqual([...translation, 'body'].sort());
    const facts = marked(partners.fields!);
    for (const fact of ['ownName', 'country', 'coordinates', 'areas', 'emblem', 'events[].kind', 'events[].date'])
      expect(facts).not.toContain(fact);
  });
});

describe('the forms hold the rules of the schemas', () => {
  const partner = decapFields('partner', homeTown);
  const translation = decapFields('translation', homeTown);

  it('marks what is required, and only that', () => {
    expect(find(partner, 'name').required).toBe(true);
    expect(find(partner, 'website').required).toBe(false);
    expect(find(partner, 'events.place').required).toBe(false);
    expect(find(translation, 'region').required).toBe(false);
  });

  it('checks patterns and lengths as the schema does', () => {
    const lang = rule(find(partner, 'nameLang'));
    expect(['sk', 'en-GB'].every((v) => lang.test(v))).toBe(true);
    expect(lang.test('Slovak')).toBe(false);
    const description = rule(find(translation, 'description'));
    const { min, max } = descriptionLength;
    expect(description.test('x'.repeat(min - 1))).toBe(false);
    expect(description.test('x'.repeat(min))).toBe(true);
    expect(description.test('x'.repeat(max))).toBe(true);
    expect(description.test('x'.repeat(max + 1))).toBe(false);
  });

  it('takes a day, a month or a year as the date, and nothing else', () => {
    const date = rule(find(partner, 'events.date'));
    expect(['1995-07-15', '1998-08', '1998'].every((v) => date.test(v))).toBe(true);
    expect(['15.06.1996', '98-08', ''].some((v) => date.test(v))).toBe(false);
  });

  it('offers choices with their labels: areas several at once, countries named in Polish', () => {
    const areas = find(partner, 'areas');
    expect(areas).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect((areas.options as { value: string }[]).map((o) => o.value)).toEqual([...areaKeys]);
    // The form shows the words alone, not the value written to the file.
    expect(areas.options).toContainEqual({ value: 'culture', label: dictionaries.pl.areaLabels.culture });
    const country = find(partner, 'country');
    expect(country.options).toContainEqual({ value: 'DE', label: 'Niemcy' });
    expect(find(partner, 'events.kind').widget).toBe('select');
    expect((find(partner, 'events.kind').options as { value: string }[]).map((o) => o.value)).toEqual([...eventKinds]);
    const websiteKind = find(partner, 'websiteKind');
    expect(websiteKind).toMatchObject({ widget: 'select', required: false });
    expect((websiteKind.options as { value: string }[]).map((o) => o.value)).toEqual([...websiteKinds]);
  });

  it("uploads the partner's main picture into the partner's own folder, the field holding the file's name", () => {
    // A folder relative to the entry ('') is the entry's own folder, `content/partners/<slug>/`.
    expect(find(partners.fields!, 'emblem')).toMatchObject({
      widget: 'image',
      required: false,
      media_folder: '',
      public_folder: '',
    });
    expect(partners).toMatchObject({ media_folder: '', public_folder: '' });
  });

  it('takes coordinates as numbers in their range', () => {
    expect(find(partner, 'coordinates.latitude')).toMatchObject({ widget: 'number', min: -90, max: 90 });
    expect(find(partner, 'coordinates.longitude')).toMatchObject({ widget: 'number', min: -180, max: 180 });
  });

  it("gives each of the partner's events its title and venue: beside its facts in Polish, under its id in the other texts", () => {
    expect(find(partner, 'events.title')).toMatchObject({ widget: 'string', label: 'Tytuł', required: false });
    expect(find(partner, 'events.venue').required).toBe(false);
    expect(find(translation, 'events')).toMatchObject({ widget: 'list' });
    expect(find(translation, 'events.id')).toMatchObject({ widget: 'string', required: true });
    expect(find(translation, 'events.title')).toMatchObject({ widget: 'string', label: 'Tytuł' });
    expect(find(translation, 'events.venue').required).toBe(false);
    expect(find(translation, 'events.party')).toMatchObject({ widget: 'string', required: false });
    expect(find(translation, 'emblemAlt')).toMatchObject({ widget: 'string', required: false });
    // The facts of an event are written once, in the Polish file.
    expect((find(translation, 'events').fields as { name: string }[]).map((f) => f.name)).toEqual([
      'id',
      'title',
      'venue',
      'party',
    ]);
  });
});

describe('the deploy preview', () => {
  it('is read from the pull request workflow’s deploy/preview status, and opens the partner’s own page', async () => {
    const { cmsBackend, previewStatusContext } = await import('../../src/config/cms.ts');
    expect(cmsBackend({}).preview_context).toBe(previewStatusContext);
    const partners = config.collections.find((c) => c.name === 'partners') as unknown as Record<string, string>;
    // Decap fills {{dirname}} with the entry's folder below the collection's: the partner's slug.
    expect(partners.preview_path).toBe('miasta/{{dirname}}/');
  });
});
