import { estimateTextWidth, wrapText } from '../theme/text';
import { measureLabel, TICK_FONT_SIZE } from './measure';
import type { FigureMark, FigureRow, FigureSection, FiguresSpec } from './spec';

/**
 * Where everything of a figures chart goes, for a given width: computed before the chart code loads (the page
 * reserves the chart's box at this height) and again when drawing, so both agree. Labels wrap onto as many
 * lines as they need: a label is never cut, at any width.
 */
export const FIGURE_TEXT_SIZE = 13;
export const FIGURE_TITLE_SIZE = 13;
export const FIGURE_NOTE_SIZE = 12;
export const FIGURE_MARK_LABEL_SIZE = 11;
export const LABEL_LINE = 15;
export const TITLE_LINE = 18;
export const NOTE_LINE = 16;
const ROW_PAD = 5;
const GAP = 12;
const SECTION_GAP = 10;
/** below this much room for label and mark side by side, the mark goes under its label */
const SIDE_BY_SIDE_MIN = 340;
/** headings up to this wide may stand beside their rows, if the labels keep at least BESIDE_ROOM_MIN */
const BESIDE_TITLE_MAX = 150;
const BESIDE_ROOM_MIN = 240;
/** what a chart is laid out at before its width is known (the pre-rendered page, a test without layout) */
export const FIGURES_DEFAULT_WIDTH = 480;

export const markHeight = (mark: FigureMark | undefined) => (mark === undefined ? 0 : mark.kind === 'offset' ? 18 : 14);

export interface Measure {
  label: (s: string) => number;
  text: (s: string) => number;
  title: (s: string) => number;
  note: (s: string) => number;
}

/** Text measured in the page's font (the shared estimate where there is no canvas). */
export const pageMeasure: Measure = {
  label: (s) => measureLabel(s, 400, TICK_FONT_SIZE),
  text: (s) => measureLabel(s, 700, FIGURE_TEXT_SIZE),
  title: (s) => measureLabel(s, 700, FIGURE_TITLE_SIZE),
  note: (s) => measureLabel(s, 400, FIGURE_NOTE_SIZE),
};

/** Text estimated as the server does (the pre-rendered page reserves chart boxes with it). */
export const estimateMeasure: Measure = {
  label: (s) => estimateTextWidth(s, TICK_FONT_SIZE, 400),
  text: (s) => estimateTextWidth(s, FIGURE_TEXT_SIZE, 700),
  title: (s) => estimateTextWidth(s, FIGURE_TITLE_SIZE, 700),
  note: (s) => estimateTextWidth(s, FIGURE_NOTE_SIZE, 400),
};

export interface RowBox {
  row: FigureRow;
  top: number;
  height: number;
  labelLines: string[];
  /** top of the first label line */
  labelTop: number;
  /** vertical centre of the mark and of the figure's text */
  markY: number;
}

export interface SectionBox {
  section: FigureSection;
  /** the rule above the section (none above the first) */
  ruleY: number | null;
  titleLines: string[];
  titleTop: number;
  noteLines: string[];
  noteTop: number;
  rows: RowBox[];
  /** the largest bar of the section (its scale runs from 0 to this), and the largest offset either way */
  barMax: number;
  offsetMax: number;
}

export interface FiguresLayout {
  width: number;
  height: number;
  /** labels from x = labelX (right of the headings when they stand beside their rows), this wide */
  labelX: number;
  labelWidth: number;
  /** marks from markX, markWidth wide; under their label when `stacked` */
  markX: number;
  markWidth: number;
  stacked: boolean;
  /** the figures' text, right-aligned at x = width */
  textWidth: number;
  /** the chart's note, from the top */
  noteLines: string[];
  sections: SectionBox[];
}

/**
 * `fixed.labelX` imposes where labels start (0: headings above their rows), so that columns of one chart drawn side
 * by side, each laid out apart, keep their headings alike.
 */
export function layoutFigures(
  spec: Pick<FiguresSpec, 'sections' | 'note'>,
  width: number,
  measure: Measure = pageMeasure,
  fixed?: { labelX: number },
): FiguresLayout {
  const rows = spec.sections.flatMap((s) => s.rows);
  const textWidth = Math.ceil(Math.max(0, ...rows.map((r) => measure.text(r.text))));
  const hasMarks = rows.some((r) => r.mark !== undefined);
  // Short headings (a unit: "Nhiệm vụ") stand beside their rows when that leaves the labels enough room: a third
  // of the height of headings above their rows. Headings with a note, or long ones, stay above.
  const titleWidth = Math.ceil(Math.max(0, ...spec.sections.map((s) => measure.title(s.title))));
  const beside = fixed
    ? fixed.labelX > 0
    : spec.sections.every((s) => !s.note) && titleWidth <= BESIDE_TITLE_MAX && width - titleWidth - textWidth - 2 * GAP >= BESIDE_ROOM_MIN;
  const labelX = fixed ? fixed.labelX : beside ? titleWidth + GAP : 0;
  const room = Math.max(60, width - labelX - textWidth - GAP);
  const stacked = hasMarks && room < SIDE_BY_SIDE_MIN;
  const labelWidth = !hasMarks || stacked ? room : Math.min(300, Math.max(150, Math.round(room * 0.58)));
  const markX = labelX + (stacked ? 0 : labelWidth + GAP);
  const markWidth = !hasMarks ? 0 : stacked ? room : room - labelWidth - GAP;
  const sections: SectionBox[] = [];
  const chartNote = spec.note ? wrapText(spec.note, width, measure.note) : [];
  let y = chartNote.length > 0 ? chartNote.length * NOTE_LINE + 6 : 0;
  spec.sections.forEach((section, i) => {
    let ruleY: number | null = null;
    if (i > 0) {
      y += beside ? 2 : SECTION_GAP;
      ruleY = y;
      y += beside ? 2 : SECTION_GAP - 4;
    }
    const titleLines = section.title ? (beside ? [section.title] : wrapText(section.title, width, measure.title)) : [];
    // beside its rows, the heading stands on the first label line
    const titleTop = beside ? y + ROW_PAD + LABEL_LINE / 2 - TITLE_LINE / 2 : y;
    if (!beside) y += titleLines.length * TITLE_LINE;
    const noteLines = section.note ? wrapText(section.note, width, measure.note) : [];
    const noteTop = y;
    y += noteLines.length * NOTE_LINE;
    const boxes: RowBox[] = section.rows.map((row) => {
      // a mark under its label leaves it the whole width; a row without a mark lends it the mark's room, up to its own figure
      const ownRoom = Math.max(60, width - labelX - Math.ceil(measure.text(row.text)) - GAP);
      const labelLines = wrapText(row.label, stacked && row.mark ? width - labelX : row.mark ? labelWidth : ownRoom, measure.label);
      const labelHeight = labelLines.length * LABEL_LINE;
      const mark = markHeight(row.mark);
      const top = y;
      let box: RowBox;
      if (stacked && row.mark) {
        const height = labelHeight + 4 + mark + 2 * ROW_PAD;
        box = { row, top, height, labelLines, labelTop: top + ROW_PAD, markY: top + ROW_PAD + labelHeight + 4 + mark / 2 };
      } else {
        const height = Math.max(labelHeight, mark, LABEL_LINE) + 2 * ROW_PAD;
        const centre = top + height / 2;
        // without a mark, the figure stands on the label's first line, as in a table
        const markY = row.mark || labelLines.length < 2 ? centre : top + ROW_PAD + LABEL_LINE / 2;
        box = { row, top, height, labelLines, labelTop: centre - labelHeight / 2, markY };
      }
      y += box.height;
      return box;
    });
    const marks = section.rows.map((r) => r.mark);
    sections.push({
      section,
      ruleY,
      titleLines,
      titleTop,
      noteLines,
      noteTop,
      rows: boxes,
      barMax: Math.max(0, ...marks.map((m) => (m?.kind === 'bar' ? m.value : 0))),
      offsetMax: Math.max(0, ...marks.map((m) => (m?.kind === 'offset' ? Math.abs(m.value) : 0))),
    });
  });
  return { width, height: Math.ceil(y) + 2, labelX, labelWidth, markX, markWidth, stacked, textWidth, noteLines: chartNote, sections };
}
