import type PptxGenJS from 'pptxgenjs';
import { THEME } from '../theme/theme';
import type { DeckChart } from './pptx-types';

/** The one font of the deck: Office PCs carry it, and it has every Vietnamese letter. Named on every text run. */
export const DECK_FONT = 'Arial';

/** A theme colour as PowerPoint writes it (hex, no "#"); anything but a 6-digit hex colour is the single-series colour. */
export function pptxColor(color: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return (match?.[1] ?? THEME.series.single.slice(1)).toUpperCase();
}

/** The deck's colours, all from the theme. */
export const COLORS = {
  ink: pptxColor(THEME.page.ink),
  muted: pptxColor(THEME.page['ink-muted']),
  grid: pptxColor(THEME.chart.grid),
  line: pptxColor(THEME.page.line),
  accent: pptxColor(THEME.series.single),
  tile: pptxColor(THEME.page.canvas),
  white: pptxColor(THEME.page.surface),
} as const;

export interface ChartArgs {
  data: { name: string; labels: string[]; values: (number | null)[] }[];
  options: PptxGenJS.IChartOpts;
}

/**
 * Excel number format of the values and their labels: whole numbers with a thousands separator, or shares as %.
 * In Vietnamese the format names the Vietnamese locale ([$-42A]), so "1.282" is written as the page writes it by
 * programs that read the format's locale (LibreOffice); PowerPoint writes the separators of the PC's own settings.
 */
export function numberFormat(chart: DeckChart, lang: 'vi' | 'en' = 'en'): string {
  return (lang === 'vi' ? '[$-42A]' : '') + plainFormat(chart);
}

function plainFormat(chart: DeckChart): string {
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  if (chart.share) return values.every((v) => Number.isInteger(Math.round(v * 1e6) / 1e4)) ? '0%' : '0.0%';
  return values.every(Number.isInteger) ? '#,##0' : '#,##0.0##';
}

/** Label size (points) by how many categories share the axis. */
const labelSize = (categories: number) => (categories > 10 ? 10 : categories > 6 ? 11 : 12);

/**
 * The arguments of `slide.addChart('bar', data, options)` for one chart: horizontal bars like the page, the same
 * labels and values (the chart's data sheet holds exactly these), the series' colours, values written on the bars.
 */
export function chartArgs(chart: DeckChart, lang: 'vi' | 'en'): ChartArgs {
  const format = numberFormat(chart, lang);
  const size = labelSize(chart.categories.length);
  const data = chart.series.map((s) => ({ name: s.name, labels: [...chart.categories], values: [...s.values] }));
  const options: PptxGenJS.IChartOpts = {
    barDir: 'bar',
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    ...(chart.stacked ? { barOverlapPct: 100 } : {}),
    barGapWidthPct: 60,
    chartColors: chart.series.map((s) => s.color),
    altText: chart.altText,
    lang: lang === 'vi' ? 'vi-VN' : 'en-GB',
    // the first row on top, as on the page; the value axis then crosses at the category axis' end, below the bars
    catAxisOrientation: 'maxMin' as 'minMax',
    catAxisCrossesAt: 'max' as 'autoZero',
    catAxisLabelFontFace: DECK_FONT,
    catAxisLabelFontSize: size,
    catAxisLabelColor: COLORS.ink,
    catAxisLineShow: false,
    valAxisLabelPos: 'nextTo',
    valAxisLabelFontFace: DECK_FONT,
    valAxisLabelFontSize: 10,
    valAxisLabelColor: COLORS.muted,
    valAxisLabelFormatCode: format,
    valLabelFormatCode: format,
    valAxisLineShow: false,
    valGridLine: { color: COLORS.grid, size: 0.75, style: 'solid' },
    ...(chart.share ? { valAxisMinVal: 0, valAxisMaxVal: 1, valAxisMajorUnit: 0.25 } : {}),
    ...(chart.log ? { valAxisLogScaleBase: 10 } : { valAxisMinVal: 0 }),
    showValue: true,
    dataLabelFormatCode: format,
    dataLabelFontFace: DECK_FONT,
    dataLabelFontSize: size,
    dataLabelColor: chart.stacked ? COLORS.white : COLORS.ink,
    dataLabelPosition: chart.stacked ? 'ctr' : 'outEnd',
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontFace: DECK_FONT,
    legendFontSize: 11,
    legendColor: COLORS.ink,
    showTitle: false,
  };
  return { data, options };
}
