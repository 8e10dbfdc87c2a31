/**
 * One description per field: a field added to a zod schema, with its description and nothing else edited,
 * reaches the check (known, did-you-mean), the JSON Schema for VS Code, the CMS's form and the guide's table.
 * The partner schema is replaced here by the real one plus one new field, as a developer would add it.
 */
import { z } from 'astro/zod';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decapFields } from '../../src/features/cms/config.ts';
import { recordFields } from '../../src/model/schema-fields.ts';
import { fieldTable } from '../../src/features/authoring/guide-tables.ts';
import { frontmatterJsonSchema } from '../../src/features/authoring/json-schema.ts';
import { contentFixture, type Fixture } from '../helpers/content-fixture.ts';
import { homeTown } from '../../src/config/home-town.ts';

// The unit tests share one module registry per worker (no isolation per file, see vitest.config.ts): this
// file loads fresh copies of the modules below, with the schema replaced, and drops them again when done.
vi.hoisted(() => vi.resetModules());
afterAll(() => {
  vi.doUnmock('../../src/model/partner.ts');
  vi.resetModules();
});

vi.mock('../../src/model/partner.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/partner.ts')>();
  const { described: describe } = await import('../../src/model/field-meta.ts');
  return {
    ...original,
    partnerSchema: (...args: Parameters<typeof original.partnerSchema>) =>
      original.partnerSchema(...args).extend({
        motto: describe(z.string().max(80).optional(), {
          label: { pl: 'Dewiza miasta', en: "Town's motto" },
          help: { pl: 'Dewiza miasta, do 80 znaków.', en: "The town's motto, up to 80 characters." },
          example: 'Per aspera ad astra',
        }),
      }),
  };
});

const riom = 'content/partners/riom/index.pl.md';
let fx: Fixture;
beforeEach(() => {
  fx = contentFixture();
});
afterEach(() => fx.dispose());

describe('a field added to a schema', () => {
  it('is known to the check, whose did-you-mean offers it', async () => {
    expect(recordFields(homeTown).partner.motto!.description).toMatchObject({
      help: { pl: 'Dewiza miasta, do 80 znaków.' },
      example: 'Per aspera ad astra',
    });
    fx.edit(riom, 'scope: international', 'scope: international\nmotto: Per aspera ad astra');
    expect((await fx.check()).problems).toEqual([]);
    fx.edit(riom, 'motto:', 'mottto:');
    const { problems } = await fx.check();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unknown-field', value: 'mottto' });
    expect(problems[0]!.pl).toContain('Czy chodziło o „motto”?');
  });

  it('is in the JSON Schema for VS Code, described in both languages', () => {
    const motto = (frontmatterJsonSchema('partner', homeTown).properties as Record<string, Record<string, unknown>>)
      .motto;
    expect(motto).toMatchObject({ type: 'string', maxLength: 80, title: "Dewiza miasta / Town's motto" });
    expect(motto!.description).toContain('Dewiza miasta, do 80 znaków.');
    expect(motto!.description).toContain("The town's motto, up to 80 characters.");
  });

  it("is in the CMS's form, with its Polish label, help and length rule", () => {
    const field = decapFields('partner', homeTown).find((f) => f.name === 'motto');
    expect(field).toMatchObject({ label: 'Dewiza miasta', hint: 'Dewiza miasta, do 80 znaków.', widget: 'string' });
    expect(field!.required).toBe(false);
    const [pattern] = field!.pattern as [string, string];
    expect(new RegExp(pattern).test('x'.repeat(80))).toBe(true);
    expect(new RegExp(pattern).test('x'.repeat(81))).toBe(false);
  });

  it("is in the guide's field table", () => {
    expect(fieldTable('partner', 'pl', homeTown)).toContain(
      '| `motto` | Dewiza miasta | Dewiza miasta, do 80 znaków. | `Per aspera ad astra` |',
    );
  });
});
