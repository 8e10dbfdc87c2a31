import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { distanceKm, formatKm } from '../../src/blocks/geo.ts';
import { homeTown } from '../../src/config/home-town.ts';

const homeCoordinates = homeTown.coordinates;
import { readPartnerRecords } from '../helpers/content-records.ts';

const R = 6371.0088; // mean Earth radius, km

describe('distanceKm', () => {
  it('gives the textbook arcs of a sphere: a degree of the equator, and a quarter meridian', () => {
    // 2πR / 360 = 6371.0088 × 0.0174533 = 111.195 km; πR / 2 = 10007.557 km.
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(111.195, 3);
    expect(distanceKm({ latitude: 0, longitude: 10 }, { latitude: 90, longitude: -50 })).toBeCloseTo(10007.557, 2);
    expect(distanceKm(homeCoordinates, homeCoordinates)).toBe(0);
  });

  it('agrees with a published distance: London to Paris is about 344 km', () => {
    const london = { latitude: 51.5074, longitude: -0.1278 };
    const paris = { latitude: 48.8566, longitude: 2.3522 };
    expect(distanceKm(london, paris)).toBeGreaterThan(343);
    expect(distanceKm(london, paris)).toBeLessThan(344.5);
    expect(distanceKm(paris, london)).toBe(distanceKm(london, paris));
  });

  it('Żywiec to Čadca, worked by hand on a local flat map: about 40 km', () => {
    // Δφ = 0.2476° → 27.53 km; Δλ = 0.4026° × 111.195 × cos(49.56°) → 29.03 km; √(27.53² + 29.03²) = 40.0 km.
    const zywiec = { latitude: 49.6856, longitude: 19.1925 };
    const cadca = { latitude: 49.438, longitude: 18.7899 };
    expect(distanceKm(zywiec, cadca)).toBeCloseTo(40.0, 0);
  });

  it('matches d3-geo’s own great-circle formula for every partner, to the metre', () => {
    for (const p of readPartnerRecords()) {
      const d3 =
        geoDistance(
          [homeCoordinates.longitude, homeCoordinates.latitude],
          [p.coordinates.longitude, p.coordinates.latitude],
        ) * R;
      expect(distanceKm(homeCoordinates, p.coordinates), p.slug).toBeCloseTo(d3, 3);
    }
  });
});

describe('formatKm', () => {
  it('rounds to whole kilometres and writes them the way each language does', () => {
    expect(formatKm(1269.6, 'en')).toBe('1,270\u00a0km');
    expect(formatKm(1269.6, 'pl')).toBe('1270\u00a0km'); // Polish groups digits only from five up
    expect(formatKm(12345, 'pl')).toBe('12\u00a0345\u00a0km');
    expect(formatKm(39.97, 'pl')).toBe('40\u00a0km');
  });
});
