/** A place on the globe, in decimal degrees (WGS 84). */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Mean Earth radius (IUGG), in kilometres. */
const earthRadiusKm = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance on a spherical Earth (haversine formula), in kilometres. Within 0.5% of the
 * ellipsoidal distance, which is more than enough for "how far is it" in a list of towns.
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

const kmFormats = new Map<string, Intl.NumberFormat>();

/** A distance rounded to whole kilometres and written in a language: "1080 km", "1,080 km". */
export function formatKm(km: number, locale: string): string {
  let format = kmFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
    kmFormats.set(locale, format);
  }
  // The number and its unit stay on one line: "1270 km" with a non-breaking space in every language.
  return format.format(Math.round(km)).replace(/(?<=\d) (?=\S)/g, '\u00a0');
}
