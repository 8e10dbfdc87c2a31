import { homeTown } from '../config/home-town.ts';
import { localizedPath } from '../i18n/routes.ts';
import { dictionaries } from '../config/ui.ts';
import { buildOpenData } from '../features/open-data/open-data.ts';
import type { OpenData } from '../model/open-data.ts';
import { getPartnerRecords } from './partners.ts';
import { openDataSettings } from '../config/open-data.ts';

const cache = new Map<string, Promise<OpenData>>();

/** The open data set, with absolute page addresses on the configured site and base; built once per build. */
export function getOpenData(site: URL | undefined, base: string): Promise<OpenData> {
  if (!site) throw new Error('The open data files need the site address: set `site` in astro.config.mjs.');
  const key = `${site.href}|${base}`;
  let data = cache.get(key);
  if (!data) cache.set(key, (data = build(site, base)));
  return data;
}

async function build(site: URL, base: string): Promise<OpenData> {
  return buildOpenData(await getPartnerRecords(), {
    town: homeTown,
    licence: openDataSettings.licence.value!,
    ui: dictionaries,
    pageUrl: (page, locale) => new URL(localizedPath(page, locale, base), site).href,
  });
}
