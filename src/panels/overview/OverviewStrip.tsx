import { memo } from 'react';
import type { Dataset } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { formatNumber } from '../../model/format';
import { SourceNote } from '../SourceNote';
import { figureCaption, keyFiguresSlice, tileTitle, tileValue } from './key-figures';
import type { OverviewSeries, OverviewTile } from './series';

/** A tile of one figure: its value and, for x of y, the share beside it. */
function SingleFigure({ tile }: { tile: OverviewTile }) {
  const { lang } = useI18n();
  const first = tile.figures[0];
  if (!first) return null;
  const { value, share } = tileValue(lang, tile, first);
  return (
    <p className="tile__figures" data-indicator={first.id}>
      <span className="tile__value num">{value}</span>
      {share ? <span className="tile__unit"> {share}</span> : null}
    </p>
  );
}

/**
 * One tile; drawn again only when its figures change (a file of many units can give a hundred tiles, most of them
 * unchanged by a subject or activity change).
 */
const Tile = memo(
  function Tile({ dataset, tile }: { dataset: Dataset; tile: OverviewTile }) {
    const { lang } = useI18n();
    return (
      <li className={`tile tile--${tile.kind}`} data-tile={tile.key}>
        <h3 className="tile__title">{tileTitle(lang, tile)}</h3>
        {tile.kind === 'inspection' || tile.kind === 'congress' ? (
          <dl className="tile__figures">
            {tile.figures.map((ind) => (
              <div key={ind.id} data-indicator={ind.id}>
                <dt className="tile__unit">{figureCaption(lang, ind)}</dt>
                <dd className="tile__value num">{tileValue(lang, tile, ind).value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <SingleFigure tile={tile} />
        )}
        <SourceNote
          dataset={dataset}
          indicators={tile.figures}
          name={tileTitle(lang, tile)}
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
        {slice ? <span className="overview__slice"> · {keyFiguresSlice(dataset, overview, lang)}</span> : null}
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
      {overview.left > 0 ? (
        <p className="overview__left" role="note">
          {t('overview.left', { count: formatNumber(lang, overview.left) })} <a href="#all-figures-title">{t('panel.allFigures.title')}</a>.
        </p>
      ) : null}
    </section>
  );
}
