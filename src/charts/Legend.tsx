import type { SeriesSpec } from './types';

/** The legend as HTML beside the chart (the exported image draws its own in SVG). Shown only for several series. */
export function Legend<R>({ series }: { series: readonly SeriesSpec<R>[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="legend">
      {series.map((s) => (
        <li key={s.key}>
          <span
            className={`swatch${s.pattern === 'hatch' ? ' swatch--hatch' : ''}`}
            style={{ backgroundColor: s.color, borderColor: s.outline ?? s.color }}
            aria-hidden="true"
          />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
