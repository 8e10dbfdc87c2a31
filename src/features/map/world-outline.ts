import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapOutline } from './map.ts';

type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let cached: MapOutline | undefined;

/**
 * Natural Earth's small-scale (1:110m) land and country borders, from the `world-atlas` package: coarse
 * enough to keep the inline maps light, detailed enough to recognise Europe. Borders are drawn once each.
 */
export function worldOutline(): MapOutline {
  if (cached) return cached;
  const world = countries as unknown as World;
  cached = {
    land: feature(world, world.objects.land),
    borders: mesh(world, world.objects.countries, (a, b) => a !== b),
  };
  return cached;
}
