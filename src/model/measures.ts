import type { Category, Unit } from '../data/schema';

type Localized = { vi: string; en: string };

/**
 * The measures the dashboard knows (the inspection commission's statistical templates, Quyết định 885-QĐ/UBKTTW,
 * and the organisation board's reports): what each counts, in which unit, and which family of figures it belongs
 * to. A file may carry measures not listed here: they are shown with the file's own label, in their category's
 * panel (as "other figures"), never dropped.
 */
export interface MeasureInfo {
  category: Category;
  label: Localized;
  /** the unit a figure of this measure is usually counted in (the file's own unit wins) */
  unit?: Unit;
  family:
    | 'activity'
    | 'conclusion'
    | 'discipline'
    | 'discipline-form'
    | 'discipline-of-whom'
    | 'settlement'
    | 'finance'
    | 'congress'
    | 'organisation';
}

export const MEASURES = {
  inspected: { category: 'inspection', family: 'activity', label: { vi: 'Kiểm tra (cấp ủy)', en: 'Inspected (party committees)' } },
  supervised: { category: 'inspection', family: 'activity', label: { vi: 'Giám sát', en: 'Supervised' } },
  'supervised-regular': { category: 'inspection', family: 'activity', label: { vi: 'Giám sát thường xuyên', en: 'Supervised (regular)' } },
  'supervised-thematic': { category: 'inspection', family: 'activity', label: { vi: 'Giám sát chuyên đề', en: 'Supervised (thematic)' } },
  'violation-checked': {
    category: 'inspection',
    family: 'activity',
    label: { vi: 'Kiểm tra khi có dấu hiệu vi phạm', en: 'Checked on signs of violation' },
  },
  'violation-concluded': {
    category: 'inspection',
    family: 'conclusion',
    label: { vi: 'Kết luận có vi phạm', en: 'Concluded to have violated' },
  },
  'discipline-required': {
    category: 'inspection',
    family: 'conclusion',
    label: { vi: 'Phải thi hành kỷ luật', en: 'Must be disciplined' },
  },
  disciplined: { category: 'inspection', family: 'discipline', label: { vi: 'Đã thi hành kỷ luật', en: 'Disciplined' } },
  'discipline-reprimand': { category: 'inspection', family: 'discipline-form', label: { vi: 'Khiển trách', en: 'Reprimand' } },
  'discipline-warning': { category: 'inspection', family: 'discipline-form', label: { vi: 'Cảnh cáo', en: 'Warning' } },
  'discipline-dismissal': { category: 'inspection', family: 'discipline-form', label: { vi: 'Cách chức', en: 'Dismissal' } },
  'discipline-expulsion': { category: 'inspection', family: 'discipline-form', label: { vi: 'Khai trừ', en: 'Expulsion' } },
  'discipline-dissolution': { category: 'inspection', family: 'discipline-form', label: { vi: 'Giải tán', en: 'Dissolution' } },
  'disciplined-committee-members': {
    category: 'inspection',
    family: 'discipline-of-whom',
    unit: 'members',
    label: { vi: 'Trong đó cấp ủy viên', en: 'Of whom committee members' },
  },
  'denunciations-settled': {
    category: 'inspection',
    family: 'settlement',
    unit: 'cases',
    label: { vi: 'Giải quyết tố cáo', en: 'Denunciations settled' },
  },
  'complaints-settled': {
    category: 'inspection',
    family: 'settlement',
    unit: 'cases',
    label: { vi: 'Giải quyết khiếu nại kỷ luật', en: 'Disciplinary complaints settled' },
  },
  'finance-inspected': {
    category: 'inspection',
    family: 'finance',
    label: { vi: 'Kiểm tra tài chính đảng', en: 'Party finance inspected' },
  },
  'dues-collected': {
    category: 'inspection',
    family: 'finance',
    unit: 'million-vnd',
    label: { vi: 'Thu, nộp đảng phí', en: 'Party dues collected' },
  },
  'congress-held': { category: 'congress', family: 'congress', label: { vi: 'Đại hội đã tổ chức', en: 'Congresses held' } },
  'days-ahead-of-plan': { category: 'congress', family: 'congress', unit: 'days', label: { vi: 'Sớm hơn kế hoạch', en: 'Ahead of plan' } },
  'members-admitted': {
    category: 'organisation',
    family: 'organisation',
    unit: 'members',
    label: { vi: 'Kết nạp đảng viên mới', en: 'New members admitted' },
  },
  'weak-units-consolidated': {
    category: 'organisation',
    family: 'organisation',
    unit: 'organisations',
    label: { vi: 'Củng cố tổ chức cơ sở đảng yếu kém', en: 'Weak grassroots organisations consolidated' },
  },
} as const satisfies Record<string, MeasureInfo>;

export type KnownMeasure = keyof typeof MEASURES;

export const measureInfo = (measure: string): MeasureInfo | undefined =>
  Object.prototype.hasOwnProperty.call(MEASURES, measure) ? MEASURES[measure as KnownMeasure] : undefined;

/** The measures of a family, in the catalogue's order (the order panels draw them in). */
export const measuresOf = (family: MeasureInfo['family']): string[] =>
  Object.entries(MEASURES)
    .filter(([, info]) => info.family === family)
    .map(([id]) => id);
