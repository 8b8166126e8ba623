import type { DatasetOrigin } from '../data/dataset-source';
import type { Dataset } from '../data/schema';
import { translate, type Lang } from '../i18n/translate';
import { describeFilters } from '../model/describe-filters';
import { ACTIVITIES, type Filters } from '../model/filters';
import { selectFigures } from '../model/select-figures';
import { formatDate } from '../model/format';
import { LEVELS } from '../data/schema';
import { originNote } from './export-spec';
import { keyFiguresOf, keyFiguresSlice, type KeyFigure } from './overview/key-figures';
import { overviewOf } from './overview';
import type { PanelView } from './panel-view';

/**
 * The whole view as files see it (the slides' title and sources slides, the Word report, the printed first page,
 * whole-view file names): what the page shows under these filters, in page order, in the page's language.
 */
export interface ViewSummary {
  lang: Lang;
  /** the dataset's title, e.g. "Báo cáo tổng kết công tác xây dựng Đảng năm 2020" */
  title: string;
  /** who reports, e.g. "Đảng bộ thành phố Hà Nội" */
  organisation: string;
  /** "Báo cáo ngày 28/11/2020" */
  reportDate: string;
  /** the filters in effect, in words: "Năm 2020 · Toàn thành phố · Tổ chức đảng, Đảng viên" */
  filters: string;
  /** "Số liệu chính · Năm 2020" */
  keyFiguresTitle: string;
  keyFigures: KeyFigure[];
  /** "Xuất ngày 26/11/2026" */
  exportedOn: string;
  /** the chart panels shown, in page order, without those the filters leave empty */
  views: PanelView[];
  /** every citation of those panels, each once, in page order (after the note on where the data came from, if any) */
  sources: string[];
  /** where the data came from, named in every file when it is not the shipped dataset */
  origin: DatasetOrigin;
  /** "Số liệu tải từ …, không phải bộ dữ liệu gốc." or null for the shipped dataset */
  originNote: string | null;
  /** ASCII slug parts for whole-view files: the dataset id, then the filters that differ from the defaults */
  fileParts: string[];
}

/** The filters that narrow the view, as slug parts: "2020", "quan-1", "dang-vien", "giam-sat", "co-so". */
export function filterFileParts(filters: Filters): string[] {
  const parts: string[] = [];
  if (filters.period) parts.push(filters.period);
  if (filters.orgUnit) parts.push(filters.orgUnit);
  if (filters.subject !== 'all') parts.push(translate('vi', `subject.${filters.subject}`));
  if (filters.activities.length < ACTIVITIES.length) parts.push(...filters.activities);
  if (filters.levels.length < LEVELS.length) parts.push(...filters.levels);
  return parts;
}

export function viewSummary(
  dataset: Dataset,
  filters: Filters,
  lang: Lang,
  views: readonly PanelView[],
  today: Date,
  origin: DatasetOrigin = { kind: 'shipped' },
): ViewSummary {
  const note = originNote(origin, lang);
  const overview = overviewOf(dataset, filters);
  const slice = keyFiguresSlice(dataset, overview, lang);
  const shown = views.filter((v) => !v.empty);
  return {
    lang,
    title: dataset.meta.title[lang],
    organisation: dataset.meta.organisation[lang],
    reportDate: translate(lang, 'app.reportDate', { date: formatDate(lang, dataset.meta.date) }),
    filters: describeFilters(dataset, filters, lang, ['subject', 'activity', 'level'], selectFigures(dataset, null, filters)),
    keyFiguresTitle: slice ? `${translate(lang, 'panel.overview.title')} · ${slice}` : translate(lang, 'panel.overview.title'),
    keyFigures: keyFiguresOf(lang, overview),
    exportedOn: translate(lang, 'export.exportedOn', { date: formatDate(lang, today.toISOString().slice(0, 10)) }),
    views: shown,
    sources: [...(note ? [note] : []), ...new Set(shown.flatMap((v) => v.citations))],
    origin,
    originNote: note,
    fileParts: [dataset.meta.id, ...filterFileParts(filters)],
  };
}
