import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { homeTown } from '../../config/home-town.ts';
import { dataFiles } from '../../features/open-data/open-data.ts';
import { openDataSchema } from '../../model/open-data.ts';

/** `data/partners.schema.json`: the JSON Schema of `partners.json`, generated from its zod schema. */
export const GET: APIRoute = ({ site }) => {
  const schema = {
    ...z.toJSONSchema(openDataSchema(homeTown), { io: 'output' }),
    ...(site ? { $id: new URL(`${import.meta.env.BASE_URL}${dataFiles.schema}`, site).href } : {}),
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
