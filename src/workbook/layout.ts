/**
 * The workbook's layout: its sheets, their columns (header, note, width, what a cell holds, which drop-down it
 * offers) and the instructions. One description read by both sides, so the template and the import never drift
 * apart. Texts are the workbook's content in both languages (like the measure catalogue's labels), not page strings.
 */
import type { Lang } from '../i18n/translate';

export type Text = Readonly<Record<Lang, string>>;
const t = (vi: string, en: string): Text => ({ vi, en });

export const SHEET_KEYS = ['instructions', 'report', 'sections', 'sources', 'units', 'periods', 'figures', 'documents', 'lists'] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];
/** The sheets that hold data, one row per item (the report sheet holds one row per field instead). */
export type TableSheet = 'sections' | 'sources' | 'units' | 'periods' | 'figures' | 'documents';

/** Sheet names, at most 31 characters and none of : \ / ? * [ ] (Excel's rules). */
export const SHEET_NAMES: Record<SheetKey, Text> = {
  instructions: t('Hướng dẫn', 'Instructions'),
  report: t('Báo cáo', 'Report'),
  sections: t('Mục', 'Sections'),
  sources: t('Nguồn khác', 'Other sources'),
  units: t('Đơn vị', 'Units'),
  periods: t('Thời kỳ', 'Periods'),
  figures: t('Chỉ tiêu', 'Figures'),
  documents: t('Văn bản', 'Documents'),
  lists: t('Danh mục', 'Lists'),
};

/**
 * What a cell holds: `id` an identifier (trimmed; a number typed in Excel reads as its digits), `code` a value of an
 * enumeration (its label in either language is accepted too), `text` free text (kept exactly), `number`, `date`
 * (an Excel date or text YYYY-MM-DD or DD/MM/YYYY), `ids` several identifiers separated by commas or spaces.
 */
export type CellKind = 'id' | 'code' | 'text' | 'number' | 'date' | 'ids';

/** The enumerations the Lists sheet spells out; each is a drop-down somewhere. */
export type ListKey = 'measure' | 'category' | 'subject' | 'level' | 'unit' | 'qualifier' | 'periodKind' | 'documentKind' | 'language';

/** Where a column's drop-down takes its values: an enumeration on the Lists sheet, or the ids of another sheet. */
export type DropDown = { list: ListKey } | { idsOf: TableSheet; column: string };

export interface ColumnSpec {
  /** the field the column fills, as a path inside its item: `value`, `label.vi`, `locator.section` */
  key: string;
  header: Text;
  note: Text;
  width: number;
  kind: CellKind;
  /** the import refuses the sheet when this column's header is missing */
  required?: boolean;
  dropDown?: DropDown;
  /** a measure not in the catalogue is allowed: its drop-down warns instead of refusing */
  open?: boolean;
}

const ENGLISH_OPTIONAL = t('Có thể để trống: dùng tên tiếng Việt.', 'May be left empty: the Vietnamese name is used.');
const ID_RULE = t(
  'Chỉ gồm chữ cái không dấu, chữ số, nối bằng dấu -, _ hoặc . (ví dụ 2024-H1).',
  'Only letters without accents and digits, joined by -, _ or . (e.g. 2024-H1).',
);
const join = (...parts: Text[]): Text => ({ vi: parts.map((p) => p.vi).join(' '), en: parts.map((p) => p.en).join(' ') });

/** The Vietnamese and English of one text; the Vietnamese column is `required` unless something else can fill it. */
const localizedColumns = (key: string, vi: string, en: string, width: number, note: Text, required = true): ColumnSpec[] => [
  { key: `${key}.vi`, header: t(`${vi} (tiếng Việt)`, `${en} (Vietnamese)`), note, width, kind: 'text', required },
  {
    key: `${key}.en`,
    header: t(`${vi} (tiếng Anh)`, `${en} (English)`),
    note: join(note, ENGLISH_OPTIONAL),
    width,
    kind: 'text',
  },
];

const locatorColumns: ColumnSpec[] = [
  {
    key: 'locator.source',
    header: t('Nguồn', 'Source'),
    note: t(
      'Để trống: chính báo cáo này. Ghi mã nguồn (trang Nguồn khác) khi con số lấy từ tài liệu khác.',
      'Empty: this report itself. Write a source id (sheet Other sources) when the figure comes from another document.',
    ),
    width: 14,
    kind: 'id',
    dropDown: { idsOf: 'sources', column: 'id' },
  },
  {
    key: 'locator.section',
    header: t('Mục', 'Section'),
    note: t('Mã mục (trang Mục) nơi con số xuất hiện. Bắt buộc.', 'Id of the section (sheet Sections) where the figure stands. Required.'),
    width: 16,
    kind: 'id',
    required: true,
    dropDown: { idsOf: 'sections', column: 'id' },
  },
  {
    key: 'locator.paragraph',
    header: t('Đoạn', 'Paragraph'),
    note: t(
      'Số thứ tự đoạn văn trong mục (1, 2, ...), không đếm chú thích ảnh. Bắt buộc.',
      'Number of the text paragraph within the section (1, 2, ...), photo captions not counted. Required.',
    ),
    width: 8,
    kind: 'number',
    required: true,
  },
];

export const COLUMNS: Record<TableSheet, readonly ColumnSpec[]> = {
  sections: [
    {
      key: 'source',
      header: t('Nguồn', 'Source'),
      note: t(
        'Để trống: mục của chính báo cáo này. Ghi mã nguồn (trang Nguồn khác) nếu là mục của tài liệu khác.',
        'Empty: a section of this report. Write a source id (sheet Other sources) for a section of another document.',
      ),
      width: 14,
      kind: 'id',
      dropDown: { idsOf: 'sources', column: 'id' },
    },
    {
      key: 'id',
      header: t('Mã mục', 'Section id'),
      note: join(t('Định danh của mục, ví dụ phan-2. Bắt buộc.', 'Id of the section, e.g. part-2. Required.'), ID_RULE),
      width: 22,
      kind: 'id',
      required: true,
    },
    ...localizedColumns(
      'label',
      'Tên mục',
      'Section name',
      48,
      t('Tên mục như báo cáo ghi, ví dụ "Phần 2: ...". Bắt buộc.', 'The section as the report names it. Required.'),
    ),
  ],
  sources: [
    {
      key: 'id',
      header: t('Mã nguồn', 'Source id'),
      note: join(
        t(
          'Định danh của tài liệu khác (biểu thống kê, báo cáo khác). Bắt buộc.',
          'Id of the other document (a statistics table, another report). Required.',
        ),
        ID_RULE,
      ),
      width: 18,
      kind: 'id',
      required: true,
    },
    ...localizedColumns('report', 'Tên tài liệu', 'Document', 44, t('Tên tài liệu. Bắt buộc.', 'Name of the document. Required.')),
    ...localizedColumns(
      'publisher',
      'Nơi ban hành',
      'Publisher',
      30,
      t('Cơ quan ban hành hoặc nơi đăng. Bắt buộc.', 'Who issued or published it. Required.'),
    ),
    {
      key: 'date',
      header: t('Ngày', 'Date'),
      note: t('Ngày của tài liệu. Bắt buộc.', 'Date of the document. Required.'),
      width: 12,
      kind: 'date',
      required: true,
    },
    {
      key: 'url',
      header: t('Địa chỉ (URL)', 'Address (URL)'),
      note: t(
        'Nơi đọc được tài liệu, bắt đầu bằng http:// hoặc https://. Có thể để trống.',
        'Where it can be read, starting with http:// or https://. Optional.',
      ),
      width: 36,
      kind: 'text',
    },
  ],
  units: [
    {
      key: 'id',
      header: t('Mã đơn vị', 'Unit id'),
      note: join(t('Định danh của đảng bộ, ví dụ ha-noi. Bắt buộc.', 'Id of the party organisation, e.g. ha-noi. Required.'), ID_RULE),
      width: 20,
      kind: 'id',
      required: true,
    },
    ...localizedColumns('label', 'Tên đơn vị', 'Unit name', 40, t('Tên đảng bộ. Bắt buộc.', 'Name of the party organisation. Required.')),
    {
      key: 'parent',
      header: t('Trực thuộc (mã đơn vị cấp trên)', 'Under (id of the unit above)'),
      note: t(
        'Mã của đơn vị cấp trên trên trang này; để trống với đơn vị cao nhất.',
        'Id of the unit above it, on this sheet; empty for the top unit.',
      ),
      width: 22,
      kind: 'id',
      dropDown: { idsOf: 'units', column: 'id' },
    },
  ],
  periods: [
    {
      key: 'id',
      header: t('Mã thời kỳ', 'Period id'),
      note: join(t('Định danh của kỳ báo cáo, ví dụ 2024-H1. Bắt buộc.', 'Id of the reporting period, e.g. 2024-H1. Required.'), ID_RULE),
      width: 16,
      kind: 'id',
      required: true,
    },
    ...localizedColumns(
      'label',
      'Tên thời kỳ',
      'Period name',
      28,
      t('Ví dụ "6 tháng đầu năm 2024". Bắt buộc.', 'E.g. "H1 2024". Required.'),
    ),
    {
      key: 'start',
      header: t('Từ ngày', 'Start date'),
      note: t('Ngày đầu kỳ. Bắt buộc.', 'First day of the period. Required.'),
      width: 12,
      kind: 'date',
      required: true,
    },
    {
      key: 'end',
      header: t('Đến ngày', 'End date'),
      note: t('Ngày cuối kỳ, không trước ngày đầu. Bắt buộc.', 'Last day of the period, not before the first. Required.'),
      width: 12,
      kind: 'date',
      required: true,
    },
    {
      key: 'kind',
      header: t('Loại kỳ', 'Kind of period'),
      note: t(
        'Tháng, quý, 6 tháng, 9 tháng, năm hoặc nhiệm kỳ (mã ở trang Danh mục). Để trống: suy ra từ ngày.',
        'Month, quarter, half year, nine months, year or term (codes on the Lists sheet). Empty: read from the dates.',
      ),
      width: 14,
      kind: 'code',
      dropDown: { list: 'periodKind' },
    },
  ],
  figures: [
    {
      key: 'id',
      header: t('Mã chỉ tiêu', 'Figure id'),
      note: join(
        t(
          'Định danh duy nhất của con số. Để trống: tự đặt từ loại chỉ tiêu, đối tượng, cấp, đơn vị và thời kỳ. Cột "Là phần của" và "Tính từ" ghi mã này.',
          'Unique id of the figure. Empty: made from the measure, subject, level, unit and period. The columns "Part of" and "Computed from" use it.',
        ),
        ID_RULE,
      ),
      width: 26,
      kind: 'id',
    },
    {
      key: 'measure',
      header: t('Loại chỉ tiêu', 'Measure'),
      note: t(
        'Con số đếm gì: chọn trong danh mục (trang Danh mục có tên tiếng Việt). Mã khác danh mục vẫn được nhận, hiện với tên tự ghi. Bắt buộc.',
        'What the figure counts: pick from the catalogue (sheet Lists has the names). A measure not in it is still accepted and shown with its own label. Required.',
      ),
      width: 26,
      kind: 'id',
      required: true,
      dropDown: { list: 'measure' },
      open: true,
    },
    {
      key: 'category',
      header: t('Nhóm', 'Category'),
      note: t(
        'Phần công tác của con số. Để trống với loại chỉ tiêu trong danh mục: lấy nhóm của danh mục.',
        'Which part of party work. Empty for a measure of the catalogue: its category is used.',
      ),
      width: 14,
      kind: 'code',
      dropDown: { list: 'category' },
    },
    {
      key: 'subject',
      header: t('Đối tượng', 'Subject'),
      note: t('Tổ chức đảng hoặc đảng viên, khi áp dụng.', 'Party organisations or party members, where it applies.'),
      width: 14,
      kind: 'code',
      dropDown: { list: 'subject' },
    },
    {
      key: 'level',
      header: t('Cấp', 'Level'),
      note: t(
        'Cấp tổ chức (chi bộ, cơ sở, trên cơ sở, thành phố), khi áp dụng.',
        'Organisation level (cell, grassroots, upper-grassroots, city), where it applies.',
      ),
      width: 16,
      kind: 'code',
      dropDown: { list: 'level' },
    },
    {
      key: 'unit',
      header: t('Đơn vị tính', 'Unit of count'),
      note: t(
        'Đếm bằng gì (tổ chức, đảng viên, vụ việc, %...). Số đếm phải là số nguyên không âm. Để trống: theo danh mục nếu có, không thì theo đối tượng (tổ chức đảng: tổ chức; đảng viên: đảng viên).',
        'What it is counted in (organisations, members, cases, % ...). Counts are whole and not negative. Empty: from the catalogue when it has one, else from the subject (organisations, members).',
      ),
      width: 16,
      kind: 'code',
      dropDown: { list: 'unit' },
    },
    {
      key: 'period',
      header: t('Thời kỳ', 'Period'),
      note: t('Mã thời kỳ (trang Thời kỳ). Bắt buộc.', 'Period id (sheet Periods). Required.'),
      width: 14,
      kind: 'id',
      required: true,
      dropDown: { idsOf: 'periods', column: 'id' },
    },
    {
      key: 'orgUnit',
      header: t('Đơn vị', 'Org unit'),
      note: t('Mã đơn vị (trang Đơn vị) mà con số nói về. Bắt buộc.', 'Id of the unit (sheet Units) the figure describes. Required.'),
      width: 16,
      kind: 'id',
      required: true,
      dropDown: { idsOf: 'units', column: 'id' },
    },
    {
      key: 'value',
      header: t('Giá trị', 'Value'),
      note: t(
        'Con số đúng như báo cáo ghi, là một số (không ghi chữ). Bắt buộc.',
        'The number exactly as the report states it, as a number (no words). Required.',
      ),
      width: 12,
      kind: 'number',
      required: true,
    },
    {
      key: 'denominator',
      header: t('Trên tổng số', 'Of (total)'),
      note: t(
        'Chỉ ghi khi báo cáo nêu "x trên y": y là số nguyên dương, x không được lớn hơn y.',
        'Only for "x of y": y is a whole positive number and x may not exceed it.',
      ),
      width: 12,
      kind: 'number',
    },
    {
      key: 'partOf',
      header: t('Là phần của', 'Part of'),
      note: t(
        'Mã của con số tổng mà con số này là một phần (một hình thức kỷ luật, "trong đó cấp ủy viên"): cùng thời kỳ, cùng đơn vị, không lớn hơn tổng.',
        'Id of the total this figure is a part of (a form of discipline, "of whom committee members"): same period and unit, never larger.',
      ),
      width: 22,
      kind: 'id',
      dropDown: { idsOf: 'figures', column: 'id' },
    },
    {
      key: 'qualifier',
      header: t('Mức độ (khoảng / ít nhất)', 'Qualifier (about / at least)'),
      note: t('Khi báo cáo ghi "khoảng" hoặc "ít nhất".', 'When the report says "about" or "at least".'),
      width: 14,
      kind: 'code',
      dropDown: { list: 'qualifier' },
    },
    ...locatorColumns,
    ...localizedColumns(
      'label',
      'Tên chỉ tiêu',
      'Label',
      44,
      t('Để trống với loại chỉ tiêu trong danh mục: lấy tên của danh mục.', 'Empty for a measure of the catalogue: its name is used.'),
      false,
    ),
    {
      key: 'computed.from',
      header: t('Tính từ (mã chỉ tiêu)', 'Computed from (figure ids)'),
      note: t(
        'Chỉ với giá trị do người lập tính ra: mã các chỉ tiêu dùng để tính, cách nhau bằng dấu phẩy.',
        'Only for a value you computed: ids of the figures it is computed from, separated by commas.',
      ),
      width: 22,
      kind: 'ids',
    },
    ...localizedColumns(
      'computed.method',
      'Cách tính',
      'How computed',
      36,
      t('Chỉ với giá trị tính toán: ghi rõ cách tính.', 'Only for a computed value: say how it was computed.'),
      false,
    ),
  ],
  documents: [
    {
      key: 'id',
      header: t('Mã văn bản', 'Document id'),
      note: join(t('Định danh của văn bản, ví dụ chi-thi-35. Bắt buộc.', 'Id of the document, e.g. directive-35. Required.'), ID_RULE),
      width: 22,
      kind: 'id',
      required: true,
    },
    {
      key: 'kind',
      header: t('Loại văn bản', 'Kind of document'),
      note: t('Chỉ thị, kế hoạch hoặc nghị quyết. Bắt buộc.', 'Directive, plan or resolution. Required.'),
      width: 14,
      kind: 'code',
      required: true,
      dropDown: { list: 'documentKind' },
    },
    {
      key: 'number',
      header: t('Số hiệu', 'Number'),
      note: t(
        'Số hiệu đúng như báo cáo ghi, ví dụ 35-CT/TW. Bắt buộc.',
        'The number exactly as the report writes it, e.g. 35-CT/TW. Required.',
      ),
      width: 14,
      kind: 'text',
      required: true,
    },
    ...localizedColumns('issuer', 'Cơ quan ban hành', 'Issuer', 30, t('Cơ quan ban hành. Bắt buộc.', 'Who issued it. Required.')),
    ...locatorColumns,
  ],
};

/** One row of the report sheet: a field of `meta` (or of `source`, or the file's `$schema`). */
export interface ReportField {
  /** the field's place in the dataset, written in the sheet's first column */
  key: string;
  label: Text;
  note: Text;
  kind: 'localized' | 'id' | 'text' | 'date' | 'code';
  dropDown?: DropDown;
}

export const REPORT_FIELDS: readonly ReportField[] = [
  {
    key: 'meta.id',
    label: t('Mã bộ dữ liệu', 'Dataset id'),
    note: join(t('Ví dụ ha-noi-2024-6t.', 'E.g. ha-noi-2024-h1.'), ID_RULE),
    kind: 'id',
  },
  {
    key: 'meta.title',
    label: t('Tiêu đề', 'Title'),
    note: t('Hiện ở đầu trang bảng số liệu.', 'Shown at the top of the dashboard.'),
    kind: 'localized',
  },
  {
    key: 'meta.organisation',
    label: t('Tổ chức đảng', 'Party organisation'),
    note: t('Đảng bộ báo cáo.', 'The reporting party organisation.'),
    kind: 'localized',
  },
  {
    key: 'meta.report',
    label: t('Tên báo cáo', 'Report'),
    note: t('Tên báo cáo là nguồn của số liệu.', 'The report the figures come from.'),
    kind: 'localized',
  },
  {
    key: 'meta.conference',
    label: t('Hội nghị', 'Conference'),
    note: t('Hội nghị hoặc dịp báo cáo; ghi "Không có" nếu không có.', 'The conference or occasion; write "None" if there is none.'),
    kind: 'localized',
  },
  { key: 'meta.date', label: t('Ngày báo cáo', 'Report date'), note: t('Ngày của báo cáo.', 'Date of the report.'), kind: 'date' },
  {
    key: 'meta.publisher',
    label: t('Nơi ban hành, đăng tải', 'Publisher'),
    note: t('Cơ quan ban hành hoặc nơi đăng báo cáo.', 'Who issued or published the report.'),
    kind: 'localized',
  },
  {
    key: 'meta.language',
    label: t('Ngôn ngữ của báo cáo', 'Language of the report'),
    note: t('vi (tiếng Việt) hoặc en. Để trống: vi.', 'vi (Vietnamese) or en. Empty: vi.'),
    kind: 'code',
    dropDown: { list: 'language' },
  },
  {
    key: 'meta.sourceFile',
    label: t('Tệp nguồn', 'Source file'),
    note: t('Tên tệp gốc của báo cáo. Có thể để trống.', 'File name of the original report. Optional.'),
    kind: 'text',
  },
  {
    key: 'source.url',
    label: t('Địa chỉ đọc báo cáo', 'Where the report can be read'),
    note: t('Bắt đầu bằng http:// hoặc https://. Có thể để trống.', 'Starting with http:// or https://. Optional.'),
    kind: 'text',
  },
  {
    key: '$schema',
    label: t('Lược đồ JSON', 'JSON Schema'),
    note: t('Dành cho trình soạn thảo JSON; có thể để trống.', 'For JSON editors; may be left empty.'),
    kind: 'text',
  },
];

/** The report sheet's columns: the field (a fixed code the import reads), what it is, its value, its English. */
export const REPORT_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'field',
    header: t('Mã trường', 'Field'),
    note: t('Không sửa cột này: chương trình đọc trường theo mã.', 'Do not change this column: the import reads each field by it.'),
    width: 18,
    kind: 'id',
    required: true,
  },
  {
    key: 'what',
    header: t('Nội dung', 'What it is'),
    note: t('Giải thích trường (chỉ để đọc).', 'What the field is (for reading only).'),
    width: 30,
    kind: 'text',
  },
  {
    key: 'vi',
    header: t('Tiếng Việt (hoặc giá trị)', 'Vietnamese (or the value)'),
    note: t(
      'Giá trị của trường; với trường có hai ngôn ngữ: bản tiếng Việt. Bắt buộc, trừ trường ghi "có thể để trống".',
      'The value; for a field in two languages, its Vietnamese. Required unless the field says optional.',
    ),
    width: 60,
    kind: 'text',
    required: true,
  },
  {
    key: 'en',
    header: t('Tiếng Anh', 'English'),
    note: join(t('Chỉ với trường có hai ngôn ngữ.', 'Only for a field in two languages.'), ENGLISH_OPTIONAL),
    width: 60,
    kind: 'text',
  },
];

export const LANGUAGE_LABELS: Record<Lang, Text> = { vi: t('Tiếng Việt', 'Vietnamese'), en: t('Tiếng Anh', 'English') };

/** The Lists sheet's headings. */
export const LIST_HEADERS = {
  code: t('Mã', 'Code'),
  name: t('Tên', 'Name'),
  measure: t('Loại chỉ tiêu (mã)', 'Measure (code)'),
  measureVi: t('Tên tiếng Việt', 'Vietnamese name'),
  measureEn: t('Tên tiếng Anh', 'English name'),
  measureCategory: t('Nhóm', 'Category'),
  measureUnit: t('Đơn vị tính thường dùng', 'Usual unit of count'),
  category: t('Nhóm (mã)', 'Category (code)'),
  subject: t('Đối tượng (mã)', 'Subject (code)'),
  level: t('Cấp (mã)', 'Level (code)'),
  unit: t('Đơn vị tính (mã)', 'Unit of count (code)'),
  qualifier: t('Mức độ (mã)', 'Qualifier (code)'),
  periodKind: t('Loại kỳ (mã)', 'Kind of period (code)'),
  documentKind: t('Loại văn bản (mã)', 'Kind of document (code)'),
  language: t('Ngôn ngữ (mã)', 'Language (code)'),
  note: t(
    'Các danh sách chọn của mẫu lấy giá trị từ trang này; không cần sửa. Ô nhập có thể ghi mã hoặc tên.',
    'The drop-downs of the template take their values from this sheet; no need to change it. A cell may hold the code or the name.',
  ),
} satisfies Record<string, Text>;

/** What a dataset made from a CSV file (the figures only) says about the report it does not describe. */
export const CSV_FRAME = {
  title: t('Số liệu nhập từ tệp CSV', 'Figures imported from a CSV file'),
  unknown: t('Không ghi (tệp CSV chỉ có bảng chỉ tiêu)', 'Not given (the CSV file holds the figures only)'),
};

/** The instructions sheet: a title, then one paragraph a row. */
export const INSTRUCTIONS: Record<Lang, readonly string[]> = {
  vi: [
    'Mẫu nhập số liệu công tác xây dựng Đảng',
    'Mỗi trang của sổ tính này là một phần của bộ dữ liệu. Dòng đầu mỗi trang là tiêu đề cột; rê chuột vào ô tiêu đề để đọc ghi chú của cột. Ô có danh sách chọn chỉ nhận giá trị trong danh sách.',
    '1. Trang "Báo cáo": thông tin chung (mã bộ dữ liệu, tiêu đề, tổ chức, tên báo cáo, hội nghị, ngày, nơi ban hành). Không sửa cột "Mã trường".',
    '2. Trang "Mục": các phần của báo cáo. Mỗi con số ghi mục và số thứ tự đoạn văn nơi nó xuất hiện, để người đọc tra lại được.',
    '3. Trang "Nguồn khác": chỉ điền khi có con số lấy từ tài liệu khác (biểu thống kê, báo cáo khác); mục của tài liệu đó ghi ở trang "Mục", cột "Nguồn".',
    '4. Trang "Đơn vị": các đảng bộ có số liệu; cột "Trực thuộc" ghi mã đơn vị cấp trên.',
    '5. Trang "Thời kỳ": mỗi kỳ báo cáo (tháng, quý, 6 tháng, 9 tháng, năm, nhiệm kỳ) với ngày đầu và ngày cuối kỳ.',
    '6. Trang "Chỉ tiêu": mỗi dòng một con số. Chọn "Loại chỉ tiêu" trong danh sách; để trống tên chỉ tiêu, nhóm và đơn vị tính thì lấy theo danh mục. Giá trị ghi đúng như báo cáo, là một số. "Trên tổng số" chỉ ghi khi báo cáo nêu "x trên y". Các hình thức kỷ luật và "trong đó cấp ủy viên" ghi mã con số tổng ở cột "Là phần của".',
    '7. Trang "Văn bản": các chỉ thị, kế hoạch, nghị quyết báo cáo nêu (có thể để trống).',
    '8. Trang "Danh mục": các mã được phép và tên của chúng; không cần sửa.',
    'Mã (định danh) chỉ gồm chữ cái không dấu, chữ số, nối bằng dấu -, _ hoặc . (ví dụ 2024-H1, ha-noi). Các cột tiếng Anh có thể để trống: khi đó dùng tên tiếng Việt.',
    'Kiểm tra: mở tệp trên trang bảng số liệu ("Mở tệp") hoặc chạy "npm run import -- tep.xlsx". Mọi lỗi được liệt kê cùng lúc, theo trang, dòng và cột, ví dụ "Trang Chỉ tiêu, dòng 12, cột Giá trị: số đếm không được âm".',
    'Đưa lên: "npm run publish-data -- tep.xlsx" kiểm tra tệp rồi thay bộ dữ liệu của trang đã dựng, không cần dựng lại.',
  ],
  en: [
    'Template for party-building figures',
    'Each sheet of this workbook is one part of the dataset. The first row of each sheet holds the column headings; hover over a heading to read its note. A cell with a drop-down accepts only the values in it.',
    '1. Sheet "Report": about the report (dataset id, title, organisation, report name, conference, date, publisher). Do not change the "Field" column.',
    '2. Sheet "Sections": the parts of the report. Each figure names its section and the number of its paragraph, so a reader can find it again.',
    '3. Sheet "Other sources": only when some figures come from another document (a statistics table, another report); its sections go on the "Sections" sheet, column "Source".',
    '4. Sheet "Units": the party organisations the figures describe; "Under" names the unit above.',
    '5. Sheet "Periods": each reporting period (month, quarter, half year, nine months, year, term) with its first and last day.',
    '6. Sheet "Figures": one figure a row. Pick the "Measure" from the drop-down; leave the label, category and unit of count empty to take them from the catalogue. Write the value exactly as the report states it, as a number. "Of (total)" only when the report says "x of y". Forms of discipline and "of whom committee members" name the total in "Part of".',
    '7. Sheet "Documents": directives, plans and resolutions the report names (may be empty).',
    '8. Sheet "Lists": the allowed codes and their names; no need to change it.',
    'Ids are letters without accents and digits, joined by -, _ or . (e.g. 2024-H1, ha-noi). The English columns may be left empty: the Vietnamese is used.',
    'Check: open the file in the dashboard ("Open file") or run "npm run import -- file.xlsx". Every problem is listed at once, by sheet, row and column, e.g. "Sheet Figures, row 12, column Value: a count cannot be negative".',
    'Publish: "npm run publish-data -- file.xlsx" checks the file, then replaces the dataset of the built dashboard, without a rebuild.',
  ],
};

/** What a drop-down says when a typed value is not in its list. */
export const DROP_DOWN_TEXTS = {
  title: t('Không có trong danh sách', 'Not in the list'),
  list: t(
    'Chọn một giá trị trong danh sách (trang Danh mục ghi tên của từng mã).',
    'Pick a value from the list (the Lists sheet names each code).',
  ),
  open: t(
    'Loại chỉ tiêu này không có trong danh mục. Vẫn được nhận nếu là một mã hợp lệ; khi đó hãy ghi tên chỉ tiêu.',
    'This measure is not in the catalogue. It is still accepted if it is a valid id; then write its label.',
  ),
  ids: t('Nên chọn một mã có trên trang "{sheet}".', 'Better pick an id from the sheet "{sheet}".'),
  whole: t('Cần một số nguyên dương.', 'A whole positive number is needed.'),
};
