import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/translate';
import { buildExportSpec, type PanelExportInfo } from '../model/export-spec';
import { chartSvgIn, useExportRegistry } from './export-registry';

const enabledItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? []),
];

type Kind = 'png' | 'png-slide' | 'svg' | 'csv' | 'clipboard';
const ITEMS: { kind: Kind; label: MessageKey; needsChart: boolean }[] = [
  { kind: 'png', label: 'export.png', needsChart: true },
  { kind: 'png-slide', label: 'export.pngSlide', needsChart: true },
  { kind: 'svg', label: 'export.svg', needsChart: true },
  { kind: 'csv', label: 'export.csv', needsChart: false },
  { kind: 'clipboard', label: 'export.clipboard', needsChart: true },
];

/**
 * A panel's export menu, built on the WAI-ARIA menu button pattern: Enter, Space or Arrow Down opens it
 * on the first item, arrows / Home / End move, Escape closes it and Tab leaves it. The export code
 * (serialiser, rasteriser, zip) loads on first use, not with the page.
 */
export function ExportMenu({ info, panel }: { info: PanelExportInfo; panel: RefObject<HTMLElement | null> }) {
  const { lang, t } = useI18n();
  const registry = useExportRegistry();
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const menuId = useId();
  const hintId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  // Focus goes back to the menu button once it is enabled again (it is disabled while an export runs).
  const refocus = useRef(false);
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) {
      buttonRef.current?.focus();
      refocus.current = document.activeElement !== buttonRef.current;
    }
  };

  useEffect(() => {
    if (busy || !refocus.current) return;
    refocus.current = false;
    buttonRef.current?.focus();
  }, [busy]);

  useEffect(() => {
    if (!open) return;
    const enabled = enabledItems(menuRef.current);
    (open === 'last' ? enabled[enabled.length - 1] : enabled[0])?.focus();
    const onDown = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
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
      close(true);
    }
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const enabled = enabledItems(menuRef.current);
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => {
      e.preventDefault();
      enabled[(index + enabled.length) % enabled.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(enabled.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  const hasChart = chartSvgIn(panel.current) !== null;
  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={menuId}
        disabled={busy}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        {t('export.menu')}
      </button>
      <div className="export-menu__popup" hidden={!open}>
        <div
          id={menuId}
          ref={menuRef}
          role="menu"
          className="export-menu__list"
          aria-label={t('export.menuLabel', { title: info.title })}
          aria-describedby={hasChart ? undefined : hintId}
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            if (!rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {ITEMS.map((item) => (
            <button
              key={item.kind}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={busy || (item.needsChart && !hasChart)}
              onClick={() => void run(item.kind)}
            >
              {t(item.label)}
            </button>
          ))}
        </div>
        {!hasChart ? (
          <p className="export-menu__hint" id={hintId}>
            {t('export.needsChart')}
          </p>
        ) : null}
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
