import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { eventsCsv } from '../../features/open-data/open-data.ts';

/** `data/events.csv`: one row per event of every partner (RFC 4180, UTF-8). */
export const GET: APIRoute = async ({ site }) => {
  const data = await getOpenData(site, import.meta.env.BASE_URL);
  return new Response(eventsCsv(data), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
