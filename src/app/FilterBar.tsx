import { useId, useState } from 'react';
import { LEVELS, type Dataset, type Level } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { unitTree } from '../model/units';
import type { Dimensions } from '../model/dimensions';
import { ACTIVITIES, SUBJECT_CHOICES, toggleInList, type Activity, type Filters } from '../model/filters';
import type { Panel } from '../panels';

interface Props {
  dataset: Dataset;
  /** the panels the file carries */
  panels: readonly Panel[];
  /** the dimensions the file's figures carry: a filter for one it lacks is not offered */
  dimensions: Dimensions;
  filters: Filters;
  onChange: (next: Filters) => void;
  onReset: () => void;
  /** figures the filters leave, of all the file's figures */
  shown: number;
  total: number;
}

function CheckboxGroup<T extends string>(props: {
  legend: string;
  all: readonly T[];
  selected: readonly T[];
  label: (v: T) => string;
  onChange: (next: T[]) => void;
  name: string;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{props.legend}</legend>
      {props.all.map((value) => (
        <label key={value} className="check">
          <input
            type="checkbox"
            name={props.name}
            value={value}
            checked={props.selected.includes(value)}
            // The last ticked box stays ticked: an empty selection would only show empty panels.
            disabled={props.selected.length === 1 && props.selected[0] === value}
            onChange={() => props.onChange(toggleInList(props.selected, value, props.all))}
          />
          {props.label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** One of the dataset's periods or units, or all of them; shown only when the dataset has several. */
function SelectFilter(props: {
  label: string;
  all: string;
  /** depth: how far under the top unit (units are a tree); shown indented */
  options: readonly { id: string; label: Record<'vi' | 'en', string>; depth?: number }[];
  value: string | null;
  onChange: (next: string | null) => void;
}) {
  const { lang } = useI18n();
  if (props.options.length < 2) return null;
  return (
    <label className="filter-select">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {'\u00a0\u00a0\u00a0'.repeat(o.depth ?? 0)}
            {o.label[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The dashboard-wide filters, in a search landmark. Every change goes to the URL, so reload and back restore it. */
export function FilterBar({ dataset, panels, dimensions, filters, onChange, onReset, shown, total }: Props) {
  const ids = panels.map((p) => p.id);
  const shortOf = new Map(panels.map((p) => [p.id, p.short]));
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <div role="search" aria-label={t('filters.label')} className={`filters${open ? ' filters--open' : ''}`}>
      <div className="filters__head">
        <h2 className="filters__title">{t('filters.label')}</h2>
        <button type="button" className="filters__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? t('filters.hide') : t('filters.show')}
        </button>
      </div>
      <div className="filters__body" id={bodyId}>
        <CheckboxGroup
          name="panels"
          legend={t('filters.panels')}
          all={ids}
          selected={filters.panels}
          label={(id: string) => t(shortOf.get(id)!)}
          onChange={(panels) => onChange({ ...filters, panels })}
        />
        {dimensions.subject ? (
          <fieldset className="filter-group">
            <legend>{t('filters.subject')}</legend>
            {SUBJECT_CHOICES.map((s) => (
              <label key={s} className="check">
                <input
                  type="radio"
                  name="subject"
                  value={s}
                  checked={filters.subject === s}
                  onChange={() => onChange({ ...filters, subject: s })}
                />
                {t(`subject.${s}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        {dimensions.activity ? (
          <CheckboxGroup
            name="activity"
            legend={t('filters.activity')}
            all={dimensions.activities}
            selected={filters.activities.filter((a) => dimensions.activities.includes(a))}
            label={(a: Activity) => t(`activity.${a}`)}
            // every activity the file has ticked is the default (all), so the URL stays clean
            onChange={(activities) =>
              onChange({ ...filters, activities: activities.length === dimensions.activities.length ? [...ACTIVITIES] : activities })
            }
          />
        ) : null}
        {dimensions.level ? (
          <CheckboxGroup
            name="level"
            legend={t('filters.level')}
            all={dimensions.levels}
            selected={filters.levels.filter((l) => dimensions.levels.includes(l))}
            label={(l: Level) => t(`level.${l}`)}
            onChange={(levels) => onChange({ ...filters, levels: levels.length === dimensions.levels.length ? [...LEVELS] : levels })}
          />
        ) : null}
        <SelectFilter
          label={t('filters.period')}
          all={t('filters.allPeriods')}
          options={dataset.periods}
          value={filters.period}
          onChange={(period) => onChange({ ...filters, period })}
        />
        <SelectFilter
          label={t('filters.unit')}
          all={t('filters.allUnits')}
          options={unitTree(dataset).map(({ unit, depth }) => ({ ...unit, depth }))}
          value={filters.orgUnit}
          onChange={(orgUnit) => onChange({ ...filters, orgUnit })}
        />
        <button type="button" className="filters__reset" onClick={onReset}>
          {t('filters.reset')}
        </button>
      </div>
      <p className="filters__count" role="status" aria-live="polite">
        {t('filters.count', { shown, total, hidden: total - shown })}
      </p>
    </div>
  );
}
