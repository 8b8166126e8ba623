import { memo, useId } from 'react';
import type { Dataset, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { groupByCategory, periodLabel } from '../model/figures';
import { formatFigure, unitLabel } from '../model/format';
import { formatLocator } from '../model/sources';
import { useFirstRows } from '../ui/FirstRows';
import { TableScroll } from '../ui/TableScroll';

/** One figure's row: drawn again only when the figure or the language changes, not for each filter change. */
const FigureRow = memo(function FigureRow({ dataset, ind }: { dataset: Dataset; ind: Indicator }) {
  const { lang, t } = useI18n();
  return (
    <tr data-indicator={ind.id}>
      <th scope="row">
        {ind.label[lang]}
        {ind.computed ? (
          <span className="computed-mark" title={t('figure.computed', { method: ind.computed.method[lang] })}>
            {' '}
            ({t('figure.computedMark')}: {ind.computed.method[lang]})
          </span>
        ) : null}
      </th>
      <td className="num">{formatFigure(lang, ind)}</td>
      <td>{unitLabel(lang, ind)}</td>
      <td>{periodLabel(dataset, ind.period, lang)}</td>
      <td className="locator">{formatLocator(lang, dataset, ind.locator)}</td>
    </tr>
  );
});

/** Every figure of the dataset in one accessible table, grouped by category, each with its place in the report. */
export function FigureTable({ dataset, indicators = dataset.indicators }: { dataset: Dataset; indicators?: readonly Indicator[] }) {
  const { t } = useI18n();
  // A file of every unit over several periods can hold 100k figures: the first rows, the rest on request.
  const { shown, more } = useFirstRows(indicators);
  const groups = groupByCategory(shown);
  const captionId = useId();
  return (
    <TableScroll name={t('table.caption')}>
      <table className="figure-table" id="figure-table">
        <caption id={captionId}>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.figure')}</th>
            <th scope="col" className="num">
              {t('table.value')}
            </th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('table.source')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.category}>
            <tr className="figure-table__group">
              <th scope="rowgroup" colSpan={5}>
                {t(`category.${group.category}`)}
              </th>
            </tr>
            {group.indicators.map((ind) => (
              <FigureRow key={ind.id} dataset={dataset} ind={ind} />
            ))}
          </tbody>
        ))}
      </table>
      {more}
    </TableScroll>
  );
}
