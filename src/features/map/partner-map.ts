import type { Locale } from '../../blocks/locales.ts';
import { distanceKm, formatKm, type LatLon } from '../../blocks/geo.ts';
import {
  drawOnFrame,
  mapFrame,
  type BaseMap,
  type MapDrawing,
  type MapFrame,
  type MapOutline,
  type MapPoint,
} from './map.ts';
import type { PartnerView, Text } from '../partners/partner-view.ts';

/** One line of the map's text alternative: a partner, its country and how far it is from the home town. */
export interface PartnerDistance {
  slug: string;
  name: Text;
  country: string;
  km: number;
  /** Rounded and written in the page's language: "1080 km" (Polish), "1,080 km" (English). */
  kmText: string;
}

/** Every partner's great-circle distance from the home town (at `home`), nearest first. */
export function partnerDistances(partners: readonly PartnerView[], locale: Locale, home: LatLon): PartnerDistance[] {
  return partners
    .map((p) => {
      const km = distanceKm(home, p.coordinates);
      return { slug: p.slug, name: p.name, country: p.country.name, km, kmText: formatKm(km, locale) };
    })
    .sort((a, b) => a.km - b.km || a.slug.localeCompare(b.slug));
}

/** The site's two maps: all partners on the home page, and each partner's locator on its page. */
export const mapSizes = {
  home: { width: 640, fontSize: 14 },
  locator: { width: 400, fontSize: 18 },
} as const;

/** The base map files the site's maps refer to (the same in every language: the frame is language-free). */
export function partnerBaseMaps(outline: MapOutline, partners: readonly PartnerView[], home: LatLon): BaseMap[] {
  if (partners.length === 0) return [];
  const files = new Map<string, BaseMap>();
  for (const size of Object.values(mapSizes)) {
    const { base } = sharedFrame(outline, partners, home, size);
    files.set(base.file, base);
  }
  return [...files.values()];
}

export interface PartnerMapOptions {
  /** Draw only this partner (a locator map); the frame stays that of all partners. */
  only?: PartnerView;
  width: number;
  fontSize: number;
}

/**
 * The map of the home town and its partners in a language: labels are the names the page uses, marked with
 * their language where it differs. Every map shares the frame fitted to all partners and the home town.
 */
export function partnerMap(
  outline: MapOutline,
  partners: readonly PartnerView[],
  locale: Locale,
  /** The home town: its identifier, its name in the page's language and its centre. */
  town: { id: string; name: string; coordinates: LatLon },
  options: PartnerMapOptions,
): MapDrawing {
  const home: MapPoint = { id: town.id, label: town.name, home: true, ...town.coordinates };
  // The partner itself, not its slug: looking it up would scan every partner for every page.
  const shown = options.only ? [options.only] : partners;
  const points: MapPoint[] = shown.map((p) => ({
    id: p.slug,
    label: p.name.text,
    ...(p.name.lang !== locale ? { lang: p.name.lang } : {}),
    ...p.coordinates,
  }));
  return drawOnFrame(sharedFrame(outline, partners, town.coordinates, options), [home, ...points]);
}

/** Frames already projected, per list of partners (the same list object for every page of a build). */
const frames = new WeakMap<readonly PartnerView[], Map<string, MapFrame>>();

/** The frame fitted to all partners and the home town, projected once per list, outline and size. */
function sharedFrame(
  outline: MapOutline,
  partners: readonly PartnerView[],
  home: LatLon,
  options: { width: number; fontSize: number },
): MapFrame {
  let bySize = frames.get(partners);
  if (!bySize) frames.set(partners, (bySize = new Map()));
  const key = `${options.width}/${options.fontSize}`;
  let frame = bySize.get(key);
  if (!frame || frame.outline !== outline) {
    frame = mapFrame(outline, [home, ...partners.map((p) => p.coordinates)], options);
    bySize.set(key, frame);
  }
  return frame;
}
