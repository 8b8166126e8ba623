import { useEffect, useId, useMemo, useRef } from 'react';
import type { Dataset, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { countOf, type MessageKey, type Translate } from '../i18n/translate';
import { diffDatasets, type ChangedFigure, type DiffField } from '../model/dataset-diff';
import { figureWithUnit, formatNumber, formatValue, unitLabel } from '../model/format';
import { useFirstRows } from '../ui/FirstRows';
import type { Lang } from '../i18n/translate';

/** Each field's name, as the figure table heads its column. */
const FIELD_NAMES = {
  value: 'table.value',
  denominator: 'table.denominator',
  label: 'table.figure',
  unit: 'table.unit',
  period: 'table.period',
  orgUnit: 'table.orgUnit',
} as const satisfies Record<DiffField, MessageKey>;

/** A long list (a file of every unit) starts with its first items; the rest on request. */
const FIRST_ITEMS = 100;

const periodName = (dataset: Dataset | undefined, id: string, lang: Lang) => dataset?.periods.find((p) => p.id === id)?.label[lang] ?? id;
const unitName = (dataset: Dataset | undefined, id: string, lang: Lang) => dataset?.orgUnits.find((u) => u.id === id)?.label[lang] ?? id;

/** One field of a figure as a person reads it, names looked up in the figure's own dataset. */
function fieldText(field: DiffField, ind: Indicator, dataset: Dataset | undefined, lang: Lang, t: Translate, other?: Indicator): string {
  switch (field) {
    case 'value':
      return formatValue(lang, { value: ind.value, unit: ind.unit });
    case 'denominator':
      return ind.denominator === undefined ? t('preview.absent') : formatNumber(lang, ind.denominator);
    case 'label':
      // when only the other language's name changed, show that one
      return other && other.label[lang] === ind.label[lang] ? ind.label[lang === 'vi' ? 'en' : 'vi'] : ind.label[lang];
    case 'unit':
      return unitLabel(lang, ind);
    case 'period':
      return periodName(dataset, ind.period, lang);
    case 'orgUnit':
      return unitName(dataset, ind.orgUnit, lang);
  }
}

/** "Tổ chức đảng được cấp ủy kiểm tra: 1.282 tổ chức" and, below it, "Năm 2020 · Đảng bộ thành phố Hà Nội". */
function Figure({ ind, dataset }: { ind: Indicator; dataset: Dataset | undefined }) {
  const { lang } = useI18n();
  return (
    <>
      <span className="dataset-preview__label">{ind.label[lang]}: </span>
      <strong>{figureWithUnit(lang, ind)}</strong>
      <span className="dataset-preview__where">
        {periodName(dataset, ind.period, lang)} · {unitName(dataset, ind.orgUnit, lang)}
      </span>
    </>
  );
}

function Change({ change, before, after }: { change: ChangedFigure; before: Dataset | undefined; after: Dataset }) {
  const { lang, t } = useI18n();
  return (
    <>
      <span className="dataset-preview__label">{change.after.label[lang]}</span>
      <span className="dataset-preview__where">
        {periodName(after, change.after.period, lang)} · {unitName(after, change.after.orgUnit, lang)}
      </span>
      <ul className="dataset-preview__fields">
        {change.fields.map((field) => (
          <li key={field}>
            {t(FIELD_NAMES[field])}: {fieldText(field, change.before, before, lang, t, change.after)} →{' '}
            <strong>{fieldText(field, change.after, after, lang, t, change.before)}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One group of the preview (new, changed or removed figures) under its heading; nothing when it is empty. */
function Group<T>({
  title,
  items,
  keyOf,
  render,
}: {
  title: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => React.ReactNode;
}) {
  const headingId = useId();
  const { shown, more } = useFirstRows(items, FIRST_ITEMS);
  if (items.length === 0) return null;
  return (
    <div className="dataset-preview__group">
      <h4 id={headingId}>{title}</h4>
      <ul aria-labelledby={headingId}>
        {shown.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {more}
    </div>
  );
}

interface Props {
  /** the dataset on screen (absent when none could be shown) */
  current: Dataset | undefined;
  /** the file's checked dataset, not yet shown */
  next: Dataset;
  fileName: string;
  onShow: () => void;
  onSaveJson: () => void;
  onCancel: () => void;
}

/**
 * What a valid file would change before it replaces the dataset on screen: new, changed (old -> new) and
 * removed figures, then "Hiển thị" (show it), "Lưu JSON" (download it for publishing) or "Hủy".
 */
export function DatasetPreview({ current, next, fileName, onShow, onSaveJson, onCancel }: Props) {
  const { lang, t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const diff = useMemo(() => diffDatasets(current, next), [current, next]);
  // Focus goes to the preview when it opens (or shows another file), so keyboard and screen reader users land on it.
  useEffect(() => headingRef.current?.focus(), [next]);
  const nothing = diff.added.length + diff.changed.length + diff.removed.length === 0;
  return (
    <section className="dataset-preview" aria-labelledby={headingId} data-testid="dataset-preview">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('preview.title', { name: fileName })}
      </h3>
      <p>{t('preview.intro')}</p>
      <p className="dataset-preview__file">
        {t('check.summary', {
          id: next.meta.id,
          indicators: countOf(lang, 'indicator', next.indicators.length),
          periods: countOf(lang, 'period', next.periods.length),
          units: countOf(lang, 'unit', next.orgUnits.length),
        })}
      </p>
      <p role="status" className="dataset-preview__summary">
        {t('preview.summary', {
          added: diff.added.length,
          changed: diff.changed.length,
          removed: diff.removed.length,
          same: diff.unchanged,
        })}
      </p>
      {nothing ? <p>{t('preview.nothing')}</p> : null}
      <div className="dataset-preview__actions">
        <button type="button" className="dataset-preview__show" onClick={onShow}>
          {t('preview.show')}
        </button>
        <button type="button" onClick={onSaveJson}>
          {t('preview.saveJson')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
      <Group
        title={t('preview.added', { count: diff.added.length })}
        items={diff.added}
        keyOf={(ind) => ind.id}
        render={(ind) => <Figure ind={ind} dataset={next} />}
      />
      <Group
        title={t('preview.changed', { count: diff.changed.length })}
        items={diff.changed}
        keyOf={(c) => c.id}
        render={(c) => <Change change={c} before={current} after={next} />}
      />
      <Group
        title={t('preview.removed', { count: diff.removed.length })}
        items={diff.removed}
        keyOf={(ind) => ind.id}
        render={(ind) => <Figure ind={ind} dataset={current} />}
      />
    </section>
  );
}
