import { quoteForDisplay, shortLocation, type DatasetOrigin } from '../data/dataset-source';
import { useI18n } from '../i18n/i18n-context';
import '../styles/origin.css';

/**
 * Under the page's header, inside the first screen (a named region, so axe and screen readers list it): where the figures come from whenever that is not the shipped file
 * (the header above shows whatever organisation name that file gives). Nothing for the shipped file.
 */
export function OriginBanner({ origin, baseUri }: { origin: DatasetOrigin | undefined; baseUri: string }) {
  const { t } = useI18n();
  if (!origin || origin.kind === 'shipped') return null;
  let text: string;
  if (origin.kind === 'file') text = t('source.bannerFile', { name: `“${quoteForDisplay(origin.name, 60)}”` });
  else {
    const otherSite = new URL(origin.url).origin !== new URL(baseUri).origin;
    text = t(otherSite ? 'source.bannerOtherSite' : 'source.bannerUrl', { location: shortLocation(origin.url) });
  }
  return (
    <section className="origin-banner" aria-label={t('source.bannerLabel')}>
      <p>{text}</p>
    </section>
  );
}

/** Text from the page address, quoted: shortened, hidden characters shown by their code, visibly set apart. */
export function Quoted({ text }: { text: string }) {
  return (
    <q className="quoted">
      <code>{quoteForDisplay(text)}</code>
    </q>
  );
}
