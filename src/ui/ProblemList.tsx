import { useI18n } from '../i18n/i18n-context';

/** The first problems of a file, one a line, and how many more (a broken file can have thousands). */
const LISTED = 50;

export function ProblemList({ lines }: { lines: readonly string[] }) {
  const { t } = useI18n();
  if (lines.length === 0) return null;
  return (
    <ul className="alert__problems">
      {lines.slice(0, LISTED).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
      {lines.length > LISTED ? <li>{t('state.moreProblems', { count: lines.length - LISTED })}</li> : null}
    </ul>
  );
}
