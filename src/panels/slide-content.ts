import type { ChartSpec, FigureRow, FigureSection } from '../charts';
import type { DatasetOrigin } from '../data/dataset-source';
import type { Dataset } from '../data/schema';
import { pptxColor } from '../export/pptx-charts';
import type { Deck, DeckBlock, DeckChart, DeckImage, DeckPanel, DeckTable } from '../export/pptx-types';
import { translator, type Lang } from '../i18n/translate';
import { formatNumber } from '../model/format';
import { cellText, type Table } from '../model/table';
import { sourceLine } from './export-spec';
import type { PanelView } from './panel-view';
import type { ViewSummary } from './view-summary';

type BarSpec = Extract<ChartSpec, { kind: 'bar' }>;
type FiguresSpec = Extract<ChartSpec, { kind: 'figures' }>;
type TimelineSpec = Extract<ChartSpec, { kind: 'timeline' }>;

/**
 * What PowerPoint gets of each panel, as plain data (src/export/pptx-deck.ts draws it): a chart PowerPoint can draw
 * becomes a native chart holding exactly the page's labels and values; what it cannot draw honestly becomes a table
 * of the figures as the page writes them, or (a timeline) a picture with its table beside it.
 */

/** A bar spec as it is: its rows as categories (the same labels), its series (the same values and colours). */
export function barChartOf(spec: BarSpec): DeckChart {
  return {
    kind: 'chart',
    heading: '',
    categories: spec.rows.map((row) => String(row[spec.index] ?? '')),
    series: spec.series.map((s) => ({
      name: s.label,
      color: pptxColor(s.color),
      values: spec.rows.map((row) => {
        const value = row[s.key];
        return typeof value === 'number' && Number.isFinite(value) ? value : null;
      }),
    })),
    stacked: spec.stacked ?? false,
    share: false,
    log: spec.scale === 'log',
    altText: spec.label,
  };
}

const figuresTable = (heading: string, rows: readonly FigureRow[], lang: Lang): DeckTable => {
  const t = translator(lang);
  return { kind: 'table', heading, columns: [t('table.figure'), t('table.value')], rows: rows.map((r) => [r.label, r.text]) };
};

/**
 * One section of a figures chart: its counts (`bar` marks, one unit, one scale) as a bar chart of those counts, its
 * parts (`part` marks) as a chart of shares 0-100 % with "x/y" in the labels, every other row (no mark, or days
 * before a planned date) as a table of the figures as written. Blocks follow the section's own order of kinds.
 */
export function sectionBlocks(section: FigureSection, color: string, lang: Lang): DeckBlock[] {
  const t = translator(lang);
  const n = (v: number) => formatNumber(lang, v);
  const bars = section.rows.filter((r) => r.mark?.kind === 'bar');
  const parts = section.rows.filter((r) => r.mark?.kind === 'part');
  const rest = section.rows.filter((r) => r.mark?.kind !== 'bar' && r.mark?.kind !== 'part');
  const blocks: DeckBlock[] = [];
  if (bars.length > 0) {
    blocks.push({
      kind: 'chart',
      heading: section.title,
      categories: bars.map((r) => r.label),
      series: [{ name: section.title, color, values: bars.map((r) => (r.mark?.kind === 'bar' ? r.mark.value : null)) }],
      stacked: false,
      share: false,
      log: false,
      altText: `${section.title}: ${bars.map((r) => `${r.label}: ${r.text}`).join('; ')}`,
    });
  }
  if (parts.length > 0) {
    blocks.push({
      kind: 'chart',
      heading: section.title,
      categories: parts.map((r) => (r.mark?.kind === 'part' ? `${r.label} (${n(r.mark.done)}/${n(r.mark.total)})` : r.label)),
      series: [
        {
          name: t('pptx.share'),
          color,
          values: parts.map((r) => (r.mark?.kind === 'part' && r.mark.total > 0 ? r.mark.done / r.mark.total : null)),
        },
      ],
      stacked: false,
      share: true,
      log: false,
      altText: `${section.title}: ${parts.map((r) => `${r.label}: ${r.text}`).join('; ')}`,
    });
  }
  if (rest.length > 0) blocks.push(figuresTable(bars.length + parts.length > 0 ? '' : section.title, rest, lang));
  return blocks;
}

/**
 * The blocks of every section in order; sections drawn only as a table (a figure or two each, like the programme's)
 * run on in one table, with a heading only when it stands for one section.
 */
function figuresBlocks(spec: FiguresSpec, lang: Lang): DeckBlock[] {
  const color = pptxColor(spec.color);
  const blocks: DeckBlock[] = [];
  let run: { at: number; sections: number } | null = null;
  for (const section of spec.sections) {
    const own = sectionBlocks(section, color, lang);
    const onlyTable = own.length === 1 && own[0]!.kind === 'table' ? own[0] : null;
    const open = run ? blocks[run.at] : undefined;
    if (onlyTable && run && open?.kind === 'table') {
      blocks[run.at] = { ...open, heading: '', rows: [...open.rows, ...onlyTable.rows] };
      run.sections += 1;
      continue;
    }
    run = onlyTable ? { at: blocks.length, sections: 1 } : null;
    blocks.push(...own);
  }
  return blocks;
}

/** A timeline's rows as a table: the label and the caption the bar carries ("90 năm (từ 1930)"). */
export function timelineTable(spec: TimelineSpec, lang: Lang): DeckTable {
  const t = translator(lang);
  return { kind: 'table', heading: '', columns: [t('table.figure'), t('table.value')], rows: spec.rows.map((r) => [r.label, r.caption]) };
}

/** A panel without a chart (figures only listed): its table's figures, as written in the table view. */
export function listedTable(table: Table, lang: Lang): DeckTable {
  const t = translator(lang);
  return {
    kind: 'table',
    heading: '',
    columns: [t('table.figure'), t('table.value'), t('table.unit')],
    rows: table.rows.map((r) => [
      String(r.label ?? ''),
      typeof r.value === 'number'
        ? cellText(lang, r, 'value') + (typeof r.denominator === 'number' ? `/${cellText(lang, r, 'denominator')}` : '')
        : '',
      String(r.unit ?? ''),
    ]),
  };
}

/** The notes a slide adds under the caption: computed values, a log axis, shares, sections' notes, rows left out. */
function notesOf(view: PanelView, blocks: readonly DeckBlock[], lang: Lang): string[] {
  const t = translator(lang);
  const chart = view.chart;
  const notes: string[] = [];
  if (view.exportNote) notes.push(view.exportNote);
  if (chart?.kind === 'figures') {
    if (chart.note && chart.note !== view.exportNote) notes.push(chart.note);
    for (const s of chart.sections) if (s.note && !view.description.includes(s.note)) notes.push(`${s.title}: ${s.note}`);
  }
  if (blocks.some((b) => b.kind === 'chart' && b.log)) notes.push(t('pptx.logScale'));
  if (blocks.some((b) => b.kind === 'chart' && b.share)) notes.push(t('pptx.shareNote'));
  if (blocks.some((b) => b.kind === 'image')) notes.push(t('pptx.imageNote'));
  if (view.drawn && view.drawn.shown < view.drawn.total)
    notes.push(t('panel.rowsCapped', { shown: view.drawn.shown, total: view.drawn.total }));
  // a note the caption already says (a figures chart's description carries its notes) is not said twice
  return [...new Set(notes)].filter((n) => !view.description.includes(n));
}

/**
 * One panel's slide content. `image` is the picture of a chart PowerPoint cannot draw (a timeline), when made;
 * `origin` is where the data came from: a file other than the shipped one is named in the source line.
 */
export function deckPanelOf(
  view: PanelView,
  lang: Lang,
  image: DeckImage | null = null,
  origin: DatasetOrigin = { kind: 'shipped' },
): DeckPanel {
  const chart = view.chart;
  let blocks: DeckBlock[];
  if (!chart) blocks = [listedTable(view.table, lang)];
  else if (chart.kind === 'bar') blocks = [barChartOf(chart)];
  else if (chart.kind === 'figures') blocks = figuresBlocks(chart, lang);
  else blocks = image ? [image, timelineTable(chart, lang)] : [timelineTable(chart, lang)];
  return {
    title: view.title,
    subtitle: view.subtitle,
    description: view.description,
    notes: notesOf(view, blocks, lang),
    source: sourceLine(view.citations, origin, lang),
    blocks,
  };
}

/** The whole deck: the summary's title slide and key figures, the panels in page order, the sources. */
export function deckOf(summary: ViewSummary, panels: DeckPanel[], cover = true): Deck {
  const t = translator(summary.lang);
  return {
    lang: summary.lang,
    cover,
    title: summary.title,
    organisation: summary.organisation,
    reportDate: summary.reportDate,
    filters: summary.filters,
    exportedOn: summary.exportedOn,
    keyFiguresTitle: summary.keyFiguresTitle,
    keyFigures: summary.keyFigures.map((k) => ({ heading: k.heading, caption: k.caption, value: k.value })),
    panels,
    sources: summary.sources,
    words: { sources: t('pptx.sources'), continued: t('pptx.continued') },
  };
}

/** The deck of one chart: its slides alone (no title, key figures or sources slide), the dataset in its properties. */
export function panelDeck(dataset: Dataset, lang: Lang, panels: DeckPanel[], exportedOn: string): Deck {
  const t = translator(lang);
  return {
    lang,
    cover: false,
    title: dataset.meta.title[lang],
    organisation: dataset.meta.organisation[lang],
    reportDate: '',
    filters: panels[0]?.subtitle ?? '',
    exportedOn,
    keyFiguresTitle: '',
    keyFigures: [],
    panels,
    sources: [],
    words: { sources: t('pptx.sources'), continued: t('pptx.continued') },
  };
}
