import type { Dataset, Indicator } from '../data/schema';
import { translate, type Lang } from '../i18n/translate';
import { formatDate } from './format';

type Localized = Record<Lang, string>;

/** One document figures come from: the file's own report (id null), or an entry of `sources`. */
export interface SourceInfo {
  id: string | null;
  report: Localized;
  publisher: Localized;
  date: string;
  url?: string | undefined;
  sections: readonly { id: string; label: Localized }[];
}

const mainCache = new WeakMap<Dataset, SourceInfo>();

/** The file's own report: meta and source.sections. */
export function mainSource(dataset: Dataset): SourceInfo {
  let main = mainCache.get(dataset);
  if (!main) {
    const { report, publisher, date } = dataset.meta;
    main = { id: null, report, publisher, date, url: dataset.source.url, sections: dataset.source.sections };
    mainCache.set(dataset, main);
  }
  return main;
}

/** Every source of the file, its own report first. */
export const sourcesOf = (dataset: Dataset): SourceInfo[] => [mainSource(dataset), ...(dataset.sources ?? []).map((s) => ({ ...s }))];

/** The source a locator points into. */
export function sourceOf(dataset: Dataset, locator: Indicator['locator']): SourceInfo {
  if (locator.source === undefined) return mainSource(dataset);
  const found = dataset.sources?.find((s) => s.id === locator.source);
  return found ? { ...found } : mainSource(dataset);
}

/** "Nguồn: <report>, <publisher>, 28/11/2020." (with its web address when known) */
export function citation(lang: Lang, source: SourceInfo): string {
  const text = translate(lang, 'app.source', {
    report: source.report[lang],
    publisher: source.publisher[lang],
    date: formatDate(lang, source.date),
  });
  return source.url ? `${text} ${source.url}` : text;
}

/** The sources of exactly these figures, each once, in the file's order (the file's own report when there are none). */
export function sourcesOfFigures(dataset: Dataset, figures: readonly Indicator[]): SourceInfo[] {
  // a file of one report: nothing to look up in its figures (a panel can show tens of thousands)
  if ((dataset.sources?.length ?? 0) === 0) return [mainSource(dataset)];
  const used = new Set(figures.map((f) => f.locator.source ?? null));
  const all = sourcesOf(dataset);
  const shown = all.filter((s) => used.has(s.id));
  return shown.length > 0 ? shown : [all[0]!];
}

/** The citation lines of these figures' sources. */
export const citationsOf = (dataset: Dataset, figures: readonly Indicator[], lang: Lang): string[] =>
  sourcesOfFigures(dataset, figures).map((s) => citation(lang, s));

/**
 * "Phần 2: …, đoạn 5": where a figure stands, in the section's words as its source titles it. When the file has
 * several sources, the report is named first.
 */
export function formatLocator(lang: Lang, dataset: Dataset, locator: Indicator['locator']): string {
  const source = sourceOf(dataset, locator);
  const section = source.sections.find((s) => s.id === locator.section);
  const where = translate(lang, 'figure.locator', {
    section: section ? section.label[lang] : locator.section,
    paragraph: locator.paragraph,
  });
  return (dataset.sources?.length ?? 0) > 0 ? `${source.report[lang]} — ${where}` : where;
}
