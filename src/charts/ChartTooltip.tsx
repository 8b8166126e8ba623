import type { ReactNode } from 'react';
import type { SeriesSpec } from './types';

interface Entry {
  dataKey?: unknown;
  value?: unknown;
  payload?: unknown;
}

/** Tooltip body: the row's name, each series' formatted value, and an optional note (where the figure stands in the report). */
export function ChartTooltip<R>(props: {
  active?: boolean | undefined;
  payload?: readonly Entry[] | undefined;
  series: readonly SeriesSpec<R>[];
  format: (v: number) => string;
  note?: ((row: R) => ReactNode) | undefined;
  title?: (row: R) => string;
}) {
  const { active, payload, series, format, note } = props;
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]?.payload as R | undefined;
  if (!row) return null;
  const first = series[0];
  const heading = props.title ? props.title(row) : first ? String((row as Record<string, unknown>)['label'] ?? '') : '';
  return (
    <div className="chart-tooltip">
      {heading ? <p className="chart-tooltip__title">{heading}</p> : null}
      <ul>
        {payload.map((entry) => {
          const s = series.find((x) => x.key === entry.dataKey);
          if (!s || typeof entry.value !== 'number') return null;
          return (
            <li key={s.key}>
              <span
                className={`swatch${s.pattern === 'hatch' ? ' swatch--hatch' : ''}`}
                style={{ backgroundColor: s.color, borderColor: s.outline ?? s.color }}
                aria-hidden="true"
              />{' '}
              {s.label}: <strong>{format(entry.value)}</strong>
            </li>
          );
        })}
      </ul>
      {note ? <div className="chart-tooltip__note">{note(row)}</div> : null}
    </div>
  );
}
