import { wrapText } from '../theme/text';
import {
  FIGURE_MARK_LABEL_SIZE,
  FIGURE_NOTE_SIZE,
  layoutFigures,
  NOTE_LINE,
  pageMeasure,
  type FiguresLayout,
  type Measure,
} from './figures-layout';
import {
  BAR_SIZE,
  barChartHeight,
  barEndLabels,
  categoryAxisWidth,
  endLabelMargin,
  TICK_FONT_SIZE,
  TICK_LINES,
  timelineEndLabels,
  timelineHeight,
} from './layout';
import type { AnyBarSpec, ChartSpec, FigureSection, FiguresSpec, TimelineSpec } from './spec';

/**
 * How a chart is laid out on 16:9 slides, before anything is drawn: at which scale (the chart is drawn at CSS size
 * and scaled onto the slide), how wide and tall, and, when it cannot fit one slide with its smallest text at least
 * `minText` slide px, how it is split into numbered slides.
 * - bars and the timeline are drawn at the box's aspect (taller bands, thicker bars), never below the scale that keeps
 *   their text legible; rows that do not fit go to the next slide, on the same value axis;
 * - a figures chart flows its sections into 1-3 columns side by side (a section too long for a column continues in
 *   the next, its heading repeated with `continued`), and onto further slides when even 3 columns do not hold it.
 * Choice: fewest slides first, then the largest text, then the fewest columns.
 */

/** The chart's box on the slide, in slide px. */
export interface SlideBox {
  width: number;
  height: number;
}

export interface SlidePlanOptions {
  /** smallest text on the slide, in slide px (the chart's smallest font times the scale reaches it) */
  minText: number;
  /** words after a section heading continued from the previous column: "(tiếp)" */
  continued?: string;
  measure?: Measure;
}

interface PageBase {
  /** slide px per CSS px */
  scale: number;
  /** the chart's drawn size, CSS px */
  width: number;
  height: number;
}

export interface BarPage extends PageBase {
  kind: 'bar';
  spec: AnyBarSpec;
  /** the value axis reaches at least this on every slide, so split slides compare */
  valueMax: number;
  labelWidth: number;
  barSize: number;
  right: number;
}

export interface TimelinePage extends PageBase {
  kind: 'timeline';
  spec: TimelineSpec;
  span: [number, number];
  labelWidth: number;
  barSize: number;
  right: number;
}

export interface FiguresPage extends PageBase {
  kind: 'figures';
  color: string;
  noteLines: string[];
  /** the note's height; the columns start below it */
  noteHeight: number;
  columns: FiguresLayout[];
  columnWidth: number;
  columnGap: number;
}

export type SlidePage = BarPage | TimelinePage | FiguresPage;

/** The largest scale tried: the chart's 12 px labels become 30 px, like a slide's body text. */
export const MAX_SLIDE_SCALE = 2.5;
const SCALE_STEP = 0.1;
const MAX_COLUMNS = 3;
/** gap between figure columns, slide px */
const COLUMN_GAP = 56;
/** narrower figure columns than this (CSS px) would wrap labels into ribbons */
const MIN_COLUMN = 300;
/** narrower bar charts than this (CSS px) leave the bars no room beside their labels */
const MIN_BAR_WIDTH = 520;
/** bars grow with their band up to this (CSS px) */
const MAX_BAR_SIZE = 28;
/** a chart with room to spare is drawn at most this much taller than it needs */
const MAX_STRETCH = 1.6;

/** The smallest font a chart draws (CSS px): the labels of an offset mark, else the tick and note labels. */
export function smallestFont(spec: ChartSpec): number {
  if (spec.kind !== 'figures') return TICK_FONT_SIZE;
  const offset = spec.sections.some((s) => s.rows.some((r) => r.mark?.kind === 'offset'));
  return offset ? FIGURE_MARK_LABEL_SIZE : Math.min(FIGURE_NOTE_SIZE, TICK_FONT_SIZE);
}

/** Scales from the largest down to the smallest legible one. */
function scalesFor(spec: ChartSpec, minText: number): number[] {
  const min = minText / smallestFont(spec);
  const scales: number[] = [];
  for (let s = MAX_SLIDE_SCALE; s > min; s = Math.round((s - SCALE_STEP) * 100) / 100) scales.push(s);
  scales.push(min);
  return scales;
}

/** Text widths memoised: the same labels are wrapped again at every scale and column count tried. */
function memoMeasure(m: Measure): Measure {
  const memo = (f: (s: string) => number) => {
    const cache = new Map<string, number>();
    return (s: string) => {
      let w = cache.get(s);
      if (w === undefined) {
        w = f(s);
        cache.set(s, w);
      }
      return w;
    };
  };
  return { label: memo(m.label), text: memo(m.text), title: memo(m.title), note: memo(m.note) };
}

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** Rows in `pages` slides as even as they go (10 rows on 3 slides: 4, 3, 3). */
function evenChunks<T>(items: readonly T[], pages: number): T[][] {
  const out: T[][] = [];
  let start = 0;
  for (let p = 0; p < pages; p++) {
    const size = Math.ceil((items.length - start) / (pages - p));
    out.push(items.slice(start, start + size));
    start += size;
  }
  return out;
}

/** Rows of a cartesian chart: the largest scale at which they fit the fewest slides. */
function planRows(rowCount: number, box: SlideBox, scales: number[], heightOf: (rows: number) => number) {
  const perPage = (s: number) => {
    let n = 0;
    while (n < rowCount && heightOf(n + 1) <= box.height / s) n++;
    return n;
  };
  const fewest = Math.ceil(rowCount / Math.max(1, perPage(scales[scales.length - 1]!)));
  const scale = scales.find((s) => box.width / s >= MIN_BAR_WIDTH && perPage(s) > 0 && Math.ceil(rowCount / perPage(s)) <= fewest);
  return { scale: scale ?? scales[scales.length - 1]!, pages: fewest };
}

/** The category axis wide enough for every label on TICK_LINES lines, from the usual width up to 45% of the chart. */
function labelWidthFor(labels: readonly string[], width: number, measure: Measure): number {
  const fits = (w: number) => labels.every((l) => wrapText(l, w - 10, measure.label).length <= TICK_LINES);
  let w = categoryAxisWidth(width);
  while (!fits(w) && w < width * 0.45) w += 10;
  return Math.round(w);
}

/** Drawn height of a page of rows: its natural height, stretched towards the box but not beyond MAX_STRETCH. */
const pageHeight = (natural: number, boxHeight: number) => Math.max(natural, Math.min(boxHeight, natural * MAX_STRETCH));

function planBars(spec: AnyBarSpec, box: SlideBox, opts: Required<Pick<SlidePlanOptions, 'minText'>>, measure: Measure): BarPage[] {
  const series = spec.series.length;
  const stacked = spec.stacked ?? false;
  const heightOf = (rows: number) => barChartHeight(rows, series, stacked);
  const { scale, pages } = planRows(spec.rows.length, box, scalesFor(spec, opts.minText), heightOf);
  const width = box.width / scale;
  const labelWidth = labelWidthFor(
    spec.rows.map((r) => String(r[spec.index] ?? '')),
    width,
    measure,
  );
  const valueOf = (row: Record<string, unknown>) => {
    const values = spec.series.map((s) => Number(row[s.key]) || 0);
    return stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values);
  };
  const valueMax = Math.max(0, ...spec.rows.map(valueOf));
  const right = endLabelMargin(width, barEndLabels(spec, spec.rows));
  return evenChunks(spec.rows, pages).map((rows) => {
    const natural = heightOf(rows.length);
    const height = pageHeight(natural, box.height / scale);
    // the bands grow with the height; the bars with them, keeping a gap between bands
    const band = (height - heightOf(0)) / Math.max(1, rows.length);
    const fit = stacked ? band - 14 : (band - 16) / series;
    const barSize = Math.round(Math.max(BAR_SIZE, Math.min(MAX_BAR_SIZE, BAR_SIZE * (height / natural), fit)));
    return { kind: 'bar', scale, width, height, spec: { ...spec, rows }, valueMax, labelWidth, barSize, right };
  });
}

function planTimeline(
  spec: TimelineSpec,
  box: SlideBox,
  opts: Required<Pick<SlidePlanOptions, 'minText'>>,
  measure: Measure,
): TimelinePage[] {
  const { scale, pages } = planRows(spec.rows.length, box, scalesFor(spec, opts.minText), timelineHeight);
  const width = box.width / scale;
  const labelWidth = labelWidthFor(
    spec.rows.map((r) => r.label),
    width,
    measure,
  );
  const right = endLabelMargin(width, timelineEndLabels(spec.rows));
  const span: [number, number] = [Math.min(...spec.rows.map((r) => r.start)), Math.max(...spec.rows.map((r) => r.end))];
  return evenChunks(spec.rows, pages).map((rows) => {
    const natural = timelineHeight(rows.length);
    const height = pageHeight(natural, box.height / scale);
    const barSize = Math.round(Math.min(MAX_BAR_SIZE, 18 * (height / natural)));
    return { kind: 'timeline', scale, width, height, spec: { ...spec, rows }, span, labelWidth, barSize, right };
  });
}

/** A section, or the part of one that fits a column, and the section it comes from. */
interface Piece {
  section: FigureSection;
  origin: FigureSection;
}

/** The largest bar and offset of a whole section: its parts keep the section's scale. */
const sectionScale = (section: FigureSection) => ({
  barMax: Math.max(0, ...section.rows.map((r) => (r.mark?.kind === 'bar' ? r.mark.value : 0))),
  offsetMax: Math.max(0, ...section.rows.map((r) => (r.mark?.kind === 'offset' ? Math.abs(r.mark.value) : 0))),
});

/** The bars of a part share the scale of its whole section (layoutFigures would scale them to the part alone). */
function onSectionScales(layout: FiguresLayout, pieces: readonly Piece[]): FiguresLayout {
  const origin = new Map(pieces.map((p) => [p.section.key, p.origin]));
  return {
    ...layout,
    sections: layout.sections.map((box) => {
      const from = origin.get(box.section.key);
      return from && from !== box.section ? { ...box, ...sectionScale(from) } : box;
    }),
  };
}

type Lay = (sections: readonly FigureSection[]) => FiguresLayout;

/** Sections cut into parts no taller than `limit` (each part at least one row), or null when a row alone is taller. */
function piecesOf(spec: FiguresSpec, lay: Lay, limit: number, continued: string): Piece[] | null {
  const heightOf = (section: FigureSection) => lay([section]).height;
  const pieces: Piece[] = [];
  for (const section of spec.sections) {
    if (heightOf(section) <= limit) {
      pieces.push({ section, origin: section });
      continue;
    }
    const part = (rows: FigureSection['rows'], n: number): FigureSection => ({
      key: `${section.key}#${n}`,
      title: n === 0 ? section.title : `${section.title} ${continued}`.trim(),
      ...(n === 0 && section.note ? { note: section.note } : {}),
      rows,
    });
    const parts: FigureSection[] = [];
    let rows: FigureSection['rows'][number][] = [];
    for (const row of section.rows) {
      if (rows.length > 0 && heightOf(part([...rows, row], parts.length)) > limit) {
        parts.push(part(rows, parts.length));
        rows = [row];
      } else rows.push(row);
    }
    if (rows.length) parts.push(part(rows, parts.length));
    if (parts.some((p) => heightOf(p) > limit)) return null;
    pieces.push(...parts.map((p) => ({ section: p, origin: section })));
  }
  return pieces;
}

/** Pieces in order into columns no taller than `limit`: a new column when the next piece would overflow. */
function packColumns(pieces: readonly Piece[], lay: Lay, limit: number): Piece[][] {
  const columns: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of pieces) {
    const next = [...current, piece];
    if (current.length > 0 && lay(next.map((p) => p.section)).height > limit) {
      columns.push(current);
      current = [piece];
    } else current = next;
  }
  if (current.length) columns.push(current);
  return columns;
}

const columnHeight = (column: readonly Piece[], lay: Lay) => lay(column.map((p) => p.section)).height;

/** The lowest column limit that still packs into `count` columns: columns of even height. */
function balanced(pieces: readonly Piece[], lay: Lay, limit: number, count: number): Piece[][] {
  let lo = 0;
  let hi = limit;
  let best = packColumns(pieces, lay, limit);
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const columns = packColumns(pieces, lay, mid);
    if (columns.length <= count && columns.every((c) => columnHeight(c, lay) <= mid)) {
      hi = mid;
      best = columns;
    } else lo = mid;
  }
  return best;
}

interface FiguresCandidate {
  pages: number;
  scale: number;
  count: number;
  columns: Piece[][];
  columnWidth: number;
  lay: Lay;
  limit: number;
  noteLines: string[];
  noteHeight: number;
}

function planFigures(spec: FiguresSpec, box: SlideBox, opts: SlidePlanOptions, measure: Measure): FiguresPage[] {
  /** At one scale: the fewest slides any column count gives, with the fewest columns that give it. */
  const at = (scale: number): FiguresCandidate | null => {
    let best: FiguresCandidate | null = null;
    const width = box.width / scale;
    const gap = COLUMN_GAP / scale;
    const noteLines = spec.note ? wrapText(spec.note, width, measure.note) : [];
    const noteHeight = noteLines.length ? noteLines.length * NOTE_LINE + 10 : 0;
    const limit = box.height / scale - noteHeight;
    for (let count = 1; count <= MAX_COLUMNS; count++) {
      const columnWidth = (width - (count - 1) * gap) / count;
      if (columnWidth < MIN_COLUMN && count > 1) break;
      // every column starts its labels where the whole chart would at this width: headings beside or above alike
      const { labelX } = layoutFigures({ sections: spec.sections }, columnWidth, measure);
      const lay: Lay = (sections) => layoutFigures({ sections }, columnWidth, measure, { labelX });
      // a heading beside its rows is repeated as it is; one above them says it continues
      const pieces = piecesOf(spec, lay, limit, labelX > 0 ? '' : (opts.continued ?? ''));
      if (!pieces) continue;
      const columns = packColumns(pieces, lay, limit);
      if (columns.some((c) => columnHeight(c, lay) > limit)) continue;
      const pages = Math.ceil(columns.length / count);
      if (!best || pages < best.pages) best = { pages, scale, count, columns, columnWidth, lay, limit, noteLines, noteHeight };
      if (pages === 1) break;
    }
    return best;
  };
  const scales = scalesFor(spec, opts.minText);
  const tried = new Map<number, FiguresCandidate | null>();
  const tryAt = (i: number) => {
    if (!tried.has(i)) tried.set(i, at(scales[i]!));
    return tried.get(i) ?? null;
  };
  const fewest = tryAt(scales.length - 1)?.pages;
  if (fewest === undefined) throw new Error('The figures chart cannot be laid out on a slide');
  // the largest scale that still needs no more slides than the smallest one (fewer slides as the scale goes down)
  let lo = 0;
  let hi = scales.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const pages = tryAt(mid)?.pages;
    if (pages !== undefined && pages <= fewest) hi = mid;
    else lo = mid + 1;
  }
  const best = tryAt(hi);
  if (!best) throw new Error('The figures chart cannot be laid out on a slide');
  const { scale, count, columnWidth, lay, limit, noteLines, noteHeight } = best;
  const slides = best.pages === 1 ? [balanced(best.columns.flat(), lay, limit, count)] : chunk(best.columns, count);
  return slides.map((columns) => {
    const layouts = columns.map((c) => onSectionScales(lay(c.map((p) => p.section)), c));
    return {
      kind: 'figures',
      scale,
      // the whole box's width: a last slide with fewer columns keeps them where the others have them
      width: box.width / scale,
      height: noteHeight + Math.max(...layouts.map((l) => l.height)),
      color: spec.color,
      noteLines,
      noteHeight,
      columns: layouts,
      columnWidth,
      columnGap: COLUMN_GAP / scale,
    };
  });
}

/** The chart's slides: one, or several when it cannot fit one legibly. */
export function planSlideChart(spec: ChartSpec, box: SlideBox, opts: SlidePlanOptions): SlidePage[] {
  const measure = memoMeasure(opts.measure ?? pageMeasure);
  if (spec.kind === 'bar') return planBars(spec, box, opts, measure);
  if (spec.kind === 'timeline') return planTimeline(spec, box, opts, measure);
  return planFigures(spec, box, opts, measure);
}
