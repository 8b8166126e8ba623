import { memo } from 'react';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { formatDate } from '../../model/format';
import { formatLocator } from '../../model/sources';
import { DocumentTable } from './DocumentTable';

// A file of every district can hold thousands of computed values: the first ones, then a count.
const MAX_LISTED = 50;

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
