import { barChart, type SeriesSpec } from '../../charts';
import { changeFrom, earlierSlice, formatChange } from '../../model/periods';
import type { Indicator, Subject } from '../../data/schema';
import { translator, type Lang } from '../../i18n/translate';
import { describeFilters } from '../../model/describe-filters';
import { capitalise, formatFigure, formatNumber } from '../../model/format';
import { panelTable } from '../../model/indicator-table';
import { limitRows } from '../../model/limit-rows';
import { measureInfo } from '../../model/measures';
import { provenanceNotes } from '../../model/provenance';
import { THEME } from '../../theme/theme';
import { tint } from '../../theme/tint';
import type { PanelInput, PanelView } from '../panel-view';
import { FORMS, STEPS, type DisciplineGroup, type DisciplineSeries, type Figure, type Step } from './series';

/**
 * A bar of the chart. Each row is one figure of one subject (organisations or members, never both); the disciplined
 * row is stacked by form. The bar values sit under their series' keys: a subject, a form, or `unspecified`.
 */
export interface DisciplineRow {
  key: string;
  label: string;
  /** written at the bar's end: "30/81", "12" */
  text: string;
  /** the series whose segment ends the bar (its label carries `text`) */
  last: string;
  sources: Indicator[];
  /** tooltip lines besides the sources, e.g. how a remainder was computed */
  extra: string[];
  [bar: string]: unknown;
}

const UNSPECIFIED = 'unspecified';
/**
 * Share of white mixed into the forms' ink: lightest the mildest form, the theme's ink the most severe. The lightest
 * keeps 3:1 against white without an outline (exported legends draw swatches without one).
 */
const FORM_SHADE: Record<string, number> = {
  'discipline-reprimand': 0.5,
  'discipline-warning': 0.33,
  'discipline-dismissal': 0.16,
  'discipline-expulsion': 0,
  'discipline-dissolution': 0,
};

const label = (measure: string, lang: Lang) => measureInfo(measure)?.label[lang] ?? measure;

/** The subject, with the period and unit when several are shown: "Đảng viên · Quận A" (short: "đảng viên · Quận A"). */
function whoOf(group: DisciplineGroup, lang: Lang, short = false): string {
  const t = translator(lang);
  const subject = short ? t(group.subject === 'organisation' ? 'unit.organisations' : 'unit.members') : t(`subject.${group.subject}`);
  return group.sliceLabel ? `${subject} · ${group.sliceLabel}` : subject;
}

/** The figure as read: the file's own (with "khoảng", "x/y") when it is one figure, else the sum. */
function figureText(lang: Lang, figure: Figure): string {
  if (figure.sources.length === 1) return formatFigure(lang, figure.sources[0]!);
  const main = formatNumber(lang, figure.value);
  return figure.denominator !== null ? `${main}/${formatNumber(lang, figure.denominator)}` : main;
}

function formSpec(measure: string, lang: Lang): SeriesSpec<DisciplineRow> {
  const share = FORM_SHADE[measure] ?? 0.5;
  const ink = THEME.chart.label;
  return {
    key: measure,
    label: label(measure, lang),
    color: tint(ink, share),
    // dissolution (organisations) and expulsion (members) are both the gravest: the hatch tells them apart
    pattern: measure === 'discipline-dissolution' ? 'hatch' : null,
    // a white edge parts the segments of one bar
    outline: THEME.page.surface,
  };
}

/** The rows of one subject's chain. */
/** A step's change against the same group in the earlier comparable period, as "+12; +7,5%", or '' when there is none. */
type ChangeText = (group: DisciplineGroup, step: Step) => string;

function groupRows(group: DisciplineGroup, lang: Lang, changeText: ChangeText): DisciplineRow[] {
  const t = translator(lang);
  // the subject first, in its short name: "Tổ chức: kết luận có vi phạm" (a label wraps after it, never inside it)
  const who = whoOf(group, lang, true);
  const lead = capitalise(lang, who);
  const row = (step: string, name: string, sources: Indicator[], text: string, bars: Record<string, number>, extra: string[] = []) => {
    const keys = Object.keys(bars);
    const what = name.charAt(0).toLocaleLowerCase(lang) + name.slice(1);
    return { key: `${group.key}|${step}`, label: `${lead}: ${what}`, text, last: keys[keys.length - 1] ?? '', sources, extra, ...bars };
  };
  const withChange = (step: string, text: string) => {
    const change = (STEPS as readonly string[]).includes(step) ? changeText(group, step as Step) : '';
    return change ? `${text} (${change})` : text;
  };
  const plain = (step: string, name: string, figure: Figure) =>
    row(step, name, figure.sources, withChange(step, figureText(lang, figure)), { [group.subject]: figure.value });
  const formBars = () => Object.fromEntries(group.forms.map((f) => [f.measure, f.value]));
  const formSources = group.forms.flatMap((f) => f.sources);

  const rows: DisciplineRow[] = [];
  for (const step of STEPS) {
    const figure = group.steps[step];
    if (step !== 'disciplined') {
      if (figure) rows.push(plain(step, label(step, lang), figure));
      continue;
    }
    const name = label(step, lang);
    switch (group.check) {
      case 'none':
        if (figure) rows.push(plain(step, name, figure));
        break;
      case 'equal':
        rows.push(row(step, name, [...figure!.sources, ...formSources], withChange(step, figureText(lang, figure!)), formBars()));
        break;
      case 'below': {
        const rest = figure!.value - group.formsSum;
        const bars = { ...formBars(), [UNSPECIFIED]: rest };
        rows.push(
          row(step, name, [...figure!.sources, ...formSources], withChange(step, figureText(lang, figure!)), bars, [
            t('discipline.unspecifiedNote'),
          ]),
        );
        break;
      }
      case 'above':
        rows.push(plain(step, name, figure!));
        rows.push(row('by-form', t('discipline.byForm'), formSources, formatNumber(lang, group.formsSum), formBars()));
        break;
      case 'no-total':
        rows.push(row(step, t('discipline.formsSum'), formSources, formatNumber(lang, group.formsSum), formBars()));
        break;
    }
  }
  if (group.committee) rows.push(plain('committee', label('disciplined-committee-members', lang), group.committee));
  return rows;
}

/** The chain of one subject in words: "Tổ chức đảng — Kết luận có vi phạm: 30/81; …; Đã thi hành kỷ luật: 12 (Khiển trách: 5, …)". */
function groupSentence(group: DisciplineGroup, lang: Lang, changeText: ChangeText): string {
  const t = translator(lang);
  const who = whoOf(group, lang);
  const parts = STEPS.flatMap((step) => {
    const figure = group.steps[step];
    const forms =
      step === 'disciplined' && group.forms.length > 0 ? group.forms.map((f) => `${label(f.measure, lang)}: ${figureText(lang, f)}`) : [];
    if (!figure) return forms.length > 0 ? [`${t('discipline.byForm')}: ${forms.join(', ')}`] : [];
    const change = changeText(group, step);
    return [
      `${label(step, lang)}: ${figureText(lang, figure)}${change ? ` (${change})` : ''}${forms.length > 0 ? ` (${forms.join(', ')})` : ''}`,
    ];
  });
  if (group.committee) parts.push(t('discipline.ofWhom', { count: figureText(lang, group.committee) }));
  const check = formsCheckSentence(group, who, lang);
  return `${who} — ${parts.join('; ')}.${check ? ` ${check}` : ''}`;
}

function formsCheckSentence(group: DisciplineGroup, who: string, lang: Lang): string {
  const t = translator(lang);
  const n = (v: number) => formatNumber(lang, v);
  const total = group.steps.disciplined?.value ?? 0;
  switch (group.check) {
    case 'equal':
      return t('discipline.formsEqual', { who, total: n(total) });
    case 'below':
      return t('discipline.formsBelow', { who, sum: n(group.formsSum), total: n(total), rest: n(total - group.formsSum) });
    case 'above':
      return t('discipline.formsAbove', { who, sum: n(group.formsSum), total: n(total) });
    case 'no-total':
      return t('discipline.noTotal', { who, sum: n(group.formsSum) });
    case 'none':
      return '';
  }
}

/**
 * Conclusions and discipline: checked -> concluded to have violated (x of y) -> must be disciplined -> disciplined,
 * the disciplined bar divided by form, and of whom committee members; organisations and members on separate bars,
 * counts from 0 on a linear axis.
 */
export function disciplineView(series: DisciplineSeries, { dataset, filters, lang }: PanelInput): Omit<PanelView, 'id' | 'citations'> {
  const t = translator(lang);
  // each step against the same subject and unit in the earlier period of the same kind (H1 with H1), when shown too
  const byKey = new Map(series.groups.map((g) => [`${g.subject}|${g.slice}`, g]));
  const changeText: ChangeText = (group, step) => {
    const earlier = earlierSlice(dataset, group.slice);
    const before = earlier ? byKey.get(`${group.subject}|${earlier.slice}`)?.steps[step]?.value : undefined;
    const now = group.steps[step]?.value;
    if (!earlier || before === undefined || now === undefined) return '';
    return t('compare.since', { change: formatChange(lang, changeFrom(before, now, earlier.period)), period: earlier.period.label[lang] });
  };
  const rows = series.groups.flatMap((g) => groupRows(g, lang, changeText));
  const drawn = limitRows(rows);
  const used = new Set(drawn.shown.flatMap((r) => Object.keys(r)));
  const subjectSpec = (s: Subject): SeriesSpec<DisciplineRow> => ({ key: s, label: t(`subject.${s}`), ...THEME.subject[s] });
  const specs: SeriesSpec<DisciplineRow>[] = [
    ...series.subjects.filter((s) => used.has(s)).map(subjectSpec),
    ...FORMS.filter((m) => used.has(m)).map((m) => formSpec(m, lang)),
    ...(used.has(UNSPECIFIED)
      ? [{ key: UNSPECIFIED, label: t('discipline.unspecified'), color: THEME.series.remaining, outline: THEME.series.outline }]
      : []),
  ];
  const format = (v: number) => formatNumber(lang, v);
  const title = t('panel.discipline.title');
  const subtitle = describeFilters(dataset, filters, lang, ['subject'], series.figures);
  const sentences = series.groups.map((g) => groupSentence(g, lang, changeText));
  const listedOnly = rows.length === 0 && series.others.length > 0;
  const { forms, mismatches } = disciplineNotes(series, lang);
  const note = [...forms, ...mismatches];
  return {
    title,
    subtitle,
    description: listedOnly ? t('panel.listedOnly') : sentences.join(' '),
    empty: series.figures.length === 0,
    chart:
      rows.length === 0
        ? null
        : barChart<DisciplineRow>({
            rows: drawn.shown,
            index: 'label',
            series: specs,
            format,
            stacked: true,
            labelFor: (row, s) => (s.key === row.last ? row.text : ''),
            label: `${title}: ${subtitle}`,
            notes: (row) => [...provenanceNotes(dataset, row.sources, lang), ...row.extra],
          }),
    drawn: { shown: drawn.shown.length, total: drawn.total },
    table: panelTable(dataset, series.figures, lang),
    figures: series.figures,
    ...(note.length > 0 ? { exportNote: note.join(' ') } : {}),
    fileSlug: 'ket-luan-ky-luat',
  };
}

/**
 * Said under the chart and in exported images: the forms of each disciplined total in numbers (the segments of a
 * small bar cannot carry their own labels), and where the file's forms do not add up to its total.
 */
export function disciplineNotes(series: DisciplineSeries, lang: Lang): { forms: string[]; mismatches: string[] } {
  const t = translator(lang);
  const forms = series.groups
    .filter((g) => g.forms.length > 0)
    .map((g) => {
      const total = g.steps.disciplined;
      const list = g.forms.map((f) => `${label(f.measure, lang)} ${figureText(lang, f)}`).join(', ');
      const head = total ? `${label('disciplined', lang)} ${figureText(lang, total)}` : t('discipline.byForm');
      const ofWhom = g.committee ? `; ${t('discipline.ofWhom', { count: figureText(lang, g.committee) })}` : '';
      return `${whoOf(g, lang)} — ${head}: ${list}${ofWhom}.`;
    });
  const mismatches = series.groups
    .filter((g) => g.check === 'below' || g.check === 'above' || g.check === 'no-total')
    .map((g) => formsCheckSentence(g, whoOf(g, lang), lang));
  return { forms, mismatches };
}
