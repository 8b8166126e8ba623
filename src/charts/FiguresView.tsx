import { Surface } from 'recharts';
import { THEME } from '../theme/theme';
import {
  FIGURE_MARK_LABEL_SIZE,
  FIGURE_NOTE_SIZE,
  FIGURE_TEXT_SIZE,
  FIGURE_TITLE_SIZE,
  LABEL_LINE,
  layoutFigures,
  markHeight,
  NOTE_LINE,
  TITLE_LINE,
  type FiguresLayout,
  type RowBox,
  type SectionBox,
} from './figures-layout';
import { measureLabel, TICK_FONT_SIZE } from './measure';
import type { FigureMark, FiguresSpec } from './spec';
import { useTextMeasure } from './use-measure';
import { useWidth } from './use-width';

const { chart: ink, series } = THEME;

/**
 * Figures as a table one can read at a glance: each figure written in full at the right, with its own mark
 * beside it where the spec gives one (a bar on its section's scale, a share of its whole, a gap to the plan).
 * Plain SVG on recharts' surface.
 */
export function FiguresView({ spec, width: fixedWidth, describedBy }: { spec: FiguresSpec; width?: number; describedBy?: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(fixedWidth);
  const layout = layoutFigures(spec, width, useTextMeasure());
  return (
    <div ref={ref} className="chart" role="img" aria-label={spec.label} aria-describedby={describedBy}>
      {/* recharts' wrapper and surface: print and the exported files treat this chart as every other */}
      <div className="recharts-wrapper">
        <Surface
          width={layout.width}
          height={layout.height}
          className="figures-chart"
          // scales down with its box (print) instead of being clipped
          style={{ display: 'block', maxWidth: '100%', height: 'auto' }}
        >
          <FiguresContent layout={layout} color={spec.color} />
        </Surface>
      </div>
    </div>
  );
}

/** What a laid-out figures chart draws (its note and sections), from (0, 0): on the page, or as one column of a slide. */
export function FiguresContent({ layout, color }: { layout: FiguresLayout; color: string }) {
  return (
    <>
      <Lines lines={layout.noteLines} x={0} top={0} lineHeight={NOTE_LINE} fontSize={FIGURE_NOTE_SIZE} fill={ink.tick} />
      {layout.sections.map((section) => (
        <Section key={section.section.key} box={section} layout={layout} color={color} />
      ))}
    </>
  );
}

/** Text lines from `top`, one `line height` apart. */
export function Lines({ lines, x, top, lineHeight, ...text }: { lines: string[]; x: number; top: number; lineHeight: number } & TextStyle) {
  if (lines.length === 0) return null;
  return (
    <text x={x} y={top} {...text}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={top + i * lineHeight + lineHeight / 2} dy="0.35em">
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface TextStyle {
  fontSize: number;
  fontWeight?: number;
  fill: string;
}

function Section({ box, layout, color }: { box: SectionBox; layout: FiguresLayout; color: string }) {
  return (
    <g className="figures-chart__section">
      {box.ruleY === null ? null : <line x1={0} x2={layout.width} y1={box.ruleY} y2={box.ruleY} stroke={ink.axis} strokeWidth={1} />}
      <Lines
        lines={box.titleLines}
        x={0}
        top={box.titleTop}
        lineHeight={TITLE_LINE}
        fontSize={FIGURE_TITLE_SIZE}
        fontWeight={700}
        fill={ink.label}
      />
      <Lines lines={box.noteLines} x={0} top={box.noteTop} lineHeight={NOTE_LINE} fontSize={FIGURE_NOTE_SIZE} fill={ink.tick} />
      {box.rows.map((row, i) => (
        <Row key={row.row.key} box={row} section={box} layout={layout} color={color} last={i === box.rows.length - 1} />
      ))}
    </g>
  );
}

function Row({
  box,
  section,
  layout,
  color,
  last,
}: {
  box: RowBox;
  section: SectionBox;
  layout: FiguresLayout;
  color: string;
  last: boolean;
}) {
  const { row } = box;
  const tip = [`${row.label}: ${row.text}`, ...(row.notes ?? [])].join('\n');
  return (
    <g className="figures-chart__row">
      <title>{tip}</title>
      {last ? null : (
        <line x1={layout.labelX} x2={layout.width} y1={box.top + box.height} y2={box.top + box.height} stroke={ink.grid} strokeWidth={1} />
      )}
      <Lines
        lines={box.labelLines}
        x={layout.labelX}
        top={box.labelTop}
        lineHeight={LABEL_LINE}
        fontSize={TICK_FONT_SIZE}
        fill={ink.label}
      />
      {row.mark ? (
        <Mark mark={row.mark} y={box.markY} section={section} layout={layout} color={color} computed={row.computed ?? false} />
      ) : null}
      <text
        x={layout.width - 1}
        y={box.markY}
        dy="0.35em"
        textAnchor="end"
        fontSize={FIGURE_TEXT_SIZE}
        fontWeight={700}
        fill={ink.label}
        className="value-label"
      >
        {row.text}
      </text>
    </g>
  );
}

function Mark(props: { mark: FigureMark; y: number; section: SectionBox; layout: FiguresLayout; color: string; computed: boolean }) {
  const { mark, y, section, layout, color, computed } = props;
  const { markX: x, markWidth: width } = layout;
  const h = markHeight(mark);
  const top = y - h / 2;
  const dashed = computed ? { fillOpacity: 0.25, stroke: color, strokeDasharray: '4 2' } : {};
  if (mark.kind === 'bar') {
    const w = section.barMax > 0 ? (width * Math.max(0, mark.value)) / section.barMax : 0;
    return (
      <g>
        <rect x={x} y={top} width={mark.value > 0 ? Math.max(1, w) : 0} height={h} fill={color} {...dashed} />
        {/* the zero of the section's own scale */}
        <line x1={x} x2={x} y1={top - 3} y2={top + h + 3} stroke={ink.axis} strokeWidth={1} />
      </g>
    );
  }
  if (mark.kind === 'part') {
    const share = mark.total > 0 ? Math.min(1, Math.max(0, mark.done / mark.total)) : 0;
    return (
      <g>
        <rect x={x} y={top} width={width} height={h} fill={series.remaining} stroke={series.outline} strokeWidth={1} />
        <rect x={x} y={top} width={width * share} height={h} fill={color} {...dashed} />
      </g>
    );
  }
  return <Offset {...props} mark={mark} />;
}

/** The plan as a tick, the actual date as a dot, the gap between them on the section's scale, each named beside it. */
function Offset({
  mark,
  y,
  section,
  layout,
  color,
}: {
  mark: Extract<FigureMark, { kind: 'offset' }>;
  y: number;
  section: SectionBox;
  layout: FiguresLayout;
  color: string;
}) {
  const { markX: x, markWidth: width } = layout;
  const measure = (s: string) => measureLabel(s, 400, FIGURE_MARK_LABEL_SIZE);
  const early = mark.value <= 0;
  // the label of the left point to its left, the right one's to its right; the gap between them is what is left
  const [leftLabel, rightLabel] = early ? [mark.actual, mark.plan] : [mark.plan, mark.actual];
  const from = x + measure(leftLabel) + 8;
  const to = x + width - measure(rightLabel) - 8;
  const span = Math.max(8, to - from);
  const gap = section.offsetMax > 0 ? (span * Math.abs(mark.value)) / section.offsetMax : 0;
  const planX = early ? from + span : from;
  const actualX = early ? planX - gap : planX + gap;
  const [leftX, rightX] = early ? [actualX, planX] : [planX, actualX];
  const label = { fontSize: FIGURE_MARK_LABEL_SIZE, fill: ink.tick, dy: '0.35em' };
  return (
    <g>
      <line x1={leftX} x2={rightX} y1={y} y2={y} stroke={color} strokeWidth={4} />
      <line x1={planX} x2={planX} y1={y - 9} y2={y + 9} stroke={ink.label} strokeWidth={2} />
      <circle cx={actualX} cy={y} r={5} fill={color} />
      <text x={leftX - 8} y={y} textAnchor="end" {...label}>
        {leftLabel}
      </text>
      <text x={rightX + 8} y={y} textAnchor="start" {...label}>
        {rightLabel}
      </text>
    </g>
  );
}
