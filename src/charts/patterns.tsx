import { THEME } from '../theme/theme';
import type { SeriesSpec } from './spec';

const patternId = (key: string) => `hatch-${key}`;

/** Hatched fills for series that carry a pattern, so colour is never the only cue. */
export function PatternDefs<R>({ series }: { series: readonly SeriesSpec<R>[] }) {
  const hatched = series.filter((s) => s.pattern === 'hatch');
  if (hatched.length === 0) return null;
  return (
    <defs>
      {hatched.map((s) => (
        <pattern key={s.key} id={patternId(s.key)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={s.color} />
          <rect width="2" height="6" fill={THEME.chart.hatchStroke} fillOpacity={THEME.chart.hatchOpacity} />
        </pattern>
      ))}
    </defs>
  );
}

export const seriesFill = <R,>(s: SeriesSpec<R>) => (s.pattern === 'hatch' ? `url(#${patternId(s.key)})` : s.color);
