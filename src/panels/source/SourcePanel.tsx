import { memo } from 'react';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { countOf } from '../../i18n/translate';
import { formatDate } from '../../model/format';
import { periodKind } from '../../model/periods';
import { citation, formatLocator } from '../../model/sources';
import { CATEGORIES } from '../../data/schema';
import { DocumentTable } from './DocumentTable';

/** The categories the file has figures of, in the schema's order. */
const categoriesOf = (dataset: Dataset) => CATEGORIES.filter((c) => dataset.indicators.some((i) => i.category === c));

// A file of every district can hold thousands of computed values: the first ones, then a count.
const MAX_LISTED = 50;
const MAX_PERIODS = 12;

/** Source and method: which report, which conference, when, who published it, and which values we computed. */
export const SourcePanel = memo(function SourcePanel({ dataset }: { dataset: Dataset; series: null }) {
  const { lang, t } = useI18n();
  const { meta } = dataset;
  const computed = dataset.indicators.filter((i) => i.computed);
  return (
    <section className="panel panel--text" id="panel-source" data-panel="source" aria-labelledby="source-title">
      <h2 id="source-title">{t('panel.source.title')}</h2>
      <dl className="meta-list">
        <dt>{t('source.organisation')}</dt>
        <dd>{meta.organisation[lang]}</dd>
        <dt>{t('source.report')}</dt>
        <dd>{meta.report[lang]}</dd>
        <dt>{t('source.conference')}</dt>
        <dd>{meta.conference[lang]}</dd>
        <dt>{t('source.date')}</dt>
        <dd>{formatDate(lang, meta.date)}</dd>
        <dt>{t('source.publisher')}</dt>
        <dd>{meta.publisher[lang]}</dd>
        {meta.sourceFile ? (
          <>
            <dt>{t('source.file')}</dt>
            <dd>
              <code>{meta.sourceFile}</code>
            </dd>
          </>
        ) : null}
      </dl>
      {(dataset.sources?.length ?? 0) > 0 ? (
        <>
          <h3>{t('source.others')}</h3>
          <ul className="computed-list">
            {(dataset.sources ?? []).map((s) => (
              <li key={s.id}>{citation(lang, { ...s, id: s.id })}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('source.coverage')}</h3>
      <ul className="computed-list">
        <li>
          {t('source.coverageFigures', {
            figures: countOf(lang, 'indicator', dataset.indicators.length),
            categories: categoriesOf(dataset)
              .map((c) => t(`category.${c}`))
              .join(', '),
          })}
        </li>
        <li>
          {t('source.coveragePeriods', {
            periods: [
              ...dataset.periods.slice(0, MAX_PERIODS).map((p) => `${p.label[lang]} (${t(`periodKind.${periodKind(p)}`)})`),
              ...(dataset.periods.length > MAX_PERIODS ? [`… +${dataset.periods.length - MAX_PERIODS}`] : []),
            ].join(', '),
          })}
        </li>
        <li>{countOf(lang, 'unit', dataset.orgUnits.length)}</li>
      </ul>
      <p>{t('source.method')}</p>
      {computed.length > 0 ? (
        <>
          <h3>{t('source.computedHeading', { count: computed.length })}</h3>
          <ul className="computed-list">
            {computed.slice(0, MAX_LISTED).map((i) => (
              <li key={i.id}>
                <strong>{i.label[lang]}</strong>: {i.computed!.method[lang]} — {formatLocator(lang, dataset, i.locator)}
              </li>
            ))}
            {computed.length > MAX_LISTED ? <li>… +{computed.length - MAX_LISTED}</li> : null}
          </ul>
        </>
      ) : null}
      <DocumentTable dataset={dataset} />
    </section>
  );
});
