import type { SeriesSpec } from './spec';
import { Swatch } from './Swatch';

/** The legend as HTML above the chart (the exported image draws its own in SVG). Shown only for several series. */
export function Legend<R>({ series }: { series: readonly SeriesSpec<R>[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="legend">
      {series.map((s) => (
        <li key={s.key}>
          <Swatch series={s} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
