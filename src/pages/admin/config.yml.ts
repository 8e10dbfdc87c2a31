import type { APIRoute } from 'astro';
import { cmsBackend, cmsMedia } from '../../config/cms.ts';
import { contentDir } from '../../model/layout.ts';
import { cmsConfigYaml } from '../../features/cms/site-config.ts';

/** The CMS's configuration, generated from the schemas. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const yaml = cmsConfigYaml({
    backend: cmsBackend(),
    contentDir: contentDir(),
    ...cmsMedia(base),
    siteUrl: new URL(base, site).href,
  });
  return new Response(yaml, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
