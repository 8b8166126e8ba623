import { figuresInWords, figuresChart, type FigureSection } from '../../charts';
import { translator } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { capitalise, figureWithUnit, unitLabel } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { limitRows } from '../../model/limit-rows';
import { provenanceNotes } from '../../model/provenance';
import { THEME } from '../../theme/theme';
import type { PanelInput, PanelView } from '../panel-view';
import type { ProgrammeGroup, ProgrammeSeries } from './series';

/** Bars only where they compare like with like: two or more figures of one unit and one period. */
const comparable = (group: ProgrammeGroup) => group.rows.length > 1 && new Set(group.rows.map((r) => r.period)).size === 1;

/**
 * The term programme, the next year's plan and the conference's own figures, by the unit counted (goals, tasks,
 * articles...): each unit its own group, so no axis holds unlike units; the figures that are not counts are listed.
 */
export function programmeView(series: ProgrammeSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id' | 'citations'> {
  const t = translator(lang);
  const indicators = [...series.counts.map((c) => c.source), ...series.others];
  const drawn = limitRows(series.counts);
  const shown = new Set(drawn.shown);
  const sections: FigureSection[] = series.groups
    .map((group) => ({ ...group, rows: group.rows.filter((r) => shown.has(r)) }))
    .filter((group) => group.rows.length > 0)
    .map((group) => {
      const bars = comparable(group);
      return {
        key: group.unit,
        title: capitalise(lang, unitLabel(lang, group)),
        rows: group.rows.map((r) => ({
          key: r.key,
          label: r.label,
          text: figureWithUnit(lang, r.source),
          ...(bars ? { mark: { kind: 'bar' as const, value: r.value } } : {}),
          computed: r.source.computed !== undefined,
          notes: provenanceNotes(dataset, [r.source], lang),
        })),
      };
    });
  const title = t('panel.programme.title');
  const subtitle = describeFilters(dataset, filters, lang, [], indicators);
  const note = t('programme.byUnit');
  return {
    title,
    subtitle,
    description: figuresInWords(note, sections),
    empty: indicators.length === 0,
    chart: sections.length > 0 ? figuresChart({ sections, note, color: THEME.series.single, label: `${title}: ${subtitle}` }) : null,
    drawn: { shown: drawn.shown.length, total: drawn.total },
    table: panelTable(dataset, indicators, lang),
    fileSlug: 'chuong-trinh-toan-khoa',
  };
}
