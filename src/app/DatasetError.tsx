import { problemLine } from '../data/check-file';
import { DatasetError } from '../data/dataset-error';
import { useI18n } from '../i18n/i18n-context';
import type { Translate } from '../i18n/translate';
import { ProblemList } from '../ui/ProblemList';

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
  const { lang, t } = useI18n();
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
        <ProblemList lines={problems.map((p) => problemLine(p, lang))} />
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
