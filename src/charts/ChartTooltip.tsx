import type { SeriesSpec } from './spec';
import { Swatch } from './Swatch';

interface Entry {
  dataKey?: unknown;
  value?: unknown;
  payload?: unknown;
}

/** Tooltip body: the row's name, each series' formatted value, and the row's notes (where the figures stand in the report). */
export function ChartTooltip<R extends object>(props: {
  active?: boolean | undefined;
  payload?: readonly Entry[] | undefined;
  index: keyof R & string;
  series: readonly SeriesSpec<R>[];
  format: (v: number) => string;
  notes?: ((row: R) => readonly string[]) | undefined;
}) {
  const { active, payload, index, series, format, notes } = props;
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]?.payload as R | undefined;
  if (!row) return null;
  const heading = String(row[index] ?? '');
  return (
    <div className="chart-tooltip">
      {heading ? <p className="chart-tooltip__title">{heading}</p> : null}
      <ul>
        {payload.map((entry) => {
          const s = series.find((x) => x.key === entry.dataKey);
          if (!s || typeof entry.value !== 'number') return null;
          return (
            <li key={s.key}>
              <Swatch series={s} /> {s.label}: <strong>{format(entry.value)}</strong>
            </li>
          );
        })}
      </ul>
      <TooltipNotes lines={notes?.(row) ?? []} />
    </div>
  );
}

export function TooltipNotes({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <div className="chart-tooltip__note">
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
