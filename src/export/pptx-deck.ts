import PptxGenJS from 'pptxgenjs';
import { COLORS, DECK_FONT, chartArgs } from './pptx-charts';
import {
  FRAME,
  SLIDE,
  TABLE_FONT,
  columnWidths,
  fitFontSize,
  fitText,
  heightOf,
  linesOf,
  paginate,
  stackHeights,
  tableHeight,
} from './pptx-layout';
import type { Deck, DeckBlock, DeckChart, DeckImage, DeckPanel, DeckTable } from './pptx-types';

/**
 * The .pptx of a deck (PptxGenJS, loaded with this module on first use): a title slide, the key figures, one slide
 * (or more when they do not fit) a panel holding native charts with their data embedded, and the sources. 16:9,
 * every text run in Arial, which every office PC carries with the Vietnamese letters.
 */
export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const { ink: INK, muted: MUTED, accent: ACCENT, line: LINE, tile: TILE } = COLORS;
const MASTER = 'XDD_PANEL';
const WIDTH = SLIDE.width - 2 * SLIDE.margin;

type Slide = PptxGenJS.Slide;
type TextOptions = PptxGenJS.TextPropsOptions;

/** The language of each slide's text (PowerPoint checks the spelling of Vietnamese text as Vietnamese). */
const SLIDE_LANG = new WeakMap<Slide, string>();
const langOf = (slide: Slide) => SLIDE_LANG.get(slide) ?? 'en-GB';

function newSlide(pptx: PptxGenJS, lang: Deck['lang']): Slide {
  const slide = pptx.addSlide({ masterName: MASTER });
  SLIDE_LANG.set(slide, lang === 'vi' ? 'vi-VN' : 'en-GB');
  return slide;
}

function text(slide: Slide, value: string, options: TextOptions) {
  slide.addText(value, { fontFace: DECK_FONT, color: INK, margin: 0, valign: 'top', lang: langOf(slide), ...options });
}

/** A text box sized to its words: the largest of `sizes` that fits, cut at a word with "…" when even the smallest does not. */
function fittedText(
  slide: Slide,
  value: string,
  box: { x: number; y: number; w: number; h: number },
  sizes: number[],
  options: TextOptions = {},
) {
  const size = fitFontSize([value], box.w, box.h, sizes);
  text(slide, fitText(value, size, box.w, box.h), { ...box, fontSize: size, ...options });
}

function defineMaster(pptx: PptxGenJS) {
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: COLORS.white },
    objects: [{ rect: { x: 0, y: 0, w: SLIDE.width, h: 0.12, fill: { color: ACCENT } } }],
    slideNumber: {
      x: SLIDE.width - 0.9,
      y: SLIDE.height - 0.4,
      w: 0.5,
      h: 0.3,
      fontFace: DECK_FONT,
      fontSize: 9,
      color: MUTED,
      align: 'right',
    },
  });
}

function titleSlide(pptx: PptxGenJS, deck: Deck) {
  const slide = newSlide(pptx, deck.lang);
  const x = SLIDE.margin + 0.3;
  const w = WIDTH - 0.6;
  slide.addShape('rect', { x: SLIDE.margin, y: 1.4, w: 0.12, h: 2.6, fill: { color: ACCENT }, line: { color: ACCENT } });
  fittedText(slide, deck.title, { x, y: 1.4, w, h: 1.5 }, [36, 32, 28, 24], { bold: true });
  fittedText(slide, deck.organisation, { x, y: 3.0, w, h: 0.5 }, [22, 20, 18]);
  text(slide, deck.reportDate, { x, y: 3.55, w, h: 0.4, fontSize: 16, color: MUTED });
  fittedText(slide, deck.filters, { x, y: 4.4, w, h: 1.0 }, [16, 15, 14, 13, 12], { color: MUTED });
  text(slide, deck.exportedOn, { x, y: 6.4, w, h: 0.4, fontSize: 14, color: MUTED });
  slide.addNotes([deck.title, deck.organisation, deck.reportDate, deck.filters, deck.exportedOn].join('\n'));
}

const TILES_PER_ROW = 4;
const TILE_ROWS = 3;

/** The key figures as tiles, as the page's strip writes them (twelve a slide). */
function keyFigureSlides(pptx: PptxGenJS, deck: Deck) {
  const perSlide = TILES_PER_ROW * TILE_ROWS;
  for (let start = 0; start < deck.keyFigures.length; start += perSlide) {
    const slide = newSlide(pptx, deck.lang);
    text(slide, deck.keyFiguresTitle, { x: SLIDE.margin, y: FRAME.title.y, w: WIDTH, h: FRAME.title.h, fontSize: 26, bold: true });
    text(slide, deck.filters, { x: SLIDE.margin, y: FRAME.subtitle.y, w: WIDTH, h: FRAME.subtitle.h, fontSize: 12, color: MUTED });
    const gap = 0.2;
    const w = (WIDTH - gap * (TILES_PER_ROW - 1)) / TILES_PER_ROW;
    const h = (FRAME.body.h + 0.5 - gap * (TILE_ROWS - 1)) / TILE_ROWS;
    deck.keyFigures.slice(start, start + perSlide).forEach((figure, i) => {
      const x = SLIDE.margin + (i % TILES_PER_ROW) * (w + gap);
      const y = FRAME.body.y + Math.floor(i / TILES_PER_ROW) * (h + gap);
      slide.addShape('rect', { x, y, w, h, fill: { color: TILE }, line: { color: LINE, width: 0.75 } });
      const inner = { x: x + 0.15, w: w - 0.3 };
      fittedText(slide, figure.heading, { ...inner, y: y + 0.1, h: 0.55 }, [12, 11, 10, 9], { bold: true, color: MUTED });
      fittedText(slide, figure.value, { ...inner, y: y + 0.65, h: 0.5 }, [26, 22, 18, 16], { bold: true, color: ACCENT });
      fittedText(slide, figure.caption, { ...inner, y: y + 1.15, h: h - 1.2 }, [11, 10, 9], { color: INK });
    });
  }
}

function addChart(slide: Slide, chart: DeckChart, box: { x: number; y: number; w: number; h: number }, lang: Deck['lang']) {
  let y = box.y;
  let h = box.h;
  if (chart.heading) {
    text(slide, chart.heading, { x: box.x, y, w: box.w, h: 0.3, fontSize: 13, bold: true });
    y += 0.35;
    h -= 0.35;
  }
  const { data, options } = chartArgs(chart, lang);
  slide.addChart('bar', data, { ...options, x: box.x, y, w: box.w, h });
}

function addTable(slide: Slide, table: DeckTable, box: { x: number; y: number; w: number; h: number }) {
  let y = box.y;
  if (table.heading) {
    text(slide, table.heading, { x: box.x, y, w: box.w, h: 0.3, fontSize: 13, bold: true });
    y += 0.35;
  }
  const cell = (value: string, column: number, header: boolean): PptxGenJS.TableCell => ({
    text: value,
    options: {
      bold: header,
      lang: langOf(slide),
      color: header ? COLORS.white : INK,
      ...(header ? { fill: { color: MUTED } } : {}),
      align: column === 0 ? 'left' : 'right',
    },
  });
  const rows = [table.columns.map((c, i) => cell(c, i, true)), ...table.rows.map((r) => r.map((c, i) => cell(c, i, false)))];
  slide.addTable(rows, {
    x: box.x,
    y,
    w: box.w,
    colW: columnWidths(table.columns.length, box.w),
    fontFace: DECK_FONT,
    fontSize: TABLE_FONT,
    valign: 'middle',
    margin: 0.05,
    border: { type: 'solid', pt: 0.5, color: LINE },
    autoPage: false,
  });
}

function addImage(slide: Slide, image: DeckImage, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  slide.addImage({ data: image.data, x: box.x, y: box.y, w, h, altText: image.altText });
}

/** The panel's words: its title (and "(continued)"), the filters, and the source line with the export date. */
function panelFrame(slide: Slide, panel: DeckPanel, deck: Deck, page: number) {
  const title = page === 0 ? panel.title : `${panel.title} ${deck.words.continued}`;
  fittedText(slide, title, { x: SLIDE.margin, y: FRAME.title.y, w: WIDTH, h: FRAME.title.h }, [26, 24, 22, 20], { bold: true });
  fittedText(slide, panel.subtitle, { x: SLIDE.margin, y: FRAME.subtitle.y, w: WIDTH, h: FRAME.subtitle.h }, [14, 13, 12, 11, 10], {
    color: MUTED,
  });
  slide.addShape('line', { x: SLIDE.margin, y: FRAME.footer.y - 0.08, w: WIDTH, h: 0, line: { color: LINE, width: 0.75 } });
  fittedText(slide, panel.source, { x: SLIDE.margin, y: FRAME.footer.y, w: WIDTH - 3.2, h: FRAME.footer.h }, [10, 9, 8], { color: MUTED });
  text(slide, deck.exportedOn, {
    x: SLIDE.width - SLIDE.margin - 3.0,
    y: FRAME.footer.y,
    w: 2.2,
    h: 0.3,
    fontSize: 9,
    color: MUTED,
    align: 'right',
  });
}

/** The caption column beside the charts: the description (cut with "…" when long: it is whole in the notes), then the notes. */
function captionColumn(slide: Slide, panel: DeckPanel, box: { x: number; y: number; w: number; h: number }) {
  const noteSize = fitFontSize(panel.notes, box.w, box.h / 2, [11, 10, 9]);
  const notesHeight = panel.notes.reduce((h, n) => h + heightOf(linesOf(n, noteSize, box.w), noteSize) + 0.08, 0);
  const room = box.h - notesHeight - 0.1;
  const size = fitFontSize([panel.description], box.w, room, [14, 13, 12, 11, 10]);
  const runs: PptxGenJS.TextProps[] = [
    ...(panel.description ? [{ text: fitText(panel.description, size, box.w, room), options: { fontSize: size, color: INK } }] : []),
    ...panel.notes.map((n) => ({ text: n, options: { fontSize: noteSize, color: MUTED } })),
  ].map((run) => ({
    text: run.text,
    options: { ...run.options, fontFace: DECK_FONT, lang: langOf(slide), breakLine: true, paraSpaceAfter: 6 },
  }));
  if (runs.length > 0) slide.addText(runs, { ...box, margin: 0, valign: 'top', fontFace: DECK_FONT });
}

/**
 * A page of blocks stacked in the body's left part; an image with its table beside it (then the room left under that
 * table is returned, for the notes).
 */
function body(slide: Slide, blocks: DeckBlock[], lang: Deck['lang']): { x: number; y: number; w: number; h: number } | null {
  const left = { x: SLIDE.margin, w: FRAME.bodyWidth };
  const image = blocks.find((b): b is DeckImage => b.kind === 'image');
  if (image) {
    const imageWidth = WIDTH * 0.55;
    addImage(slide, image, { x: left.x, y: FRAME.body.y, w: imageWidth, h: FRAME.body.h });
    const beside = { x: left.x + imageWidth + 0.3, y: FRAME.body.y, w: WIDTH - imageWidth - 0.3, h: FRAME.body.h };
    for (const table of blocks.filter((b): b is DeckTable => b.kind === 'table')) {
      addTable(slide, table, beside);
      beside.y += tableHeight(table, beside.w) + 0.25;
    }
    return beside;
  }
  const heights = stackHeights(blocks, left.w, FRAME.body.h);
  let y = FRAME.body.y;
  blocks.forEach((block, i) => {
    const box = { ...left, y, h: heights[i] ?? 1 };
    if (block.kind === 'chart') addChart(slide, block, box, lang);
    else if (block.kind === 'table') addTable(slide, block, box);
    y += box.h + 0.15;
  });
  return null;
}

function panelSlides(pptx: PptxGenJS, panel: DeckPanel, deck: Deck) {
  const imagePanel = panel.blocks.some((b) => b.kind === 'image');
  // an image and its table share one slide; other blocks are paginated down the left part
  const pages = imagePanel ? [panel.blocks] : paginate(panel.blocks);
  pages.forEach((blocks, page) => {
    const slide = newSlide(pptx, deck.lang);
    panelFrame(slide, panel, deck, page);
    const under = body(slide, blocks, deck.lang);
    if (under) {
      // beside a picture the caption would repeat its table: the notes only (the description is in the speaker notes)
      const room = { ...under, h: FRAME.body.y + FRAME.body.h - under.y };
      if (room.h > 0.5) captionColumn(slide, { ...panel, description: '' }, room);
    } else {
      const column = { x: FRAME.column.x, y: FRAME.body.y, w: FRAME.column.w, h: FRAME.body.h };
      captionColumn(slide, page === 0 ? panel : { ...panel, description: '' }, column);
    }
    slide.addNotes([panel.title, panel.subtitle, panel.description, ...panel.notes, panel.source].filter(Boolean).join('\n'));
  });
}

function sourcesSlide(pptx: PptxGenJS, deck: Deck) {
  const slide = newSlide(pptx, deck.lang);
  text(slide, deck.words.sources, { x: SLIDE.margin, y: FRAME.title.y, w: WIDTH, h: FRAME.title.h, fontSize: 26, bold: true });
  const box = { x: SLIDE.margin, y: FRAME.subtitle.y + 0.2, w: WIDTH, h: SLIDE.height - FRAME.subtitle.y - 0.9 };
  const size = fitFontSize(deck.sources, box.w - 0.4, box.h, [16, 14, 13, 12, 11, 10, 9]);
  const runs: PptxGenJS.TextProps[] = deck.sources.map((s) => ({
    text: s,
    options: { fontFace: DECK_FONT, lang: langOf(slide), fontSize: size, color: INK, bullet: true, breakLine: true, paraSpaceAfter: 8 },
  }));
  slide.addText(runs, { ...box, margin: 0, valign: 'top', fontFace: DECK_FONT });
}

/** The deck as the bytes of a .pptx file. */
export async function buildPptx(deck: Deck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  pptx.title = deck.title;
  pptx.company = deck.organisation;
  pptx.subject = deck.filters;
  defineMaster(pptx);
  if (deck.cover) titleSlide(pptx, deck);
  if (deck.cover && deck.keyFigures.length > 0) keyFigureSlides(pptx, deck);
  for (const panel of deck.panels) panelSlides(pptx, panel, deck);
  if (deck.cover && deck.sources.length > 0) sourcesSlide(pptx, deck);
  const bytes = await pptx.write({ outputType: 'uint8array', compression: true });
  return bytes as Uint8Array;
}
