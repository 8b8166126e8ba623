import { useId, useRef, type ReactNode } from 'react';
import { Chart } from '../charts';
import type { Dataset, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { firstPart } from '../model/first-part';
import { DataTable } from './DataTable';
import { FigureList } from './FigureList';
import { ExportMenu } from './ExportMenu';
import type { PanelView } from './panel-view';
import { usePanelMode } from './use-panel-mode';

/** A chart's text alternative is read, not searched: beyond this many characters it ends by pointing at the table. */
const DESCRIPTION_MAX = 3000;

/** A chart panel drawn from its view: heading, filters in words, chart/table toggle, export menu, and an empty state. */
export function PanelFrame({ view, dataset, children }: { view: PanelView; dataset: Dataset; children?: ReactNode }) {
  const { id, title, subtitle, description, empty, chart, drawn, table } = view;
  const { t } = useI18n();
  const [mode, setMode] = usePanelMode(id);
  const headingId = useId();
  const descId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const shortDescription = firstPart(description, DESCRIPTION_MAX);
  return (
    <section className="panel" id={`panel-${id}`} data-panel={id} aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="panel__subtitle">{subtitle}</p>
          {/* a file of several sources: each panel names exactly those of its figures */}
          {(dataset.sources?.length ?? 0) > 0 ? <p className="panel__sources">{view.citations.join(' ')}</p> : null}
        </div>
        {empty ? null : (
          <div className="panel__tools">
            <div className="toggle" role="group" aria-label={t('panel.viewAs')}>
              <button type="button" aria-pressed={mode === 'chart'} onClick={() => setMode('chart')}>
                {t('panel.chart')}
              </button>
              <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
                {t('panel.table')}
              </button>
            </div>
            <ExportMenu view={view} dataset={dataset} widthOf={() => bodyRef.current?.clientWidth} />
          </div>
        )}
      </div>
      <p className="panel__desc" id={descId}>
        {shortDescription === null ? description : `${shortDescription}… ${t('panel.descriptionCut')}`}
      </p>
      <div ref={bodyRef}>
        {empty ? (
          <p className="panel__empty" role="note">
            {t('panel.empty')}
          </p>
        ) : mode === 'table' ? (
          <DataTable table={table} caption={title} />
        ) : chart ? (
          <Chart spec={chart} describedBy={descId} />
        ) : null}
      </div>
      {!empty && mode === 'chart' && drawn && drawn.shown < drawn.total ? (
        <p className="panel__capped">{t('panel.rowsCapped', { shown: drawn.shown, total: drawn.total })}</p>
      ) : null}
      {children}
    </section>
  );
}

/** The usual chart panel: its frame, the figures it does not draw listed under the chart, and anything else it adds. */
export function ChartPanel(props: { dataset: Dataset; view: PanelView | null; others?: readonly Indicator[]; children?: ReactNode }) {
  const { t } = useI18n();
  if (!props.view) return null;
  return (
    <PanelFrame view={props.view} dataset={props.dataset}>
      {props.children}
      {props.others ? <FigureList dataset={props.dataset} indicators={props.others} heading={t('panel.otherFigures')} /> : null}
    </PanelFrame>
  );
}
