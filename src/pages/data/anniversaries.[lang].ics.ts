import type { APIRoute, GetStaticPaths } from 'astro';
import { homeTown } from '../../config/home-town.ts';
import { getOpenData } from '../../data/open-data.ts';
import { isLocale, localeCodes } from '../../blocks/locales.ts';
import { useTranslations } from '../../config/ui.ts';
import { anniversariesIcs } from '../../features/open-data/open-data.ts';

/** `data/anniversaries.<lang>.ics`: the yearly anniversaries of the agreements and milestones, one file per language. */
export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { lang } = params;
  if (!isLocale(lang)) throw new Error(`No calendar in "${lang}".`);
  const data = await getOpenData(site, import.meta.env.BASE_URL);
  const host = site?.hostname ?? 'localhost';
  return new Response(anniversariesIcs(data, lang, useTranslations(lang), host, homeTown), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
