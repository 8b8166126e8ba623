import type { Dataset, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatLocator } from '../model/format';

/** "Nguồn" on demand: where the figure stands in the report, and how a computed value was computed. */
export function SourceNote({ dataset, indicator }: { dataset: Dataset; indicator: Indicator }) {
  const { lang, t } = useI18n();
  return (
    <details className="provenance">
      <summary>
        {t('provenance.open')}
        <span className="visually-hidden">: {indicator.label[lang]}</span>
      </summary>
      <p>{formatLocator(lang, dataset, indicator.locator)}</p>
      {indicator.computed ? <p>{t('figure.computed', { method: indicator.computed.method[lang] })}</p> : null}
    </details>
  );
}

/** The locator lines for a tooltip. */
export function sourceLines(dataset: Dataset, indicators: readonly Indicator[], lang: 'vi' | 'en'): string[] {
  return [...new Set(indicators.map((i) => formatLocator(lang, dataset, i.locator)))];
}

/** Tooltip lines saying where the figures behind a bar stand in the report ("Nguồn: Phần 2, đoạn 5"). */
export function TooltipSources({ dataset, indicators }: { dataset: Dataset; indicators: readonly Indicator[] }) {
  const { lang, t } = useI18n();
  return (
    <>
      {sourceLines(dataset, indicators, lang).map((line) => (
        <p key={line}>{t('provenance.at', { where: line })}</p>
      ))}
    </>
  );
}
