import { beforeAll, describe, expect, it } from 'vitest';
import { cmsBackend, cmsMedia } from '../../src/config/cms.ts';
import { cmsConfig } from '../../src/features/cms/site-config.ts';
import { decapConfigValidator, type ValidateConfig } from '../helpers/decap-config-schema.ts';
import { homeTown } from '../../src/config/home-town.ts';

const configFor = (env: Record<string, string>) =>
  cmsConfig({
    town: homeTown,
    backend: cmsBackend(env),
    contentDir: 'content',
    ...cmsMedia('/miasta-partnerskie/', env),
    siteUrl: 'https://www.zywiec.pl/miasta-partnerskie/',
  });

let validate: ValidateConfig;
beforeAll(async () => {
  validate = await decapConfigValidator();
}, 120_000);

describe("the generated CMS configuration, checked with Decap CMS's own configuration schema", () => {
  it('is valid for GitHub and for the local backend', () => {
    expect(() => validate(configFor({}))).not.toThrow();
    expect(() => validate(configFor({ CMS_PROXY_URL: 'http://localhost:8081/api/v1' }))).not.toThrow();
  });

  it('would notice a mistake: a field without a widget name, a wrong publish mode, a select without options', () => {
    type Fields = { fields: Record<string, unknown>[] };
    const config = configFor({}) as { collections: (Fields & { name: string; files?: Fields[] })[] };
    const partnerFields = (c: typeof config) => c.collections.find((x) => x.name === 'partners')!.fields;
    const broken = structuredClone(config) as typeof config & Record<string, unknown>;
    broken.publish_mode = 'pull-requests';
    expect(() => validate(broken)).toThrow(/publish_mode/);
    const noOptions = structuredClone(config);
    const country = partnerFields(noOptions).find((f) => f.name === 'country')!;
    delete country.options;
    expect(() => validate(noOptions)).toThrow(/options/);
    const badWidget = structuredClone(config);
    badWidget.collections[0]!.files![0]!.fields[0]!.name = 42 as never;
    expect(() => validate(badWidget)).toThrow(/name/);
  });
});
