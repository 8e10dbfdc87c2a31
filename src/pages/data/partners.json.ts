import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';

/** `data/partners.json`: every partner with its facts, areas and events, texts in every language. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getOpenData(site, import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
