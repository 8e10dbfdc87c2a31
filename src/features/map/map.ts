import { createHash } from 'node:crypto';
import { geoConicConformal, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { LatLon } from '../../blocks/geo.ts';

/** The outline drawn under the points: land, and the borders between countries. */
export interface MapOutline {
  land: GeoPermissibleObjects;
  borders: GeoPermissibleObjects;
}

/** A labelled point to draw. */
export interface MapPoint extends LatLon {
  id: string;
  label: string;
  /** Language of the label, when it differs from the page's (e.g. a town's own name). */
  lang?: string;
  /** The home town: drawn as a square, its label bold. */
  home?: boolean;
}

export interface MapOptions {
  /** Width of the drawing in SVG units; the height follows from the region's shape. */
  width: number;
  /** Label size in SVG units. */
  fontSize: number;
}

/** Fractional digits of path coordinates: fewer digits, smaller pages. */
const pathDigits = 1;
/** The height is at least this fraction of the width, so a flat region keeps some land around it. */
const minAspect = 0.5;

/** A rectangle in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  text: string;
  lang?: string;
  /** Anchor point of the text (its baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The space the text is estimated to take. */
  box: Box;
  /** A line from the point to a label set further away, when the point's neighbours crowd it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface PlacedPoint {
  id: string;
  home: boolean;
  x: number;
  y: number;
  /** Radius of the marker (half the side of the home town's square). */
  r: number;
  /** Absent on a map with more than `maxLabels` points. */
  label?: PlacedLabel;
}

/** A frame with the points drawn on it (see `MapFrame` for the shared parts). */
export interface MapDrawing extends Pick<MapFrame, 'width' | 'height' | 'fontSize' | 'land' | 'borders' | 'base'> {
  points: PlacedPoint[];
}

/**
 * The part of a map that is the same on every page (sea, land, borders): one SVG file, named after its
 * content, so browsers fetch it once for all partner pages and may cache it for good. Pages carry only
 * the points and labels. Colours are set in the file: a page's CSS does not reach into an image.
 */
export interface BaseMap {
  /** Path from the site's root: `map/base-400x327-0123456789.svg`. */
  file: string;
  svg: string;
}

/** Sea, land and borders; land and sea differ in lightness too, for readers who don't tell hues apart. */
export const baseMapColours = { sea: '#dcebf5', land: '#f5f3ec', borders: '#a9b4bf' } as const;

/** The shared SVG file of a frame's sea, land and borders. */
export function baseMap(frame: { width: number; height: number; land: string; borders: string }): BaseMap {
  const { width, height, land, borders } = frame;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="${baseMapColours.sea}"/>` +
    `<path d="${land}" fill="${baseMapColours.land}"/>` +
    `<path d="${borders}" fill="none" stroke="${baseMapColours.borders}" stroke-width="0.6" stroke-linejoin="round"/>` +
    `</svg>\n`;
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
  return { file: `map/base-${width}x${height}-${hash}.svg`, svg };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Width of a text in a sans-serif system font, estimated from its letters: capitals and wide letters
 * count more, narrow ones less. It errs on the wide side so labels keep clear of each other and the edge.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (/[iljtfrI.,'’ ]/.test(ch)) ems += 0.34;
    else if (/[mwMW]/.test(ch)) ems += 0.9;
    else if (ch !== ch.toLowerCase()) ems += 0.72;
    else ems += 0.6;
  }
  // Calibrated against DejaVu Sans, the widest common fallback of the site's font stack, plus 6% to spare.
  return ems * fontSize * (bold ? 1.08 : 1) * 1.06;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (a: Box, frame: Box) =>
  a.x >= frame.x &&
  a.y >= frame.y &&
  a.x + a.width <= frame.x + frame.width &&
  a.y + a.height <= frame.y + frame.height;

/**
 * Boxes filed by the grid cells they cover, so a label is compared only with its neighbours: placing
 * thousands of labels stays near-linear instead of comparing every label with every other.
 */
class BoxGrid {
  private readonly cells = new Map<string, number[]>();
  readonly boxes: Box[] = [];
  constructor(private readonly size: number) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x / this.size); cx <= Math.floor((box.x + box.width) / this.size); cx++) {
      for (let cy = Math.floor(box.y / this.size); cy <= Math.floor((box.y + box.height) / this.size); cy++) {
        keys.push(`${cx},${cy}`);
      }
    }
    return keys;
  }

  add(box: Box): number {
    const id = this.boxes.push(box) - 1;
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(id);
      else this.cells.set(key, [id]);
    }
    return id;
  }

  /** The boxes near `box` (sharing a cell with it), except the one with id `except`. */
  near(box: Box, except: number): Box[] {
    const ids = new Set<number>();
    for (const key of this.keys(box)) for (const id of this.cells.get(key) ?? []) if (id !== except) ids.add(id);
    return [...ids].map((id) => this.boxes[id]!);
  }
}

/** Directions tried for a label, best first: beside the point, then diagonally, then above and below. */
const directions: [number, number][] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -1],
  [0, 1],
];

/** A label's candidate position: `dx`, `dy` say on which side of the point, `distance` how far. */
function candidate(
  point: { x: number; y: number; r: number },
  text: string,
  width: number,
  fontSize: number,
  [dx, dy]: [number, number],
  distance: number,
): PlacedLabel {
  // The font's full height, accents on capitals (Ż, Č) included, as browsers measure it.
  const ascent = 1.0 * fontSize;
  const descent = 0.25 * fontSize;
  const d = point.r + distance;
  const along = dx !== 0 && dy !== 0 ? d * 0.75 : d;
  const x = point.x + dx * along;
  const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const y = dy < 0 ? point.y - along - descent : dy > 0 ? point.y + along + ascent : point.y + 0.35 * fontSize;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { text, x, y, anchor, box: { x: left, y: y - ascent, width, height: ascent + descent } };
}

/** The point of a box nearest to (x, y). */
const nearest = (box: Box, x: number, y: number) => ({
  x: Math.min(Math.max(x, box.x), box.x + box.width),
  y: Math.min(Math.max(y, box.y), box.y + box.height),
});

/**
 * Places each label beside its point where it overlaps no other label or marker and stays inside the
 * drawing; a crowded point gets its label further out, with a leader line, and a point with no such
 * place is drawn unlabelled. The home town is placed first.
 */
function placeLabels(
  points: { id: string; x: number; y: number; r: number; home: boolean; label: string; lang?: string }[],
  frame: Box,
  fontSize: number,
): PlacedPoint[] {
  const grid = new BoxGrid(fontSize * 4);
  const markerIds = points.map((p) =>
    grid.add({ x: p.x - p.r - 1, y: p.y - p.r - 1, width: 2 * p.r + 2, height: 2 * p.r + 2 }),
  );
  const order = [...points.keys()].sort((a, b) => Number(points[b]!.home) - Number(points[a]!.home));
  const placed = new Map<number, PlacedPoint>();
  const gap = fontSize * 0.35;
  for (const i of order) {
    const p = points[i]!;
    const width = estimateTextWidth(p.label, fontSize, p.home);
    const candidates = [1, 2.5, 4.5].flatMap((level) =>
      directions.map((dir) => ({ level, label: candidate(p, p.label, width, fontSize, dir, gap * level) })),
    );
    const fits = candidates.filter((c) => inside(c.label.box, frame));
    // Other labels placed so far and every other marker, near this candidate.
    const obstacles = (box: Box) => grid.near(box, markerIds[i]!);
    const best = fits.find((c) => obstacles(c.label.box).every((o) => !overlaps(c.label.box, o)));
    if (!best) {
      // A label that would cover another or leave the drawing is left out rather than drawn unreadable:
      // the point stays, and the list beside every map names each place.
      placed.set(i, { id: p.id, home: p.home, x: round(p.x), y: round(p.y), r: p.r });
      continue;
    }
    const label: PlacedLabel = { ...best.label, ...(p.lang ? { lang: p.lang } : {}) };
    if (best.level > 1) {
      const end = nearest(label.box, p.x, p.y);
      const length = Math.hypot(end.x - p.x, end.y - p.y);
      const start = { x: p.x + ((end.x - p.x) / length) * p.r, y: p.y + ((end.y - p.y) / length) * p.r };
      label.leader = { x1: round(start.x), y1: round(start.y), x2: round(end.x), y2: round(end.y) };
    }
    grid.add(label.box);
    placed.set(i, { id: p.id, home: p.home, x: round(p.x), y: round(p.y), r: p.r, label: roundLabel(label) });
  }
  return points.map((_, i) => placed.get(i)!);
}

function roundLabel(label: PlacedLabel): PlacedLabel {
  return { ...label, x: round(label.x), y: round(label.y) };
}

/** The projected, clipped outline of a region, and how to place a point on it. */
export interface MapFrame {
  width: number;
  height: number;
  /** Label size the labels are placed for: the SVG must use it. */
  fontSize: number;
  /** SVG path data, already projected and clipped to the frame. */
  land: string;
  borders: string;
  /** The sea, land and borders as a file of their own, shared by every map on the frame. */
  base: BaseMap;
  project: (point: LatLon) => [number, number];
  /** The outline it was projected from. */
  outline: MapOutline;
}

/**
 * Projects the outline for a region fitted to `fitTo`. Projecting the world's coastlines and borders is
 * the costly part of a map, so maps that share a frame (every partner's locator) compute it once.
 */
export function mapFrame(outline: MapOutline, fitTo: readonly LatLon[], options: MapOptions): MapFrame {
  if (fitTo.length === 0) throw new Error('A map needs at least one place to fit the map to.');
  const { width, fontSize } = options;
  const lats = fitTo.map((p) => p.latitude);
  const lons = fitTo.map((p) => p.longitude);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const spread = Math.max(north - south, 2);
  const projection = geoConicConformal()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + spread / 6, north - spread / 6])
    .scale(1)
    .translate([0, 0]);

  // Fit the places (not the whole outline) into the frame, leaving margins for markers and labels.
  const projected = fitTo.map((p) => projection([p.longitude, p.latitude])!);
  const xs = projected.map(([x]) => x);
  const ys = projected.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const marginX = Math.max(width * 0.06, fontSize);
  const marginY = fontSize * 2;
  const k = (width - 2 * marginX) / Math.max(x1 - x0, 1e-9);
  const height = Math.round(Math.max((y1 - y0) * k + 2 * marginY, width * minAspect));
  projection
    .scale(k)
    .translate([marginX - x0 * k, height / 2 - ((y0 + y1) / 2) * k])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);

  const path = geoPath(projection).digits(pathDigits);
  const land = path(outline.land) ?? '';
  const borders = path(outline.borders) ?? '';
  return {
    width,
    height,
    fontSize,
    land,
    borders,
    base: baseMap({ width, height, land, borders }),
    project: (p) => projection([p.longitude, p.latitude])!,
    outline,
  };
}

/**
 * More labels than this cannot be read on a page-wide map: beyond it the points are drawn without
 * labels (the list of partners beside the map names them all), which also keeps large builds fast.
 */
export const maxLabels = 40;

/** Draws points on a frame, labelled while there are at most `maxLabels` of them. */
export function drawOnFrame(frame: MapFrame, points: readonly MapPoint[]): MapDrawing {
  const { width, height, fontSize } = frame;
  const drawn = points.map((p) => {
    const [x, y] = frame.project(p);
    return {
      id: p.id,
      x,
      y,
      r: p.home ? 5 : 4,
      home: p.home ?? false,
      label: p.label,
      ...(p.lang ? { lang: p.lang } : {}),
    };
  });
  return {
    width,
    height,
    fontSize,
    land: frame.land,
    borders: frame.borders,
    base: frame.base,
    points:
      drawn.length <= maxLabels
        ? placeLabels(drawn, { x: 2, y: 2, width: width - 4, height: height - 4 }, fontSize)
        : drawn.map((p) => ({ id: p.id, home: p.home, x: round(p.x), y: round(p.y), r: p.r })),
  };
}
