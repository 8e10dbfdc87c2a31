import type { APIRoute, GetStaticPaths } from 'astro';
import { getPartners } from '../../data/partners.ts';
import { defaultLocale } from '../../blocks/locales.ts';
import { homeTown } from '../../config/home-town.ts';
import { partnerBaseMaps } from '../../features/map/partner-map.ts';
import { worldOutline } from '../../features/map/world-outline.ts';

/** `map/base-<size>-<hash>.svg`: the sea, land and borders under the maps, one file per map size. */
export const getStaticPaths = (async () =>
  partnerBaseMaps(worldOutline(), await getPartners(defaultLocale), homeTown.coordinates).map((base) => ({
    // The extension is in this file's name: with it, Astro serves the address as a file in dev too.
    params: { file: base.file.slice('map/'.length, -'.svg'.length) },
    props: { svg: base.svg },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
