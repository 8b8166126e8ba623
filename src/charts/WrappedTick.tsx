import { TICK_LINE, TICK_LINES } from './layout';
import { wrapText } from './wrap-text';

interface TickProps {
  x: number | string;
  y: number | string;
  payload?: { value?: unknown };
}

/** A category-axis tick whose label wraps onto up to three lines, right-aligned against the axis. */
export function wrappedTick(labelWidth: number) {
  const maxChars = Math.max(12, Math.floor(labelWidth / 7.2));
  return function WrappedTick(tick: TickProps) {
    const full = String(tick.payload?.value ?? '');
    const lines = wrapText(full, maxChars, TICK_LINES);
    const x = Number(tick.x) - 6;
    return (
      <text x={x} y={Number(tick.y)} textAnchor="end" fontSize={12} fill="#1C2430">
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

/** Width of the category axis for a chart of the given width. */
export const categoryAxisWidth = (chartWidth: number) => Math.min(240, Math.max(110, Math.round(chartWidth * 0.36)));
