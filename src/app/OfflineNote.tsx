import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../model/format';
import { useOfflineStatus } from './offline-status';

/** The local calendar date (YYYY-MM-DD) and time (HH:MM) of an instant, or null when it is not one. */
export function localDateAndTime(iso: string): { date: string; time: string } | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`,
    time: `${two(at.getHours())}:${two(at.getMinutes())}`,
  };
}

/**
 * Says, at the top of the page, when the figures on screen are the copy the service worker saved (the network
 * failed) and when it was saved; and when a newer build took over while the page was open.
 * `url`: only for that data file (the one on screen); without it, for the last data file the page got.
 */
export function OfflineNote({ url }: { url?: string }) {
  const { lang, t } = useI18n();
  const { saved, newVersion } = useOfflineStatus();
  const when = saved && (url === undefined || saved.url === url) ? localDateAndTime(saved.savedAt) : null;
  if (!when && !newVersion) return null;
  return (
    <div className="offline-note" role="status">
      {when ? (
        <p className="note" data-offline-note="">
          {t('offline.savedCopy', { time: when.time, date: formatDate(lang, when.date) })}
        </p>
      ) : null}
      {newVersion ? (
        <p className="note" data-new-version-note="">
          {t('offline.newVersion')}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('offline.reload')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
