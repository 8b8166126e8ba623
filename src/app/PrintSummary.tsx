import type { KeyFigure, ViewSummary } from '../panels';
import { useI18n } from '../i18n/i18n-context';

/**
 * The printed first page's head (print only; the screen shows the same in the header and the filters): which report,
 * printed when, and the filters in words, so a sheet of paper says which view it is.
 */
export function PrintSummary({ summary }: { summary: ViewSummary }) {
  const { t } = useI18n();
  return (
    <section className="print-summary" aria-label={t('print.summary')}>
      <p className="print-summary__title">{summary.title}</p>
      {/* the organisation and the report's date are in the page header, just above; the day it is printed is not
          known to the build-time render */}
      <p className="print-summary__meta" suppressHydrationWarning>
        {summary.exportedOn}
      </p>
      <p className="print-summary__filters">{t('print.filters', { filters: summary.filters })}</p>
    </section>
  );
}

/** Figures that share a heading ("Kiểm tra (cấp ủy)": tổ chức đảng, đảng viên) on one line. */
function byHeading(figures: readonly KeyFigure[]): { heading: string; figures: KeyFigure[] }[] {
  const groups: { heading: string; figures: KeyFigure[] }[] = [];
  for (const f of figures) {
    const last = groups.at(-1);
    if (last && last.heading === f.heading) last.figures.push(f);
    else groups.push({ heading: f.heading, figures: [f] });
  }
  return groups;
}

/** The key figures as compact lines for paper (print only): the first item beside the first charts on page 1. */
export function PrintKeyFigures({ summary }: { summary: ViewSummary }) {
  if (summary.keyFigures.length === 0) return null;
  return (
    <section className="print-figures" aria-label={summary.keyFiguresTitle}>
      <p className="print-figures__title">{summary.keyFiguresTitle}</p>
      <dl className="print-figures__list">
        {byHeading(summary.keyFigures).map((group) => (
          <div key={group.heading}>
            <dt>{group.heading}:</dt>
            {group.figures.map((f) => (
              <dd key={`${f.caption}:${f.value}`}>
                <strong className="num">{f.value}</strong> <span className="print-figures__caption">{f.caption}</span>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
