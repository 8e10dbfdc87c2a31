import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/blocks/locales.ts';
import type { LatLon } from '../../src/blocks/geo.ts';
import { createHash } from 'node:crypto';
import {
  baseMap,
  drawOnFrame,
  estimateTextWidth,
  mapFrame,
  maxLabels,
  type Box,
  type MapDrawing,
  type MapOutline,
  type MapPoint,
} from '../../src/features/map/map.ts';
import { worldOutline } from '../../src/features/map/world-outline.ts';
import { readPartnerRecords } from '../helpers/content-records.ts';

/** Points on a frame fitted to `fitTo` (default: the points), the way the site draws its maps. */
const drawMap = (
  outline: MapOutline,
  points: MapPoint[],
  options: { width: number; fontSize: number; fitTo?: readonly LatLon[] },
): MapDrawing => drawOnFrame(mapFrame(outline, options.fitTo ?? points, options), points);

const partners = readPartnerRecords();
// The fixture's European partners: a map of them alone has room for every label.
const european = partners.filter(
  (p) => p.coordinates.latitude > 35 && p.coordinates.longitude > -25 && p.coordinates.longitude < 45,
);
const zywiecCoordinates: LatLon = { latitude: 49.6856, longitude: 19.1925 };
const zywiec: MapPoint = { id: 'zywiec', label: 'Żywiec', home: true, ...zywiecCoordinates };
const points = (lang: Locale, among = partners): MapPoint[] => [
  zywiec,
  // An untranslated partner is named in Polish, as the site does.
  ...among.map((p) => ({ id: p.slug, label: (p.texts[lang] ?? p.texts.pl)!.name, ...p.coordinates })),
];
const everyPlace = [zywiecCoordinates, ...partners.map((p) => p.coordinates)];

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectInside(drawing: MapDrawing) {
  for (const p of drawing.points) {
    expect(p.x - p.r, p.id).toBeGreaterThanOrEqual(0);
    expect(p.y - p.r, p.id).toBeGreaterThanOrEqual(0);
    expect(p.x + p.r, p.id).toBeLessThanOrEqual(drawing.width);
    expect(p.y + p.r, p.id).toBeLessThanOrEqual(drawing.height);
    if (!p.label) continue;
    const { box } = p.label;
    expect(box.x, p.id).toBeGreaterThanOrEqual(0);
    expect(box.y, p.id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, p.id).toBeLessThanOrEqual(drawing.width);
    expect(box.y + box.height, p.id).toBeLessThanOrEqual(drawing.height);
  }
}

describe('a map drawn on its frame', () => {
  for (const lang of localeCodes) {
    it(`puts every partner and Żywiec inside the drawing, labels too, none over another (${lang})`, () => {
      const drawing = drawMap(worldOutline(), points(lang), { width: 640, fontSize: 14 });
      expect(drawing.points.map((p) => p.id)).toEqual(['zywiec', ...partners.map((p) => p.slug)]);
      expectInside(drawing);
      expect(drawing.points[0]!.label, 'Żywiec is always labelled').toBeDefined();
      const labels = drawing.points.flatMap((p) => (p.label ? [p.label.box] : []));
      labels.forEach((a, i) =>
        labels.slice(i + 1).forEach((b, j) => expect(overlap(a, b), `${i} × ${i + j + 1}`).toBe(false)),
      );
      // No label covers another town's marker.
      for (const p of drawing.points) {
        for (const q of drawing.points.filter((q) => q !== p)) {
          const marker = { x: q.x - q.r, y: q.y - q.r, width: 2 * q.r, height: 2 * q.r };
          if (p.label) expect(overlap(p.label.box, marker), `${p.id} label over ${q.id}`).toBe(false);
        }
      }
    });
  }

  it('labels every town where there is room for it, and leaves out a label that cannot fit', () => {
    for (const lang of localeCodes) {
      const drawing = drawMap(worldOutline(), points(lang, european), { width: 640, fontSize: 14 });
      expect(drawing.points.filter((p) => !p.label).map((p) => p.id)).toEqual([]);
    }
    const long: MapPoint = { id: 'long', label: 'W'.repeat(80), latitude: 50, longitude: 20 };
    const drawing = drawMap(worldOutline(), [zywiec, long], { width: 320, fontSize: 14 });
    expect(drawing.points.map((p) => [p.id, Boolean(p.label)])).toEqual([
      ['zywiec', true],
      ['long', false],
    ]);
  });

  it('keeps geography: west to east and north to south as the coordinates say', () => {
    const drawing = drawMap(worldOutline(), points('en'), { width: 640, fontSize: 14 });
    const at = (id: string) => drawing.points.find((p) => p.id === id)!;
    expect(at('curitiba').y).toBeGreaterThan(at('zywiec').y);
    expect(at('curitiba').x).toBeLessThan(at('adur').x);
    expect(at('adur').x).toBeLessThan(at('riom').x);
    expect(at('riom').x).toBeLessThan(at('unterhaching').x);
    expect(at('godollo').x).toBeLessThan(at('borjomi').x);
    expect(at('szczytno').y).toBeLessThan(at('zywiec').y);
    expect(at('zywiec').y).toBeLessThan(at('godollo').y);
    expect(at('godollo').y).toBeLessThan(at('borjomi').y);
  });

  it('draws land and borders as paths rounded to one decimal, clipped to a small size', () => {
    const drawing = drawMap(worldOutline(), points('pl', european), { width: 640, fontSize: 14 });
    expect(drawing.land).toMatch(/^M/);
    expect(drawing.borders).toMatch(/^M/);
    expect(drawing.land + drawing.borders).not.toMatch(/\d\.\d\d/);
    // Clipped to the frame: no coordinate far outside it.
    const numbers = (drawing.land.match(/-?\d+(\.\d)?/g) ?? []).map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(drawing.width, drawing.height) + 1);
    expect((drawing.land + drawing.borders).length).toBeLessThan(20_000);
  });

  it('puts sea, land and borders in one file named after its size and content, shared by maps on the same frame', () => {
    const a = drawMap(worldOutline(), points('pl'), { width: 400, fontSize: 18, fitTo: everyPlace });
    const b = drawMap(worldOutline(), points('en').slice(0, 2), { width: 400, fontSize: 18, fitTo: everyPlace });
    expect(b.base).toEqual(a.base);
    const hash = createHash('sha256').update(a.base.svg).digest('hex').slice(0, 10);
    expect(a.base.file).toBe(`map/base-${a.width}x${a.height}-${hash}.svg`);
    expect(a.base.svg).toContain(`viewBox="0 0 ${a.width} ${a.height}"`);
    expect(a.base.svg).toContain(`d="${a.land}"`);
    expect(a.base.svg).toContain(`d="${a.borders}"`);
    // Another frame, another file; the same outline drawn differently, another name.
    const wider = drawMap(worldOutline(), points('pl'), { width: 640, fontSize: 14 });
    expect(wider.base.file).not.toBe(a.base.file);
    expect(baseMap({ ...a, borders: '' }).file).not.toBe(a.base.file);
  });

  it('a locator map shares the frame of the full map, so Żywiec stays where it was', () => {
    const full = drawMap(worldOutline(), points('pl'), { width: 400, fontSize: 18, fitTo: everyPlace });
    for (const p of partners) {
      const locator = drawMap(
        worldOutline(),
        points('pl').filter((q) => q.home || q.id === p.slug),
        {
          width: 400,
          fontSize: 18,
          fitTo: everyPlace,
        },
      );
      expect(locator.points.map((q) => q.id)).toEqual(['zywiec', p.slug]);
      expect(locator.height).toBe(full.height);
      expect(locator.points[0]).toMatchObject({ x: full.points[0]!.x, y: full.points[0]!.y });
      expectInside(locator);
      const [home, partner] = locator.points;
      if (home?.label && partner?.label) expect(overlap(home.label.box, partner.label.box), p.slug).toBe(false);
    }
  });

  it('keeps labels inside even when towns crowd one spot, and refuses an empty map', () => {
    const crowd: MapPoint[] = Array.from({ length: 12 }, (_, i) => ({
      id: `t${i}`,
      label: `Town number ${i}`,
      latitude: 50 + i * 0.01,
      longitude: 19 + i * 0.01,
    }));
    const drawing = drawMap(worldOutline(), crowd, { width: 320, fontSize: 14, fitTo: everyPlace });
    expectInside(drawing);
    expect(() => drawMap(worldOutline(), [], { width: 320, fontSize: 14 })).toThrow(/at least one/);
  });

  it('estimates wider text for capitals and wide letters, narrower for thin ones', () => {
    expect(estimateTextWidth('MW', 10)).toBeGreaterThan(estimateTextWidth('ab', 10));
    expect(estimateTextWidth('il', 10)).toBeLessThan(estimateTextWidth('ab', 10));
    expect(estimateTextWidth('Riom', 10, true)).toBeGreaterThan(estimateTextWidth('Riom', 10));
  });
});

describe('a crowded map', () => {
  it('draws more than maxLabels points without labels, every point still inside the drawing', () => {
    const many: MapPoint[] = Array.from({ length: maxLabels + 1 }, (_, i) => ({
      id: `p${i}`,
      label: `Town ${i}`,
      latitude: 45 + (i % 10),
      longitude: 5 + i / 2,
    }));
    const drawing = drawMap(worldOutline(), many, { width: 640, fontSize: 14 });
    expect(drawing.points).toHaveLength(many.length);
    expect(drawing.points.every((p) => p.label === undefined)).toBe(true);
    for (const p of drawing.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(drawing.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(drawing.height);
    }
    expect(
      drawMap(worldOutline(), many.slice(0, maxLabels), { width: 640, fontSize: 14 }).points.every((p) => p.label),
    ).toBe(true);
  });
});
