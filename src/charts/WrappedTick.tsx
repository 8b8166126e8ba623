import { THEME } from '../theme/theme';
import { wrapText } from '../theme/text';
import { measureLabel, TICK_FONT_SIZE, TICK_LINE, TICK_LINES } from './layout';

interface TickProps {
  x: number | string;
  y: number | string;
  payload?: { value?: unknown };
}

/** A category-axis tick whose label wraps onto up to three lines, right-aligned against the axis. */
export function wrappedTick(labelWidth: number) {
  const measure = (s: string) => measureLabel(s, 400);
  return function WrappedTick(tick: TickProps) {
    const full = String(tick.payload?.value ?? '');
    const lines = wrapText(full, labelWidth - 10, measure, TICK_LINES);
    const x = Number(tick.x) - 6;
    return (
      <text x={x} y={Number(tick.y)} textAnchor="end" fontSize={TICK_FONT_SIZE} fill={THEME.chart.label}>
        {lines.join(' ') !== full ? <title>{full}</title> : null}
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? -((lines.length - 1) * TICK_LINE) / 2 + 4 : TICK_LINE}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
