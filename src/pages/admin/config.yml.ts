import type { APIRoute } from 'astro';
import { cmsBackend, cmsMedia } from '../../config/cms.ts';
import { contentDir } from '../../model/layout.ts';
import { cmsConfigYaml } from '../../features/cms/site-config.ts';
import { homeTown } from '../../config/home-town.ts';

/** The CMS's configuration, generated from the schemas. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const yaml = cmsConfigYaml({
    town: homeTown,
    backend: cmsBackend(),
    contentDir: contentDir(),
    ...cmsMedia(base),
    siteUrl: new URL(base, site).href,
  });
  return new Response(yaml, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
