import { figuresInWords, figuresChart, type FigureMark, type FigureSection } from '../../charts';
import { translator } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { capitalise, figureWithUnit, unitLabel } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { MAX_CHART_ROWS } from '../../model/limit-rows';
import { provenanceNotes } from '../../model/provenance';
import { THEME } from '../../theme/theme';
import type { PanelInput, PanelView } from '../panel-view';
import type { OtherRow, OtherSeries } from './series';

/** A bar only beside other counts of the same unit and period; x of y as its share of the whole; else the number alone. */
function markOf(row: OtherRow, bars: boolean): FigureMark | undefined {
  const { value, denominator } = row.source;
  if (denominator !== undefined) return { kind: 'part', done: value, total: denominator };
  return bars && row.counted ? { kind: 'bar', value } : undefined;
}

/**
 * Organisation work and other figures: every figure of those categories, each with its number written in full
 * and its source, grouped by the unit counted so that no scale holds unlike units.
 */
export function otherView(series: OtherSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id' | 'citations'> {
  const t = translator(lang);
  // like every chart, the first rows of many (a file of every unit over many periods); the table holds all
  let room = MAX_CHART_ROWS;
  const total = series.groups.reduce((n, g) => n + g.rows.length, 0);
  const sections: FigureSection[] = series.groups.flatMap((group) => {
    const shown = group.rows.slice(0, Math.max(0, room));
    room -= shown.length;
    if (shown.length === 0) return [];
    const bars = group.onePeriod && group.rows.filter((r) => r.counted).length > 1;
    return {
      key: group.unit,
      title: group.unit === 'percent' ? t('other.percent') : capitalise(lang, unitLabel(lang, group)),
      rows: shown.map((r) => {
        const mark = markOf(r, bars);
        return {
          key: r.key,
          label: r.label,
          text: figureWithUnit(lang, r.source),
          ...(mark ? { mark } : {}),
          computed: r.source.computed !== undefined,
          notes: provenanceNotes(dataset, [r.source], lang),
        };
      }),
    };
  });
  const title = t('panel.other.title');
  const subtitle = describeFilters(dataset, filters, lang, [], series.figures);
  const note = t('other.byUnit');
  return {
    title,
    subtitle,
    description: figuresInWords(note, sections),
    empty: series.figures.length === 0,
    chart: sections.length > 0 ? figuresChart({ sections, color: THEME.series.single, label: `${title}: ${subtitle}` }) : null,
    drawn: { shown: Math.min(total, MAX_CHART_ROWS), total },
    table: panelTable(dataset, series.figures, lang),
    figures: series.figures,
    ...(sections.length > 0 ? { exportNote: note } : {}),
    fileSlug: 'cong-tac-to-chuc-so-lieu-khac',
  };
}
