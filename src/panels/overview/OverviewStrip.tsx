import { memo } from 'react';
import type { Dataset, Indicator } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey, Translate } from '../../i18n/translate';
import { orgUnitLabel, periodLabel } from '../../model/figures';
import { formatPercent, formatValue, unitLabel } from '../../model/format';
import { SourceNote } from '../SourceNote';
import type { OverviewSeries, OverviewTile } from './series';

const SHORT_TITLES: Record<string, MessageKey> = {
  'difficult-congress-held': 'overview.difficultHeld',
  consolidated: 'overview.consolidated',
  'days-ahead-of-plan': 'overview.cityCongress',
};

/** Tile headings are short (a tile is ~150 px wide); the full label is in the tile's source note and the tables. */
function tileTitle(t: Translate, tile: OverviewTile, lang: 'vi' | 'en'): string {
  if (tile.kind === 'inspection') return t(`activity.${tile.key as 'inspected' | 'supervised' | 'violation-checked'}`);
  if (tile.kind === 'congress') return t('overview.congressHeld');
  const first = tile.figures[0];
  const short = first ? SHORT_TITLES[first.measure] : undefined;
  return short ? t(short) : (first?.label[lang] ?? '');
}

function figureCaption(t: Translate, ind: Indicator, lang: 'vi' | 'en'): string {
  if (ind.level && ind.category === 'congress') return t(`level.${ind.level}`);
  return unitLabel(lang, ind);
}

/** One tile; drawn again only when its figures change (a file of many units can give a hundred tiles, most of them
 * unchanged by a subject or activity change). */
const Tile = memo(
  function Tile({ dataset, tile }: { dataset: Dataset; tile: OverviewTile }) {
    const { lang, t } = useI18n();
    return (
      <li className={`tile tile--${tile.kind}`} data-tile={tile.key}>
        <h3 className="tile__title">{tileTitle(t, tile, lang)}</h3>
        {tile.kind === 'inspection' || tile.kind === 'congress' ? (
          <dl className="tile__figures">
            {tile.figures.map((ind) => (
              <div key={ind.id} data-indicator={ind.id}>
                <dt className="tile__unit">{figureCaption(t, ind, lang)}</dt>
                <dd className="tile__value num">{formatValue(lang, ind)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="tile__figures" data-indicator={tile.figures[0]?.id}>
            <span className="tile__value num">
              {tile.kind === 'ahead'
                ? t('congress.aheadValue', { days: formatValue(lang, tile.figures[0]!) })
                : formatValue(lang, tile.figures[0]!)}
            </span>
            {tile.kind === 'completion' && tile.figures[0]?.denominator ? (
              <span className="tile__unit"> {formatPercent(lang, tile.figures[0].value / tile.figures[0].denominator)}</span>
            ) : null}
          </p>
        )}
        <SourceNote
          dataset={dataset}
          indicators={tile.figures}
          name={tileTitle(t, tile, lang)}
          lead={tile.kind === 'completion' || tile.kind === 'ahead' ? tile.figures[0]?.label[lang] : undefined}
        />
      </li>
    );
  },
  (a, b) =>
    a.dataset === b.dataset &&
    a.tile.key === b.tile.key &&
    a.tile.kind === b.tile.kind &&
    a.tile.figures.length === b.tile.figures.length &&
    a.tile.figures.every((f, i) => f === b.tile.figures[i]),
);

/** The key figures at a glance: large numerals, each with its label, period and, on demand, its place in the report. */
export function OverviewStrip({ dataset, series: overview }: { dataset: Dataset; series: OverviewSeries }) {
  const { lang, t } = useI18n();
  const { slice, tiles } = overview;
  return (
    <section className="overview" id="panel-overview" data-panel="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">
        {t('panel.overview.title')}
        {slice ? (
          <span className="overview__slice">
            {' '}
            · {periodLabel(dataset, slice.period, lang)}
            {dataset.orgUnits.length > 1 ? ` · ${orgUnitLabel(dataset, slice.orgUnit, lang)}` : ''}
          </span>
        ) : null}
      </h2>
      {tiles.length === 0 ? (
        <p className="panel__empty" role="note">
          {t('panel.empty')}
        </p>
      ) : (
        <ul className="tiles">
          {tiles.map((tile) => (
            <Tile key={tile.key} dataset={dataset} tile={tile} />
          ))}
        </ul>
      )}
    </section>
  );
}
