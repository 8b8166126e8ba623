import type { Dataset, Indicator } from '../../data/schema';
import { focusSlice, type Slice } from '../../model/slices';

export type TileKind = 'inspection' | 'congress' | 'completion' | 'ahead';

export interface OverviewTile {
  key: string;
  kind: TileKind;
  /** indicators shown in the tile, in display order (e.g. organisations then members) */
  figures: Indicator[];
}

export interface OverviewSeries {
  slice: Slice | null;
  tiles: OverviewTile[];
  /** key figures of the slice left out of the tiles (more than fit a strip): they are in the tables */
  left: number;
}

/** A strip is read at a glance: at most this many tiles, each of at most this many figures. */
export const MOST_TILES = 12;
export const MOST_PER_TILE = 4;

/** The first tiles and figures that fit the strip, and how many figures were left out. */
function fitStrip(tiles: readonly OverviewTile[]): { tiles: OverviewTile[]; left: number } {
  const all = tiles.reduce((n, t) => n + t.figures.length, 0);
  const kept = tiles
    .slice(0, MOST_TILES)
    .map((t) => (t.figures.length > MOST_PER_TILE ? { ...t, figures: t.figures.slice(0, MOST_PER_TILE) } : t));
  return { tiles: kept, left: all - kept.reduce((n, t) => n + t.figures.length, 0) };
}

const INSPECTION_ORDER = ['inspected', 'supervised', 'violation-checked'];

/** A figure the strip can show: an inspection activity, congresses held, a completion against its whole, a lead on plan. */
const isCandidate = (i: Indicator) =>
  (i.category === 'inspection' && INSPECTION_ORDER.includes(i.measure)) ||
  (i.category === 'congress' &&
    ((i.measure === 'congress-held' && !i.computed) || i.denominator !== undefined || i.measure === 'days-ahead-of-plan'));

/** The key figures strip: one slice (the chosen or latest period, the top unit), no sums across units. */
export function overviewSeries(dataset: Dataset, filtered: readonly Indicator[]): OverviewSeries {
  // One pass for the slices that have candidates (one figure of each stands for its slice), one for the chosen slice's
  // figures: no list of every candidate (a file can hold 100k figures).
  const oneOfEachSlice = new Map<string, Map<string, Indicator>>();
  for (const i of filtered) {
    if (!isCandidate(i)) continue;
    const units = oneOfEachSlice.get(i.period);
    if (!units) oneOfEachSlice.set(i.period, new Map([[i.orgUnit, i]]));
    else if (!units.has(i.orgUnit)) units.set(i.orgUnit, i);
  }
  const slice = focusSlice(
    dataset,
    [...oneOfEachSlice.values()].flatMap((units) => [...units.values()]),
  );
  if (!slice) return { slice: null, tiles: [], left: 0 };
  const inSlice = filtered.filter((i) => i.period === slice.period && i.orgUnit === slice.orgUnit && isCandidate(i));
  const tiles: OverviewTile[] = [];
  for (const measure of INSPECTION_ORDER) {
    const figures = inSlice
      .filter((i) => i.category === 'inspection' && i.measure === measure)
      .sort((a, b) => (a.subject === 'organisation' ? -1 : 0) - (b.subject === 'organisation' ? -1 : 0));
    if (figures.length > 0) tiles.push({ key: measure, kind: 'inspection', figures });
  }
  const held = inSlice.filter((i) => i.category === 'congress' && i.measure === 'congress-held');
  if (held.length > 0) tiles.push({ key: 'congress-held', kind: 'congress', figures: held });
  for (const ind of inSlice.filter((i) => i.category === 'congress' && i.denominator !== undefined)) {
    tiles.push({ key: ind.id, kind: 'completion', figures: [ind] });
  }
  for (const ind of inSlice.filter((i) => i.measure === 'days-ahead-of-plan')) {
    tiles.push({ key: ind.id, kind: 'ahead', figures: [ind] });
  }
  return { slice, ...fitStrip(tiles) };
}
