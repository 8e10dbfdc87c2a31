import { homeTown } from './home-town.ts';

/**
 * The public address of the site, by default the home town's (`src/config/home-town.ts`). Override it for a preview or another host
 * with the environment variables SITE_URL (origin) and BASE_PATH (folder), e.g.
 * `SITE_URL=https://preview.example.org BASE_PATH=/ npm run build`.
 */
export const defaultSiteUrl = homeTown.site.url;
export const defaultBasePath = homeTown.site.basePath;

/** Reads and normalises the address: origin without a trailing slash, base with slashes on both ends. */
export function siteAddress(env: Record<string, string | undefined> = process.env) {
  const site = new URL(env.SITE_URL?.trim() || defaultSiteUrl).origin;
  const rawBase = env.BASE_PATH?.trim() || defaultBasePath;
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}

/** The public body that publishes the site (the JSON-LD publisher). */
export const publisher = {
  name: homeTown.office.name.pl,
  url: homeTown.office.url,
};
