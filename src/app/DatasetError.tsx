import { DatasetError } from '../data/dataset-error';
import { useI18n } from '../i18n/i18n-context';
import type { Translate } from '../i18n/translate';

const MAX_LISTED = 50;

function reasonText(t: Translate, error: DatasetError): string {
  switch (error.reason.kind) {
    case 'http':
      return t('state.httpStatus', { status: error.reason.status });
    case 'not-json':
      return t('state.notJson');
    case 'network':
      return t('state.offline');
    case 'invalid':
      return '';
  }
}

/** What went wrong with the dataset, said so a user can act: where, what, and a way to retry or go back. */
export function DatasetErrorAlert({ error, onRetry, backHref }: { error: unknown; onRetry: () => void; backHref?: string | undefined }) {
  const { t } = useI18n();
  const back = backHref ? (
    <a className="button-link" href={backHref}>
      {t('state.backToShipped')}
    </a>
  ) : null;
  if (!(error instanceof DatasetError)) {
    return (
      <div role="alert" className="alert">
        <p>{t('state.unexpected', { message: error instanceof Error ? error.message : String(error) })}</p>
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  if (error.reason.kind === 'invalid') {
    const { problems } = error.reason;
    return (
      <div role="alert" className="alert">
        <p>{t('state.invalidData', { count: problems.length, url: error.url })}</p>
        <ul className="alert__problems">
          {problems.slice(0, MAX_LISTED).map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <code>{p.path || t('validation.root')}</code>: {t(p.key, p.params)}
            </li>
          ))}
          {problems.length > MAX_LISTED ? <li>… +{problems.length - MAX_LISTED}</li> : null}
        </ul>
        {back}
      </div>
    );
  }
  return (
    <div role="alert" className="alert">
      <p>{t('state.networkError', { url: error.url, reason: reasonText(t, error) })}</p>
      <div className="alert__actions">
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
        {back}
      </div>
    </div>
  );
}
