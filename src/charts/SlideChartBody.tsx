import { Surface } from 'recharts';
import { THEME } from '../theme/theme';
import { BarChartView } from './BarChartView';
import { FIGURE_NOTE_SIZE, NOTE_LINE } from './figures-layout';
import { FiguresContent, Lines } from './FiguresView';
import type { FiguresPage, SlidePage } from './slide-plan';
import { TimelineView } from './TimelineView';

const { chart: ink } = THEME;

/** One slide's chart, as planned (slide-plan.ts), drawn at its CSS size; the legend is the slide's, drawn in SVG. */
export function SlideChartBody({ page }: { page: SlidePage }) {
  if (page.kind === 'bar') return <BarChartView spec={page.spec} width={page.width} layout={page} />;
  if (page.kind === 'timeline') return <TimelineView spec={page.spec} width={page.width} layout={page} />;
  return <FigureColumns page={page} />;
}

/** A figures chart's columns side by side under its note, a rule between two columns. */
function FigureColumns({ page }: { page: FiguresPage }) {
  const { columns, columnWidth, columnGap, noteHeight, width, height } = page;
  return (
    <div className="chart">
      <div className="recharts-wrapper">
        <Surface width={width} height={height}>
          <Lines lines={page.noteLines} x={0} top={0} lineHeight={NOTE_LINE} fontSize={FIGURE_NOTE_SIZE} fill={ink.tick} />
          {columns.map((layout, i) => {
            const x = i * (columnWidth + columnGap);
            return (
              <g key={i} transform={`translate(${x} ${noteHeight})`}>
                {i > 0 ? (
                  <line x1={-columnGap / 2} x2={-columnGap / 2} y1={0} y2={height - noteHeight} stroke={ink.grid} strokeWidth={1} />
                ) : null}
                <FiguresContent layout={layout} color={page.color} />
              </g>
            );
          })}
        </Surface>
      </div>
    </div>
  );
}
