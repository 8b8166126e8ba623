import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/translate';
import { buildExportSpec, type PanelExportInfo } from '../model/export-spec';
import { chartSvgIn, useExportRegistry } from './export-registry';

type Kind = 'png' | 'png-slide' | 'svg' | 'csv' | 'clipboard';
const ITEMS: { kind: Kind; label: MessageKey; needsChart: boolean }[] = [
  { kind: 'png', label: 'export.png', needsChart: true },
  { kind: 'png-slide', label: 'export.pngSlide', needsChart: true },
  { kind: 'svg', label: 'export.svg', needsChart: true },
  { kind: 'csv', label: 'export.csv', needsChart: false },
  { kind: 'clipboard', label: 'export.clipboard', needsChart: true },
];

/** A panel's export menu. The export code (serialiser, rasteriser, zip) loads on first use, not with the page. */
export function ExportMenu({ info, panel }: { info: PanelExportInfo; panel: RefObject<HTMLElement | null> }) {
  const { lang, t } = useI18n();
  const registry = useExportRegistry();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const run = async (kind: Kind) => {
    if (!registry) return;
    setBusy(true);
    setFailure('');
    setMessage(t('export.working'));
    try {
      const { exportChart } = await import('../export/export-chart');
      const spec = buildExportSpec(info, registry.dataset, lang, new Date());
      const result = await exportChart(kind, spec, chartSvgIn(panel.current), document.baseURI);
      setMessage(
        result.status === 'downloaded'
          ? t('export.done', { file: result.fileName })
          : result.status === 'copied'
            ? t('export.copied')
            : t('export.clipboardUnavailable'),
      );
    } catch (error) {
      setMessage('');
      setFailure(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  const hasChart = chartSvgIn(panel.current) !== null;
  return (
    <div className="export-menu" onKeyDown={(e) => e.key === 'Escape' && open && (setOpen(false), buttonRef.current?.focus())}>
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={menuId} disabled={busy} onClick={() => setOpen(!open)}>
        {t('export.menu')}
      </button>
      <div id={menuId} ref={menuRef} className="export-menu__list" hidden={!open} role="group" aria-label={t('export.menuLabel', { title: info.title })}>
        {ITEMS.map((item) => (
          <button key={item.kind} type="button" disabled={busy || (item.needsChart && !hasChart)} onClick={() => void run(item.kind)}>
            {t(item.label)}
          </button>
        ))}
        {!hasChart ? <p className="export-menu__hint">{t('export.needsChart')}</p> : null}
      </div>
      <p className="export-menu__status" role="status">
        {message}
      </p>
      {failure ? (
        <p className="export-menu__failure" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
