import { useState } from 'react';
import { drawAllCharts } from '../charts/when-in-view';
import { useI18n } from '../i18n/i18n-context';
import { buildExportSpec } from '../model/export-spec';
import { chartsInPageOrder, useExportRegistry } from '../panels/export-registry';

/** Whole-dashboard exports: every visible chart as PNG + CSV in one ZIP, and print / save as PDF. */
export function DashboardActions({ zipName }: { zipName: string }) {
  const { lang, t } = useI18n();
  const registry = useExportRegistry();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const downloadAll = async () => {
    if (!registry) return;
    setBusy(true);
    setMessage(t('export.working'));
    try {
      const { exportAllAsZip } = await import('../export/export-chart');
      await drawAllCharts(); // charts are drawn when scrolled to: draw the rest before collecting them
      const today = new Date();
      const items = chartsInPageOrder(registry).map((c) => ({
        spec: buildExportSpec(c.info(), registry.dataset, lang, today),
        svgElement: c.svg,
      }));
      const result = await exportAllAsZip(items, document.baseURI, zipName);
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
