/**
 * The public address of the site: the one place it is set. Override it for a preview or another host
 * with the environment variables SITE_URL (origin) and BASE_PATH (folder), e.g.
 * `SITE_URL=https://preview.example.org BASE_PATH=/ npm run build`.
 */
export const defaultSiteUrl = 'https://www.zywiec.pl';
export const defaultBasePath = '/miasta-partnerskie/';

/** Reads and normalises the address: origin without a trailing slash, base with slashes on both ends. */
export function siteAddress(env: Record<string, string | undefined> = process.env) {
  const site = new URL(env.SITE_URL?.trim() || defaultSiteUrl).origin;
  const rawBase = env.BASE_PATH?.trim() || defaultBasePath;
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}

/** The public body that publishes the site (the JSON-LD publisher). */
export const publisher = {
  name: 'Urząd Miejski w Żywcu',
  url: 'https://www.zywiec.pl/',
};
