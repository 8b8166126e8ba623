import type { Dataset, Indicator } from '../data/schema';
import { translate, type Lang } from '../i18n/translate';
import { formatLocator } from './sources';

/** Where the figures stand in the report, each place once ("Phần 2: …, đoạn 5"). */
export function sourceLines(dataset: Dataset, indicators: readonly Indicator[], lang: Lang): string[] {
  return [...new Set(indicators.map((i) => formatLocator(lang, dataset, i.locator)))];
}

/** A chart tooltip's notes for the figures behind a bar: "Nguồn: …" for each place, and how computed values were computed. */
export function provenanceNotes(dataset: Dataset, indicators: readonly Indicator[], lang: Lang): string[] {
  return [
    ...sourceLines(dataset, indicators, lang).map((where) => translate(lang, 'provenance.at', { where })),
    ...indicators.flatMap((i) => (i.computed ? [translate(lang, 'figure.computed', { method: i.computed.method[lang] })] : [])),
  ];
}
