import type { Dataset, Indicator } from '../../data/schema';
import { translate, type Lang, type MessageKey } from '../../i18n/translate';
import { orgUnitLabel, periodLabel } from '../../model/figures';
import { formatPercent, formatValue, unitLabel } from '../../model/format';
import type { OverviewSeries, OverviewTile } from './series';

const SHORT_TITLES: Record<string, MessageKey> = {
  'difficult-congress-held': 'overview.difficultHeld',
  consolidated: 'overview.consolidated',
  'days-ahead-of-plan': 'overview.cityCongress',
};

/** Tile headings are short (a tile is ~150 px wide); the full label is in the tile's source note and the tables. */
export function tileTitle(lang: Lang, tile: OverviewTile): string {
  if (tile.kind === 'inspection') return translate(lang, `activity.${tile.key as 'inspected' | 'supervised' | 'violation-checked'}`);
  if (tile.kind === 'congress') return translate(lang, 'overview.congressHeld');
  const first = tile.figures[0];
  const short = first ? SHORT_TITLES[first.measure] : undefined;
  return short ? translate(lang, short) : (first?.label[lang] ?? '');
}

/** What names one figure of a tile: the congress level, else its unit ("tổ chức đảng", "đảng viên"). */
export function figureCaption(lang: Lang, ind: Indicator): string {
  if (ind.level && ind.category === 'congress') return translate(lang, `level.${ind.level}`);
  return unitLabel(lang, ind);
}

/** One figure of a tile as written: "1.234", "83/83" with "100%" beside it, "sớm 10 ngày". */
export function tileValue(lang: Lang, tile: OverviewTile, ind: Indicator): { value: string; share?: string } {
  if (tile.kind === 'ahead') return { value: translate(lang, 'congress.aheadValue', { days: formatValue(lang, ind) }) };
  if (tile.kind === 'completion' && ind.denominator) {
    return { value: formatValue(lang, ind), share: formatPercent(lang, ind.value / ind.denominator) };
  }
  return { value: formatValue(lang, ind) };
}

/** One key figure in words, for files (slides, reports, print): heading, what it counts, and the value. */
export interface KeyFigure {
  heading: string;
  caption: string;
  value: string;
}

/** The key figures strip as text: one line per figure, in the strip's order. */
export function keyFiguresOf(lang: Lang, series: OverviewSeries): KeyFigure[] {
  return series.tiles.flatMap((tile) => {
    const heading = tileTitle(lang, tile);
    const multi = tile.kind === 'inspection' || tile.kind === 'congress';
    return tile.figures.map((ind) => {
      const { value, share } = tileValue(lang, tile, ind);
      return { heading, caption: multi ? figureCaption(lang, ind) : ind.label[lang], value: share ? `${value} (${share})` : value };
    });
  });
}

/** "Năm 2020" or "Năm 2020 · Hà Nội" (the unit only when the file has several): the slice the key figures are of. */
export function keyFiguresSlice(dataset: Dataset, series: OverviewSeries, lang: Lang): string {
  const { slice } = series;
  if (!slice) return '';
  const period = periodLabel(dataset, slice.period, lang);
  return dataset.orgUnits.length > 1 ? `${period} · ${orgUnitLabel(dataset, slice.orgUnit, lang)}` : period;
}
