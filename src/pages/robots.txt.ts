import type { APIRoute } from 'astro';

/**
 * Names the sitemap. Crawlers read robots.txt only at a host's root: when the site lives under a base
 * path, the host's own robots.txt must carry this Sitemap line too (see README).
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
