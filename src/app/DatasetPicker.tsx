import { useId, useRef, useState, type DragEvent } from 'react';
import { checkDatasetText, describeCheck, isTooLarge, MAX_DATASET_BYTES, type CheckReport } from '../data/check-file';
import type { Dataset } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { ProblemList } from '../ui/ProblemList';
import type { DatasetOrigin } from './use-active-dataset';

interface Props {
  active: Dataset | undefined;
  origin: DatasetOrigin;
  onLoaded: (dataset: Dataset, fileName: string) => void;
  onBackToShipped: () => void;
}

async function readDatasetFile(file: File): Promise<ReturnType<typeof checkDatasetText>> {
  // Refuse before reading: a 500 MB file would freeze the tab before any message could show.
  if (isTooLarge(file.size)) return { ok: false, reason: 'too-large', bytes: file.size };
  return checkDatasetText(await file.text(), file.size);
}

/**
 * Bring your own data: open or drop a JSON file. It is validated with the same schema; a bad file is
 * explained line by line and the dataset on screen stays.
 */
export function DatasetPicker({ active, origin, onLoaded, onBackToShipped }: Props) {
  const { lang, t } = useI18n();
  const [report, setReport] = useState<CheckReport | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const load = async (file: File | undefined) => {
    if (!file) return;
    const check = await readDatasetFile(file);
    if (check.ok) {
      setReport(null);
      onLoaded(check.dataset, file.name);
    } else {
      setReport(describeCheck(check, lang, file.name));
    }
    if (inputRef.current) inputRef.current.value = '';
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };
  const originText =
    origin.kind === 'shipped'
      ? t('data.originShipped')
      : origin.kind === 'file'
        ? t('data.originFile', { name: origin.name })
        : t('data.originUrl', { url: origin.url });
  return (
    <section
      className={`dataset-picker${dragging ? ' dataset-picker--drag' : ''}`}
      aria-labelledby={`${inputId}-title`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="dataset-picker"
    >
      <h2 id={`${inputId}-title`} className="dataset-picker__title">
        {t('data.title')}
      </h2>
      <p className="dataset-picker__active">
        {active ? <strong>{active.meta.title[lang]}</strong> : null}
        <span className="dataset-picker__origin"> {originText}</span>
      </p>
      <button type="button" className="dataset-picker__open" onClick={() => inputRef.current?.click()}>
        {t('data.open')}
      </button>
      <input
        id={inputId}
        ref={inputRef}
        hidden
        type="file"
        accept=".json,application/json"
        aria-label={t('data.open')}
        onChange={(e) => void load(e.target.files?.[0])}
      />
      <p className="dataset-picker__hint">{t('data.hint', { max: MAX_DATASET_BYTES / 1024 / 1024 })}</p>
      {origin.kind !== 'shipped' ? (
        <button type="button" onClick={onBackToShipped}>
          {t('state.backToShipped')}
        </button>
      ) : null}
      {report ? (
        <div role="alert" className="alert">
          <p>{report.lines[0]}</p>
          <ProblemList lines={report.lines.slice(1)} />
          <p>{t('data.keptPrevious')}</p>
        </div>
      ) : null}
    </section>
  );
}
