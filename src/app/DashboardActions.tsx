import { useEffect, useId, useRef, useState } from 'react';
import { useDrawAllCharts } from '../charts';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { exportPanelsAsZip, exportViewAsDocx, exportViewAsPptx, type ViewSummary } from '../panels';

/**
 * The whole view's actions, at the top of the sidebar so they are on the first screen (and stay there, the sidebar
 * being sticky): every chart as PNG + CSV in one ZIP named after the dataset and the filters, print / save as PDF,
 * and the link to this exact view. A whole-view file (slides, report) is one more button calling `run`.
 */
export function DashboardActions({ dataset, summary }: { dataset: Dataset; summary: ViewSummary }) {
  const { lang, t } = useI18n();
  const drawAllCharts = useDrawAllCharts();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const buttonsId = useId();
  const linkField = useRef<HTMLInputElement>(null);

  /** One whole-view file at a time: says it is working, then which file it wrote or why not. */
  const run = async (job: () => Promise<{ fileName: string }>) => {
    setBusy(true);
    setManualLink(null);
    setMessage(t('export.working'));
    try {
      const result = await job();
      setMessage(t('export.done', { file: result.fileName }));
    } catch (error) {
      setMessage(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  // The URL holds the whole view (dataset, filters, language): the link is the address as it is now.
  const copyLink = async () => {
    const link = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      setMessage(t('actions.linkCopied'));
    } catch {
      // refused (permissions, an insecure origin): hand the link over selected, for Ctrl+C
      setManualLink(link);
      setMessage(t('actions.linkManual'));
    }
  };
  useEffect(() => {
    if (manualLink === null) return;
    linkField.current?.focus();
    linkField.current?.select();
  }, [manualLink]);

  return (
    <div role="group" aria-label={t('actions.label')} className={`dashboard-actions${open ? ' dashboard-actions--open' : ''}`}>
      {/* on a phone the actions fold behind one button, so the key figures come first (app.css) */}
      <button
        type="button"
        className="dashboard-actions__toggle"
        aria-expanded={open}
        aria-controls={buttonsId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('actions.hide') : t('actions.show')}
      </button>
      <div className="dashboard-actions__buttons" id={buttonsId}>
        <button
          type="button"
          onClick={() => void run(() => exportPanelsAsZip(summary.views, dataset, lang, summary.fileParts, summary.origin))}
          disabled={busy}
        >
          {t('export.all')}
        </button>
        {/* the whole view as a PowerPoint deck: native, editable charts (PptxGenJS loads on first use) */}
        <button type="button" onClick={() => void run(() => exportViewAsPptx(summary, dataset))} disabled={busy}>
          {t('export.pptxView')}
        </button>
        {/* the Word report of this view: title, filters, key figures, each chart with its caption, table and source */}
        <button type="button" onClick={() => void run(() => exportViewAsDocx(summary, dataset, lang))} disabled={busy}>
          {t('export.docx')}
        </button>
        <button type="button" onClick={() => void drawAllCharts().then(() => window.print())}>
          {t('export.print')}
        </button>
        <button type="button" onClick={() => void copyLink()}>
          {t('actions.copyLink')}
        </button>
      </div>
      <p role="status" className="dashboard-actions__status">
        {message}
      </p>
      {/* the message above says "the box below" */}
      {manualLink !== null ? (
        <input
          ref={linkField}
          className="dashboard-actions__link"
          type="text"
          readOnly
          value={manualLink}
          aria-label={t('actions.linkField')}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
    </div>
  );
}
