import type { APIRoute } from 'astro';
import { cmsBackend, cmsMedia } from '../../config/cms.ts';
import { contentDir } from '../../config/content.ts';
import { getPartnerRecords } from '../../data/partners.ts';
import { useTranslations } from '../../i18n/ui/index.ts';
import { cmsConfigYaml } from '../../lib/cms/site-config.ts';

/** The CMS's configuration, generated from the schemas and the partners on record. */
export const GET: APIRoute = async ({ site }) => {
  const ui = useTranslations('pl');
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const partners = (await getPartnerRecords())
    .map((record) => ({
      slug: record.slug,
      label: record.texts.pl?.name ?? record.facts.ownName,
      events: record.facts.events.map((event) => ({
        id: event.id,
        label: `${record.texts.pl?.events[event.id]?.title ?? ui.eventKinds[event.kind]} (${event.date.iso})`,
      })),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'pl'));
  const yaml = cmsConfigYaml(
    {
      backend: cmsBackend(),
      contentDir: contentDir(),
      ...cmsMedia(base),
      siteUrl: new URL(base, site).href,
    },
    partners,
  );
  return new Response(yaml, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
