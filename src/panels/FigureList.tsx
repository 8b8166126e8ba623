import type { Dataset, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatFigure, unitLabel } from '../model/format';
import { MAX_CHART_ROWS } from '../model/limit-rows';
import { useFirstRows } from '../ui/FirstRows';
import { SourceNote } from './SourceNote';

/** Figures that are not drawn as bars (a share of time, an ordinal, a listed count), each with its source. */
export function FigureList({ dataset, indicators, heading }: { dataset: Dataset; indicators: readonly Indicator[]; heading: string }) {
  const { lang } = useI18n();
  // a file of every unit over many periods can list thousands: the first ones, the rest on request
  const { shown, more } = useFirstRows(indicators, MAX_CHART_ROWS);
  if (indicators.length === 0) return null;
  return (
    <div className="figure-list">
      <h3>{heading}</h3>
      <ul>
        {shown.map((ind) => (
          <li key={ind.id} data-indicator={ind.id}>
            <span className="figure-list__value num">{formatFigure(lang, ind)}</span>
            <span className="figure-list__unit">{ind.unit === 'ordinal' || ind.unit === 'percent' ? '' : unitLabel(lang, ind)}</span>
            <span className="figure-list__label">{ind.label[lang]}</span>
            <SourceNote dataset={dataset} indicators={[ind]} name={ind.label[lang]} />
          </li>
        ))}
      </ul>
      {more}
    </div>
  );
}
