import type { APIRoute } from 'astro';
import { homeTown } from '../../config/home-town.ts';
import { townNameIn } from '../../model/home-town.ts';
import { adminScriptName } from '../../features/cms/admin-page.ts';

const townGenitive = townNameIn(homeTown, 'pl', 'genitive');

/**
 * The CMS's page: Decap CMS, served from the site's own origin (its bundle is copied next to this page
 * by `src/integrations/cms.ts`), reading `config.yml` beside it. Kept out of search engines, the sitemap
 * and the search index.
 */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return new Response(
    `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Edycja treści — Miasta partnerskie ${townGenitive}</title>
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<link href="${base}admin/config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="${base}admin/decap-cms.js"></script>
<script src="${base}admin/${adminScriptName}"></script>
</body>
</html>
`,
    { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
};
