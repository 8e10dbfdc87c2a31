/**
 * Copies of the site. The site has one production address, the home town's `site` (origin and folder,
 * `src/config/home-town.ts`). A build for any other address is a copy: a pull request's preview, the
 * github.io copy of `main`, a test build served elsewhere. A copy must not compete with the real pages in
 * search engines, so every page of it says `noindex`, its canonical link and language alternates name the
 * production page, its robots.txt names no sitemap and its sitemap lists no page.
 *
 * Moving the site for good is a change of the home town's `site`, not a build for another address.
 */

/** A public address: the origin and the folder the site is published in. */
export interface SiteAddress {
  /** `https://www.zywiec.pl` (a trailing slash or a path is ignored: only the origin counts). */
  site: string;
  /** `/miasta-partnerskie/` (slashes at either end optional). */
  base: string;
}

/** The address as one absolute URL of the site's root folder, ending in a slash. */
export function siteRoot({ site, base }: SiteAddress): string {
  const folder = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(folder, new URL(site).origin).href;
}

/** True when a build for `address` is a copy of the site published at `production`. */
export function isCopy(address: SiteAddress, production: SiteAddress): boolean {
  return siteRoot(address) !== siteRoot(production);
}

/**
 * The address the pages' canonical links and alternates use: the production one, on the production site
 * and on every copy alike.
 */
export function canonicalAddress(address: SiteAddress, production: SiteAddress): SiteAddress & { copy: boolean } {
  const copy = isCopy(address, production);
  return { ...(copy ? production : address), copy };
}
