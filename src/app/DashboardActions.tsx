import { useState } from 'react';
import { useDrawAllCharts } from '../charts';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { exportPanelsAsZip, exportViewAsDocx, type PanelView, type ViewSummary } from '../panels';

/** Whole-dashboard exports: every visible chart as PNG + CSV in one ZIP (page order), and print / save as PDF. */
export function DashboardActions({
  dataset,
  views,
  summary,
}: {
  dataset: Dataset;
  views: readonly PanelView[];
  /** the whole view in words (title, filters, key figures, panels in page order), built when a whole-view file is asked for */
  summary: () => ViewSummary;
}) {
  const { lang, t } = useI18n();
  const drawAllCharts = useDrawAllCharts();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const downloadAll = async () => {
    setBusy(true);
    setMessage(t('export.working'));
    try {
      const result = await exportPanelsAsZip(views, dataset, lang, `bieu-do-${dataset.meta.id}`);
      setMessage(t('export.done', { file: result.fileName }));
    } catch (error) {
      setMessage(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  // the Word report of this view (title, filters, key figures, each chart with its caption, table and source)
  const downloadReport = async () => {
    setBusy(true);
    setMessage(t('export.working'));
    try {
      const result = await exportViewAsDocx(summary(), dataset, lang);
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
      <button type="button" onClick={() => void downloadReport()} disabled={busy}>
        {t('export.docx')}
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
