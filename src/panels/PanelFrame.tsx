import { Suspense, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { PanelExportInfo } from '../model/export-spec';
import { DataTable } from './DataTable';
import { ExportMenu } from './ExportMenu';
import { useRegisterChart } from './export-registry';
import { usePanelView } from './use-panel-view';

export interface PanelFrameProps {
  id: string;
  title: string;
  /** one or two sentences saying what the chart shows, in words (the chart's text alternative) */
  description: string;
  /** the filters in effect, e.g. "Năm 2020 · Tổ chức đảng, Đảng viên" */
  subtitle: string;
  empty: boolean;
  /** pixel height of the chart, reserved before the chart code has loaded so nothing shifts */
  chartHeight: number;
  chart: (describedBy: string) => ReactNode;
  /** what the chart shows, for its exports (title, filters, legend, data) */
  exportInfo: PanelExportInfo;
  /** when the chart draws only the first rows of many (see model/limit-rows.ts) */
  drawnRows?: { shown: number; total: number };
  children?: ReactNode;
}

/** A panel: heading, filters in words, chart/table toggle, export menu, and an empty state instead of a blank box. */
export function PanelFrame(props: PanelFrameProps) {
  const { id, title, description, subtitle, empty, chartHeight, chart, exportInfo, drawnRows, children } = props;
  const { t } = useI18n();
  const [view, setView] = usePanelView(id);
  const headingId = useId();
  const descId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  useRegisterChart(id, exportInfo, sectionRef);
  return (
    <section className="panel" id={`panel-${id}`} data-panel={id} aria-labelledby={headingId} ref={sectionRef}>
      <div className="panel__head">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="panel__subtitle">{subtitle}</p>
        </div>
        {empty ? null : (
          <div className="panel__tools">
            <div className="toggle" role="group" aria-label={t('panel.viewAs')}>
              <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
                {t('panel.chart')}
              </button>
              <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
                {t('panel.table')}
              </button>
            </div>
            <ExportMenu info={exportInfo} panel={sectionRef} />
          </div>
        )}
      </div>
      <p className="panel__desc" id={descId}>
        {description}
      </p>
      {empty ? (
        <p className="panel__empty" role="note">
          {t('panel.empty')}
        </p>
      ) : view === 'table' ? (
        <DataTable table={exportInfo.table} caption={title} />
      ) : (
        <div className="panel__chart" style={{ minHeight: chartHeight }}>
          <Suspense fallback={<div className="chart-placeholder" style={{ height: chartHeight }} aria-hidden="true" />}>
            {chart(descId)}
          </Suspense>
        </div>
      )}
      {!empty && view === 'chart' && drawnRows && drawnRows.shown < drawnRows.total ? (
        <p className="panel__capped">{t('panel.rowsCapped', { shown: drawnRows.shown, total: drawnRows.total })}</p>
      ) : null}
      {children}
    </section>
  );
}
