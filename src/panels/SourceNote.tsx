import type { Dataset, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { sourceLines } from '../model/provenance';

/** "Nguồn" on demand: where the figures stand in the report, and how computed values were computed. */
export function SourceNote({
  dataset,
  indicators,
  name,
  lead,
}: {
  dataset: Dataset;
  indicators: readonly Indicator[];
  name: string;
  lead?: string;
}) {
  const { lang, t } = useI18n();
  return (
    <details className="provenance">
      <summary>
        {t('provenance.open')}
        <span className="visually-hidden">: {name}</span>
      </summary>
      {lead ? <p>{lead}</p> : null}
      {sourceLines(dataset, indicators, lang).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {indicators.map((i) => (i.computed ? <p key={i.id}>{t('figure.computed', { method: i.computed.method[lang] })}</p> : null))}
    </details>
  );
}
