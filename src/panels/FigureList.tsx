import type { Dataset, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatFigure, unitLabel } from '../model/format';
import { SourceNote } from './SourceNote';

/** Figures that are not drawn as bars (a share of time, an ordinal, a listed count), each with its source. */
export function FigureList({ dataset, indicators, heading }: { dataset: Dataset; indicators: readonly Indicator[]; heading: string }) {
  const { lang } = useI18n();
  if (indicators.length === 0) return null;
  return (
    <div className="figure-list">
      <h3>{heading}</h3>
      <ul>
        {indicators.map((ind) => (
          <li key={ind.id} data-indicator={ind.id}>
            <span className="figure-list__value num">{formatFigure(lang, ind)}</span>
            <span className="figure-list__unit">{ind.unit === 'ordinal' || ind.unit === 'percent' ? '' : unitLabel(lang, ind)}</span>
            <span className="figure-list__label">{ind.label[lang]}</span>
            <SourceNote dataset={dataset} indicators={[ind]} name={ind.label[lang]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
