import { useI18n } from '../i18n/i18n-context';

/** Placeholder boxes the size of what will come, so nothing jumps when the data arrives. */
export function LoadingSkeleton() {
  const { t } = useI18n();
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status" className="skeleton__label">
        {t('state.loading')}
      </p>
      <div className="skeleton__strip" />
      <div className="skeleton__grid">
        <div className="skeleton__box" />
        <div className="skeleton__box" />
      </div>
    </div>
  );
}
