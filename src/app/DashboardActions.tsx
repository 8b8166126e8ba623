import { useState } from 'react';
import { useDrawAllCharts } from '../charts';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { exportPanelsAsZip, useDataOrigin, type PanelView } from '../panels';

/** Whole-dashboard exports: every visible chart as PNG + CSV in one ZIP (page order), and print / save as PDF. */
export function DashboardActions({ dataset, views }: { dataset: Dataset; views: readonly PanelView[] }) {
  const { lang, t } = useI18n();
  const drawAllCharts = useDrawAllCharts();
  const origin = useDataOrigin();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const downloadAll = async () => {
    setBusy(true);
    setMessage(t('export.working'));
    try {
      const result = await exportPanelsAsZip(views, dataset, lang, `bieu-do-${dataset.meta.id}`, origin);
      setMessage(t('export.done', { file: result.fileName }));
    } catch (error) {
      setMessage(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dashboard-actions">
      <button type="button" onClick={() => void downloadAll()} disabled={busy}>
        {t('export.all')}
      </button>
      <button type="button" onClick={() => void drawAllCharts().then(() => window.print())}>
        {t('export.print')}
      </button>
      <p role="status" className="dashboard-actions__status">
        {message}
      </p>
    </div>
  );
}
