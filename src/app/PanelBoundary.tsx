import type { ReactNode } from 'react';
import { ChartCodeError, reloadChartCode } from '../charts';
import { useI18n } from '../i18n/i18n-context';
import { ErrorBoundary } from '../ui/ErrorBoundary';

/** One broken panel never takes the page down: it says so in its place and offers a retry. */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <section className="panel panel-error" data-panel-error={name} aria-label={t('panel.failedLabel')}>
          <div role="alert" className="alert">
            {/* a failed chart-code download reads in the page's language, not the browser's English */}
            <p>{error instanceof ChartCodeError ? t('panel.chartCodeFailed') : t('panel.failed', { message: error.message })}</p>
            <button
              type="button"
              onClick={() => {
                if (error instanceof ChartCodeError) reloadChartCode();
                reset();
              }}
            >
              {t('state.retry')}
            </button>
          </div>
        </section>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
