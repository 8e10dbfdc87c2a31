import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { LatLon } from './geo.ts';
import { isoNumeric } from './iso-countries.ts';

type World = Topology<{ countries: GeometryCollection }>;
type Country = Feature<Polygon | MultiPolygon, { name: string }>;

/** Numeric ISO code → alpha-2, for naming the country a point falls in. */
const alpha2 = new Map([...isoNumeric].map(([a2, num]) => [num, a2]));

const loaded = new Map<string, Country[]>();

function countriesOf(scale: '110m' | '10m'): Country[] {
  let list = loaded.get(scale);
  if (!list) {
    // The 1:10m outlines (3.7 MB) are read only for a country too small to be in the 1:110m ones.
    const world = (scale === '110m'
      ? countries110m
      : createRequire(import.meta.url)('world-atlas/countries-10m.json')) as unknown as World;
    list = (feature(world, world.objects.countries) as unknown as FeatureCollection<Polygon | MultiPolygon>)
      .features as Country[];
    loaded.set(scale, list);
  }
  return list;
}

function outlineOf(code: string): { country: Country; scale: '110m' | '10m' } | undefined {
  const id = isoNumeric.get(code);
  if (!id) return undefined;
  for (const scale of ['110m', '10m'] as const) {
    const country = countriesOf(scale).find((c) => String(c.id) === id);
    if (country) return { country, scale };
  }
  return undefined;
}

const kmPerDegree = 111.195;

/** Shortest distance from a point to a country's border, in km (flat-earth approximation near the point). */
function distanceToOutlineKm(country: Country, point: LatLon): number {
  const cos = Math.cos((point.latitude * Math.PI) / 180);
  const px = point.longitude * cos;
  const py = point.latitude;
  let best = Infinity;
  const rings: Position[][] =
    country.geometry.type === 'Polygon' ? country.geometry.coordinates : country.geometry.coordinates.flat();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [ring[i - 1]![0]! * cos, ring[i - 1]![1]!];
      const [bx, by] = [ring[i]![0]! * cos, ring[i]![1]!];
      const dx = bx - ax;
      const dy = by - ay;
      const t =
        dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
    }
  }
  return best * kmPerDegree;
}

/**
 * How far the 1:110m outline may stray from the real coast or border: Natural Earth simplifies it to
 * ~10 km and cuts off small islands and peninsulas, so a coastal town can lie a few dozen km outside it.
 */
export const outlineToleranceKm = 60;

export type PlaceTest = { known: false } | { known: true; inside: boolean; distanceKm: number };

/**
 * Whether a point lies in (or within the tolerance of) a country's outline. `known: false` when the map
 * data has no outline for the code (nothing to test against).
 */
export function testPlace(code: string, point: LatLon): PlaceTest {
  const found = outlineOf(code);
  if (!found) return { known: false };
  const position: [number, number] = [point.longitude, point.latitude];
  if (geoContains(found.country, position)) return { known: true, inside: true, distanceKm: 0 };
  const distanceKm = distanceToOutlineKm(found.country, point);
  return { known: true, inside: distanceKm <= outlineToleranceKm, distanceKm };
}

/** The ISO code of the country whose 1:110m outline holds a point, if any (the sea holds none). */
export function countryAt(point: LatLon): string | undefined {
  const position: [number, number] = [point.longitude, point.latitude];
  const country = countriesOf('110m').find((c) => geoContains(c, position));
  return country ? alpha2.get(String(country.id)) : undefined;
}
