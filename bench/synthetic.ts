/**
 * SYNTHETIC datasets for benchmarks and property tests: made-up figures, never from a report, and they say so in
 * their meta. Seeded, so the same options always give the same file. Valid against src/data/schema.ts.
 */
import type { Category, Dataset, Indicator, Level, Subject, Unit } from '../src/data/schema';

export const SYNTHETIC_MARK = 'SYNTHETIC / dữ liệu tổng hợp';

export interface SyntheticOptions {
  /** number of indicators (observations) in the file */
  observations: number;
  /** PRNG seed: same seed and options, same dataset */
  seed: number;
  /** org units: one city and `units - 1` districts under it (default 12) */
  units?: number;
  /** periods: consecutive years ending in 2020 (default 4) */
  periods?: number;
}

/** mulberry32: a tiny, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

interface Context {
  rand: Rand;
  /** the indicator generated just before this one (templates are consecutive, see `computedFrom`) */
  previous: Indicator | undefined;
  year: number;
}

interface Template {
  category: Category;
  measure: string;
  unit: Unit;
  subject?: Subject;
  level?: Level;
  vi: string;
  en: string;
  qualifier?: Indicator['qualifier'];
  /** value and, for "x of y" figures, the denominator */
  make(ctx: Context): { value: number; denominator?: number };
  /** computed from the indicator made just before, with this method */
  computed?: { vi: string; en: string };
}

const count = (max: number) => (ctx: Context) => ({ value: int(ctx.rand, 0, max) });
const ofTotal = (max: number) => (ctx: Context) => {
  const denominator = int(ctx.rand, 1, max);
  return { value: int(ctx.rand, 0, denominator), denominator };
};

/** One of each kind of figure: every category, subject, level and unit of the schema appears. */
const TEMPLATES: readonly Template[] = [
  {
    category: 'inspection',
    measure: 'inspected',
    unit: 'organisations',
    subject: 'organisation',
    level: 'grassroots',
    vi: 'Tổ chức đảng được kiểm tra',
    en: 'Party organisations inspected',
    make: count(3000),
  },
  {
    category: 'inspection',
    measure: 'inspected',
    unit: 'members',
    subject: 'member',
    level: 'party-cell',
    vi: 'Đảng viên được kiểm tra',
    en: 'Party members inspected',
    make: count(800),
  },
  {
    category: 'inspection',
    measure: 'supervised',
    unit: 'organisations',
    subject: 'organisation',
    level: 'upper-grassroots',
    vi: 'Tổ chức đảng được giám sát',
    en: 'Party organisations supervised',
    make: count(2000),
  },
  {
    category: 'inspection',
    measure: 'supervised',
    unit: 'members',
    subject: 'member',
    level: 'grassroots',
    vi: 'Đảng viên được giám sát',
    en: 'Party members supervised',
    make: count(500),
  },
  {
    category: 'inspection',
    measure: 'violation-checked',
    unit: 'organisations',
    subject: 'organisation',
    level: 'grassroots',
    vi: 'Tổ chức đảng được kiểm tra khi có dấu hiệu vi phạm',
    en: 'Party organisations checked for signs of violation',
    make: count(200),
  },
  {
    category: 'inspection',
    measure: 'violation-checked',
    unit: 'members',
    subject: 'member',
    level: 'party-cell',
    vi: 'Đảng viên được kiểm tra khi có dấu hiệu vi phạm',
    en: 'Party members checked for signs of violation',
    make: count(600),
  },
  {
    category: 'congress',
    measure: 'congress-held',
    unit: 'party-cells',
    level: 'party-cell',
    vi: 'Chi bộ tổ chức đại hội',
    en: 'Party cells that held their congress',
    make: count(20000),
  },
  {
    category: 'congress',
    measure: 'congress-held',
    unit: 'organisations',
    level: 'grassroots',
    vi: 'Đảng bộ cơ sở tổ chức đại hội',
    en: 'Grassroots organisations that held their congress',
    make: count(3000),
  },
  {
    category: 'congress',
    measure: 'congress-held',
    unit: 'organisations',
    level: 'upper-grassroots',
    vi: 'Đảng bộ cấp trên cơ sở tổ chức đại hội',
    en: 'Upper-grassroots committees that held their congress',
    make: count(60),
  },
  {
    category: 'congress',
    measure: 'congress-held',
    unit: 'congresses',
    level: 'city',
    vi: 'Đại hội Đảng bộ thành phố',
    en: 'City party congress',
    make: count(1),
  },
  {
    category: 'congress',
    measure: 'congress-ordinal',
    unit: 'ordinal',
    level: 'city',
    vi: 'Đại hội lần thứ',
    en: 'Congress number',
    make: (ctx) => ({ value: int(ctx.rand, 1, 20) }),
  },
  {
    category: 'congress',
    measure: 'days-ahead-of-plan',
    unit: 'days',
    level: 'city',
    vi: 'Số ngày sớm hơn kế hoạch',
    en: 'Days ahead of plan',
    make: count(30),
  },
  {
    category: 'congress',
    measure: 'consolidated',
    unit: 'organisations',
    level: 'grassroots',
    vi: 'Tổ chức cơ sở đảng được kiện toàn',
    en: 'Grassroots organisations consolidated',
    make: ofTotal(300),
  },
  {
    category: 'congress',
    measure: 'consolidated-share',
    unit: 'percent',
    level: 'grassroots',
    vi: 'Tỷ lệ được kiện toàn',
    en: 'Share consolidated',
    // previous = 'consolidated' (x of y): the share it gives, to one decimal
    make: (ctx) => {
      const prev = ctx.previous;
      const share = prev?.denominator ? (prev.value / prev.denominator) * 100 : 0;
      return { value: Math.round(share * 10) / 10 };
    },
    computed: { vi: 'số được kiện toàn chia cho tổng số, nhân 100', en: 'number consolidated divided by the total, times 100' },
  },
  {
    category: 'programme',
    measure: 'regular-conferences',
    unit: 'conferences',
    qualifier: 'about',
    vi: 'Hội nghị thường kỳ trong nhiệm kỳ',
    en: 'Regular conferences in the term',
    make: count(40),
  },
  {
    category: 'programme',
    measure: 'thematic-resolutions',
    unit: 'resolutions',
    vi: 'Nghị quyết chuyên đề',
    en: 'Thematic resolutions',
    make: count(10),
  },
  {
    category: 'programme',
    measure: 'work-programmes',
    unit: 'programmes',
    vi: 'Chương trình công tác',
    en: 'Work programmes',
    make: count(15),
  },
  {
    category: 'programme',
    measure: 'regulation-chapters',
    unit: 'chapters',
    vi: 'Số chương của quy chế',
    en: 'Chapters of the regulation',
    make: count(10),
  },
  {
    category: 'programme',
    measure: 'regulation-articles',
    unit: 'articles',
    vi: 'Số điều của quy chế',
    en: 'Articles of the regulation',
    make: count(60),
  },
  { category: 'programme', measure: 'goals', unit: 'goals', vi: 'Mục tiêu', en: 'Goals', make: count(10) },
  { category: 'programme', measure: 'key-tasks', unit: 'tasks', vi: 'Nhiệm vụ trọng tâm', en: 'Key tasks', make: count(12) },
  {
    category: 'programme',
    measure: 'grassroots-time',
    unit: 'share-of-time',
    qualifier: 'at-least',
    vi: 'Thời gian dành cho cơ sở',
    en: 'Time spent at the grassroots',
    make: () => ({ value: 1, denominator: 3 }),
  },
  {
    category: 'conference',
    measure: 'contributions-answered',
    unit: 'contributions',
    vi: 'Ý kiến được giải trình',
    en: 'Contributions answered',
    make: count(50),
  },
  {
    category: 'conference',
    measure: 'contributions-adopted',
    unit: 'contributions',
    vi: 'Ý kiến được tiếp thu',
    en: 'Contributions adopted',
    make: count(50),
  },
  {
    category: 'anniversary',
    measure: 'anniversary-years',
    unit: 'years',
    vi: 'Số năm kỷ niệm',
    en: 'Years since the event',
    make: (ctx) => ({ value: int(ctx.rand, 1, 200) }),
  },
  {
    category: 'anniversary',
    measure: 'origin-year',
    unit: 'year',
    vi: 'Năm diễn ra sự kiện',
    en: 'Year of the event',
    // previous = 'anniversary-years': the year it counts from
    make: (ctx) => ({ value: ctx.year - (ctx.previous?.value ?? 0) }),
    computed: { vi: 'năm của kỳ báo cáo trừ số năm kỷ niệm', en: 'the period year minus the years since the event' },
  },
  {
    category: 'inspection',
    measure: 'denunciations-settled',
    unit: 'cases',
    vi: 'Giải quyết tố cáo',
    en: 'Denunciations settled',
    make: count(60),
  },
  {
    category: 'inspection',
    measure: 'dues-collected',
    unit: 'million-vnd',
    vi: 'Thu, nộp đảng phí',
    en: 'Party dues collected',
    make: (ctx) => ({ value: int(ctx.rand, 0, 900_000) / 100 }),
  },
  {
    category: 'organisation',
    measure: 'members-admitted',
    unit: 'members',
    vi: 'Kết nạp đảng viên mới',
    en: 'New members admitted',
    make: count(5000),
  },
  {
    category: 'other',
    measure: 'unlisted-measure',
    unit: 'cases',
    vi: 'Chỉ tiêu không có trong danh mục',
    en: 'A measure not in the catalogue',
    make: count(30),
  },
];

export const TEMPLATE_COUNT = TEMPLATES.length;

const SECTIONS = [
  'inspection',
  'congress',
  'programme',
  'conference',
  'anniversary',
  'organisation',
  'other',
] as const satisfies readonly Category[];

function checkCount(name: string, value: number, min: number, max: number) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`syntheticDataset: ${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

/**
 * A SYNTHETIC dataset with `observations` indicators. Indicator i is template i mod 26, so every kind of figure
 * appears once there are 26 or more; successive rounds of templates move through the (unit, period) pairs.
 */
export function syntheticDataset({ observations, seed, units = 12, periods = 4 }: SyntheticOptions): Dataset {
  checkCount('observations', observations, 0, 10_000_000);
  checkCount('units', units, 1, 9999);
  checkCount('periods', periods, 1, 1000); // years stay positive, so their ids stay valid slugs
  const rand = mulberry32(seed);

  const orgUnits: Dataset['orgUnits'] = [{ id: 'thanh-pho', label: { vi: 'Thành phố (tổng hợp)', en: 'City (synthetic)' } }];
  for (let d = 1; d < units; d++) {
    const n = String(d).padStart(2, '0'); // 01..99, then 100.. (ids stay unique)
    orgUnits.push({
      id: `quan-huyen-${n}`,
      label: { vi: `Quận/huyện ${n} (tổng hợp)`, en: `District ${n} (synthetic)` },
      parent: 'thanh-pho',
    });
  }
  const firstYear = 2020 - periods + 1;
  const periodList: Dataset['periods'] = Array.from({ length: periods }, (_, k) => {
    const year = firstYear + k;
    return { id: String(year), label: { vi: `Năm ${year}`, en: String(year) }, start: `${year}-01-01`, end: `${year}-12-31` };
  });

  const indicators: Indicator[] = [];
  let previous: Indicator | undefined;
  for (let i = 0; i < observations; i++) {
    const t = TEMPLATES[i % TEMPLATES.length] as Template;
    const round = Math.floor(i / TEMPLATES.length);
    const unit = orgUnits[round % units] as Dataset['orgUnits'][number];
    const period = periodList[Math.floor(round / units) % periods] as Dataset['periods'][number];
    const { value, denominator } = t.make({ rand, previous, year: Number(period.id) });
    const indicator: Indicator = {
      id: `${t.measure}-${i}`,
      category: t.category,
      measure: t.measure,
      label: { vi: t.vi, en: t.en },
      value,
      unit: t.unit,
      orgUnit: unit.id,
      period: period.id,
      locator: { section: t.category, paragraph: 1 + int(rand, 0, 39) },
    };
    if (t.subject) indicator.subject = t.subject;
    if (t.level) indicator.level = t.level;
    if (denominator !== undefined) indicator.denominator = denominator;
    if (t.qualifier) indicator.qualifier = t.qualifier;
    if (t.computed) indicator.computed = { from: previous ? [previous.id] : [], method: { vi: t.computed.vi, en: t.computed.en } };
    indicators.push(indicator);
    previous = indicator;
  }

  return {
    meta: {
      id: `synthetic-${observations}-${seed >>> 0}`,
      title: { vi: `${SYNTHETIC_MARK}: ${observations} chỉ tiêu`, en: `${SYNTHETIC_MARK}: ${observations} indicators` },
      organisation: { vi: 'Đảng bộ thành phố (tổng hợp)', en: 'City party organisation (synthetic)' },
      report: {
        vi: `${SYNTHETIC_MARK}: số liệu ngẫu nhiên để đo hiệu năng, không lấy từ báo cáo nào`,
        en: `${SYNTHETIC_MARK}: random figures for benchmarks, not from any report`,
      },
      conference: { vi: 'Không có (dữ liệu tổng hợp)', en: 'None (synthetic data)' },
      date: '2020-12-31',
      publisher: { vi: 'bench/synthetic.ts (seed ' + (seed >>> 0) + ')', en: 'bench/synthetic.ts (seed ' + (seed >>> 0) + ')' },
      language: 'vi',
    },
    source: {
      sections: SECTIONS.map((id, k) => ({ id, label: { vi: `Phần ${k + 1} (tổng hợp)`, en: `Part ${k + 1} (synthetic)` } })),
    },
    orgUnits,
    periods: periodList,
    indicators,
    documents: [
      {
        id: 'synthetic-directive',
        kind: 'directive',
        number: '00-CT/TH',
        issuer: { vi: 'Cơ quan tổng hợp', en: 'Synthetic issuer' },
        locator: { section: 'inspection', paragraph: 1 },
      },
      {
        id: 'synthetic-plan',
        kind: 'plan',
        number: '00-KH/TH',
        issuer: { vi: 'Cơ quan tổng hợp', en: 'Synthetic issuer' },
        locator: { section: 'programme', paragraph: 1 },
      },
      {
        id: 'synthetic-resolution',
        kind: 'resolution',
        number: '00-NQ/TH',
        issuer: { vi: 'Cơ quan tổng hợp', en: 'Synthetic issuer' },
        locator: { section: 'congress', paragraph: 1 },
      },
    ],
  };
}
