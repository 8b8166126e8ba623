import { TICK_FONT_SIZE } from './layout';

interface TickProps {
  x: number | string;
  y: number | string;
  fill?: string;
  payload?: { value?: unknown };
}

/**
 * A value-axis tick drawn as plain SVG text. recharts' own tick is a <Text> given the axis width, which measures
 * every label in the page (a forced layout of the whole page per chart); these labels never wrap.
 */
export function valueTick(format: (value: number) => string, fill: string) {
  return function ValueTick(tick: TickProps) {
    return (
      <text x={Number(tick.x)} y={Number(tick.y)} dy="0.71em" textAnchor="middle" fontSize={TICK_FONT_SIZE} fill={fill}>
        {format(Number(tick.payload?.value))}
      </text>
    );
  };
}
