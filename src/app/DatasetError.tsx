import { describeCheck, problemLine } from '../data/check-file';
import { shortLocation } from '../data/dataset-source';
import { DatasetError } from '../data/dataset-error';
import { useI18n } from '../i18n/i18n-context';
import type { Translate } from '../i18n/translate';
import { ProblemList } from '../ui/ProblemList';

/** Why the download failed, for the reasons a retry may mend. */
function downloadFailure(t: Translate, error: DatasetError): string | null {
  switch (error.reason.kind) {
    case 'http':
      return t('state.httpStatus', { status: error.reason.status });
    case 'network':
      return t('state.offline');
    case 'timeout':
      return t('state.timeout', { seconds: error.reason.seconds });
    case 'file':
      return null;
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
  const where = shortLocation(error.url);
  const failure = downloadFailure(t, error);
  if (failure !== null) {
    return (
      <div role="alert" className="alert">
        <p>{t('state.networkError', { url: where, reason: failure })}</p>
        <div className="alert__actions">
          <button type="button" onClick={onRetry}>
            {t('state.retry')}
          </button>
          {back}
        </div>
      </div>
    );
  }
  if (error.reason.kind !== 'file') return null;
  // The file arrived and is not usable: the same words as a file opened in the page; retrying would not mend it.
  const { problem } = error.reason;
  const [first = '', ...rest] =
    problem.reason === 'invalid'
      ? [t('state.invalidData', { count: problem.problems.length, url: where }), ...problem.problems.map((p) => problemLine(p, lang))]
      : describeCheck(problem, lang, where).lines;
  return (
    <div role="alert" className="alert">
      <p>{first}</p>
      <ProblemList lines={rest} />
      {back}
    </div>
  );
}
