import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Long lists (a file of every unit over several periods) start with their first rows; the rest on request. */
const FIRST_ROWS = 200;

/** The first `first` items, and a "show all N" button while some are held back. */
export function useFirstRows<T>(items: readonly T[], first = FIRST_ROWS) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all || items.length <= first ? items : items.slice(0, first);
  const more =
    shown.length < items.length ? (
      <p className="table-more">
        <button type="button" onClick={() => setAll(true)}>
          {t('table.showAll', { count: items.length })}
        </button>
      </p>
    ) : null;
  return { shown, more };
}
