import type { APIRoute } from 'astro';
import { siteAddress } from '../config/site.ts';
import { isCopy, siteRoot } from '../features/seo/site-copy.ts';

/**
 * Names the sitemap. Crawlers read robots.txt only at a host's root: when the site lives under a base
 * path, the host's own robots.txt must carry this Sitemap line too (see README). A copy of the site (a
 * preview) names no sitemap: its pages say `noindex`, and crawlers must be allowed to read that.
 */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const production = siteAddress({});
  const text = isCopy({ site: site!.href, base }, production)
    ? `# Kopia strony ${siteRoot(production)}: nie do indeksowania.\n# A copy of ${siteRoot(production)}: not for indexing.\nUser-agent: *\nAllow: /\n`
    : `User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${base.replace(/\/$/, '')}/sitemap-index.xml`, site).href}\n`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
