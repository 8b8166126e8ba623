import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_KINDS, IMAGE_KINDS, type ExportKind } from '../export/types';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/translate';
import { useDataOrigin } from './data-origin';
import { exportPanel } from './export-panel';
import type { PanelView } from './panel-view';
import type { Dataset } from '../data/schema';

const enabledItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? []),
];

const LABELS = {
  png: 'export.png',
  'png-slide': 'export.pngSlide',
  pptx: 'export.pptx',
  svg: 'export.svg',
  xlsx: 'export.xlsx',
  csv: 'export.csv',
  clipboard: 'export.clipboard',
} as const satisfies Record<ExportKind, MessageKey>;

/**
 * A panel's export menu, built on the WAI-ARIA menu button pattern: Enter, Space or Arrow Down opens it
 * on the first item, arrows / Home / End move, Escape closes it and Tab leaves it. The export code
 * (serialiser, rasteriser, zip) loads on first use, not with the page.
 */
export function ExportMenu({ view, dataset, widthOf }: { view: PanelView; dataset: Dataset; widthOf: () => number | undefined }) {
  const { lang, t } = useI18n();
  const origin = useDataOrigin();
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

  const run = async (kind: ExportKind) => {
    setBusy(true);
    setFailure('');
    setMessage(t('export.working'));
    try {
      const result = await exportPanel(kind, view, dataset, lang, widthOf(), origin);
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

  const hasChart = view.chart !== null;
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
          aria-label={t('export.menuLabel', { title: view.title })}
          aria-describedby={hasChart ? undefined : hintId}
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            if (!rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {EXPORT_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={busy || (IMAGE_KINDS.has(kind) && !hasChart)}
              onClick={() => void run(kind)}
            >
              {t(LABELS[kind])}
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
