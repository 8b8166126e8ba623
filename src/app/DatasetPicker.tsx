import { lazy, Suspense, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { MAX_DATASET_BYTES } from '../data/check-file';
import { quoteForDisplay, shortLocation } from '../data/dataset-source';
import type { CheckProgress } from '../data/check-off-thread';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { ProblemList } from '../ui/ProblemList';
import { useFinePointer } from '../ui/use-fine-pointer';
import type { DatasetOrigin } from './use-active-dataset';
import '../styles/dataset-box.css';

interface Props {
  active: Dataset | undefined;
  origin: DatasetOrigin;
  /** resolves once the file is on screen */
  onLoaded: (dataset: Dataset, fileName: string) => Promise<void> | void;
  onBackToShipped: () => void;
}

/** The file code (and, through it, the workbook code) loads when a file is opened or a workbook asked for, not with the page. */
const loadFiles = () => import('./dataset-files');

/** The preview shows only after a file is opened: its code (and the diff) loads then. */
const DatasetPreview = lazy(() => import('./DatasetPreview').then((m) => ({ default: m.DatasetPreview })));

/** Files from this size on show a progress bar while they are checked (a few seconds on an office PC). */
const BIG_FILE_BYTES = 4 * 1024 * 1024;

/** The kinds of file the box takes: Excel workbooks (the template), CSV saved from Excel, and dataset JSON. */
const ACCEPT = '.xlsx,.csv,.json';

/**
 * Bring your own data: open or drop a workbook (the template), a CSV or a JSON file. It is checked with the same
 * schema; a bad file is explained problem by problem (by sheet, row and column for a workbook) and the dataset on
 * screen stays. A good file is previewed against the dataset on screen before it replaces it.
 * Also: the Excel template, empty or filled with the dataset on screen.
 */
export function DatasetPicker({ active, origin, onLoaded, onBackToShipped }: Props) {
  const { lang, t } = useI18n();
  const [problems, setProblems] = useState<string[] | null>(null);
  const [preview, setPreview] = useState<{ dataset: Dataset; fileName: string } | null>(null);
  const [reading, setReading] = useState<{ name: string; big: boolean } | null>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  // dropping a file is offered only where a pointer can drag one (not on a phone or a touch-only tablet)
  const canDrop = useFinePointer();
  const inputRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  // Only the last file opened counts: one read in a slow workbook must not overwrite a later one, and a newer file
  // cancels the check of an older one (its worker is ended).
  const latest = useRef(0);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const load = async (file: File | undefined) => {
    if (!file) return;
    const turn = ++latest.current;
    running.current?.abort();
    const cancel = new AbortController();
    running.current = cancel;
    setReading({ name: file.name, big: file.size >= BIG_FILE_BYTES });
    setProgress(null);
    setStatus('');
    try {
      const { readDatasetFile } = await loadFiles();
      const onProgress = (next: CheckProgress) => turn === latest.current && setProgress(next);
      const outcome = await readDatasetFile(file, lang, active, { signal: cancel.signal, onProgress });
      if (turn !== latest.current) return;
      if (outcome.ok) {
        setProblems(null);
        setPreview({ dataset: outcome.dataset, fileName: file.name });
      } else {
        setPreview(null);
        setProblems(outcome.lines);
      }
    } catch (error) {
      // cancelled by a newer file: that one speaks
      if (cancel.signal.aborted) return;
      // the file code itself failed to load (offline after an update): say so, keep the dataset on screen
      if (turn === latest.current) setProblems([t('check.cannotRead', { name: file.name, detail: String(error) })]);
    } finally {
      if (turn === latest.current) {
        setReading(null);
        setProgress(null);
      }
      if (inputRef.current) inputRef.current.value = '';
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };
  const closePreview = () => {
    setPreview(null);
    openRef.current?.focus();
  };
  const run = async (job: (files: Awaited<ReturnType<typeof loadFiles>>) => Promise<string> | string) => {
    setStatus(t('export.working'));
    try {
      setStatus(t('export.done', { file: await job(await loadFiles()) }));
    } catch (error) {
      setStatus(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const originText =
    origin.kind === 'shipped'
      ? t('data.originShipped')
      : origin.kind === 'file'
        ? t('data.originFile', { name: quoteForDisplay(origin.name, 60) })
        : t('data.originUrl', { url: shortLocation(origin.url) });
  return (
    <section
      className={`dataset-picker${canDrop ? ' dataset-picker--drop' : ''}${dragging ? ' dataset-picker--drag' : ''}`}
      aria-labelledby={`${inputId}-title`}
      {...(canDrop
        ? {
            onDragOver: (e: DragEvent) => {
              e.preventDefault();
              setDragging(true);
            },
            onDragLeave: () => setDragging(false),
            onDrop,
          }
        : {})}
      data-testid="dataset-picker"
    >
      <h2 id={`${inputId}-title`} className="dataset-picker__title">
        {t('data.title')}
      </h2>
      <p className="dataset-picker__active">
        {active ? <strong>{active.meta.title[lang]}</strong> : null}
        <span className="dataset-picker__origin"> {originText}</span>
      </p>
      <button ref={openRef} type="button" className="dataset-picker__open" onClick={() => inputRef.current?.click()}>
        {t('data.openAny')}
      </button>
      <input
        id={inputId}
        ref={inputRef}
        hidden
        type="file"
        accept={ACCEPT}
        aria-label={t('data.openAny')}
        onChange={(e) => void load(e.target.files?.[0])}
      />
      <p className="dataset-picker__hint">{t(canDrop ? 'data.hintAny' : 'data.hintNoDrop', { max: MAX_DATASET_BYTES / 1024 / 1024 })}</p>
      <div className="dataset-picker__workbooks">
        <button type="button" onClick={() => void run((files) => files.downloadWorkbook(lang))}>
          {t('data.template')}
        </button>
        {active ? (
          <button type="button" onClick={() => void run((files) => files.downloadWorkbook(lang, active))}>
            {t('data.workbook')}
          </button>
        ) : null}
      </div>
      <p role="status" className="dataset-picker__status">
        {reading ? t(progress ? 'data.checking' : 'data.reading', { name: reading.name }) : status}
      </p>
      {reading?.big ? (
        <progress
          className="dataset-picker__progress"
          max={1}
          // indeterminate until the checked figures start arriving
          value={progress?.stage === 'receiving' ? progress.fraction : undefined}
          aria-label={t('data.checking', { name: reading.name })}
        />
      ) : null}
      {problems ? (
        <div role="alert" className="alert">
          <p>{problems[0]}</p>
          <ProblemList lines={problems.slice(1)} />
          <p>{t('data.keptPrevious')}</p>
        </div>
      ) : null}
      {preview ? (
        <Suspense fallback={null}>
          <DatasetPreview
            current={active}
            next={preview.dataset}
            fileName={preview.fileName}
            onShow={() => {
              // a big file's view is prepared and drawn in slices: the page keeps answering, and says what it is doing
              const { dataset, fileName } = preview;
              const showing = t('data.showing', { name: quoteForDisplay(fileName, 60) });
              setStatus(showing);
              void Promise.resolve(onLoaded(dataset, fileName)).finally(() => setStatus((now) => (now === showing ? '' : now)));
              closePreview();
            }}
            onSaveJson={() => void run((files) => files.downloadDatasetJson(preview.dataset))}
            onCancel={closePreview}
          />
        </Suspense>
      ) : null}
      {origin.kind !== 'shipped' ? (
        <button type="button" onClick={onBackToShipped}>
          {t('state.backToShipped')}
        </button>
      ) : null}
    </section>
  );
}
