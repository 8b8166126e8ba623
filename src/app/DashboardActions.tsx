import { useState } from 'react';
import { useDrawAllCharts } from '../charts';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { exportPanelsAsZip, exportViewAsPptx, type PanelView, type ViewSummary } from '../panels';

/** Whole-dashboard exports: every visible chart as PNG + CSV in one ZIP (page order), and print / save as PDF. */
export function DashboardActions({
  dataset,
  views,
  summary,
}: {
  dataset: Dataset;
  views: readonly PanelView[];
  /** the whole view in words, built when a whole-view file is asked for */
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
  // the whole view as a PowerPoint deck (PptxGenJS loads on first use)
  const downloadPptx = async () => {
    setBusy(true);
    setMessage(t('export.working'));
    try {
      const result = await exportViewAsPptx(summary(), dataset);
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
      <button type="button" onClick={() => void downloadPptx()} disabled={busy}>
        {t('export.pptxView')}
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
