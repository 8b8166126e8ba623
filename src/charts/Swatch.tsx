import type { SeriesSpec } from './spec';

/** A series' colour (hatched like its bars) beside its name, in the legend and the tooltip. */
export function Swatch<R>({ series }: { series: SeriesSpec<R> }) {
  return (
    <span
      className={`swatch${series.pattern === 'hatch' ? ' swatch--hatch' : ''}`}
      style={{ backgroundColor: series.color, borderColor: series.outline ?? series.color }}
      aria-hidden="true"
    />
  );
}
