/**
 * `npm run -s release-checks -- <dist>`: the requests the town's server makes through its nginx before it
 * keeps a new release (`.deploy/releases/partner-cities-deploy`), one a line: the status expected, the path
 * and the page's language. In every language: the home page, a partner's page and an address that does
 * not exist (the language's 404 page). Paths come from the site's routes for the address being built
 * (`SITE_URL`/`BASE_PATH`, as for the build), so a renamed route renames its check.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { siteAddress } from '../config/site.ts';
import { defaultLocale, localeCodes } from '../blocks/locales.ts';
import { localizedPath } from '../i18n/routes.ts';

/** A path under the base that no page has: the check expects the language's 404 page. */
const missingPage = 'nie-ma-takiej-strony-sprawdzenie-wydania/';

function releaseChecks(dist: string, base: string): string[] {
  // The partner with the first folder name in the default language's folder of partners.
  const marker = '__partner__';
  const partnerDir = localizedPath({ route: 'partner', params: { slug: marker } }, defaultLocale, '/')
    .replace(`${marker}/`, '')
    .replace(/^\//, '');
  const folder = join(dist, partnerDir);
  const slug = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => existsSync(join(folder, name, 'index.html')))
        .sort()[0]
    : undefined;
  return localeCodes.flatMap((locale) => [
    `200 ${localizedPath({ route: 'home' }, locale, base)} ${locale}`,
    ...(slug ? [`200 ${localizedPath({ route: 'partner', params: { slug } }, locale, base)} ${locale}`] : []),
    `404 ${localizedPath({ route: 'home' }, locale, base)}${missingPage} ${locale}`,
  ]);
}

const dist = process.argv[2];
if (!dist || !existsSync(join(dist, 'index.html'))) {
  console.error('Usage: npm run -s release-checks -- <built site folder with index.html>');
  process.exit(2);
}
console.log(releaseChecks(dist, siteAddress().base).join('\n'));
