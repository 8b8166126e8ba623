import { COUNT_UNITS, type Indicator } from '../data/schema';
import { translate, type Lang } from '../i18n/translate';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** Locale-correct grouping: vi 17.118, en 17,118. */
export function formatNumber(lang: Lang, value: number): string {
  // vi by hand (the default view): the first Intl.NumberFormat costs tens of ms of main thread (ICU locale data)
  if (lang === 'vi' && Number.isFinite(value) && Math.abs(value) < 1e15) return formatViNumber(value);
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** Same output as Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }): 17.118, 1,5, -2.000,25 (half away from zero on the shortest decimal). */
function formatViNumber(value: number): string {
  const text = String(Math.abs(value));
  if (/e/i.test(text)) return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
  const [whole = '0', fraction = ''] = text.split('.');
  return viDecimal(value < 0 || Object.is(value, -0), whole, fraction, 2);
}

/** A decimal written out (digits before and after the point) in vi-VN: rounded half away from zero, grouped with dots. */
function viDecimal(negative: boolean, whole: string, fraction: string, digits: number): string {
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53; // '5'
    fraction = fraction.slice(0, digits);
    if (up) {
      const rounded = (BigInt(whole + fraction) + 1n).toString().padStart(digits + 1, '0');
      whole = rounded.slice(0, -digits);
      fraction = rounded.slice(-digits);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction ? `,${fraction}` : ''}`;
}

/** "tổ chức" -> "Tổ chức": a label starting a line or a heading. */
export const capitalise = (lang: Lang, s: string) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);

export function formatPercent(lang: Lang, share: number): string {
  // vi by hand, like numbers: an Intl.NumberFormat made per share was the default view's largest script cost
  if (lang === 'vi' && Number.isFinite(share) && Math.abs(share) < 1e12) {
    const text = String(Math.abs(share));
    if (!/e/i.test(text)) {
      // the shortest decimal of the share with its point moved two places: 0.8145 -> 81.45
      const [whole = '0', fraction = ''] = text.split('.');
      const padded = fraction.padEnd(2, '0');
      const percent = viDecimal(share < 0 || Object.is(share, -0), String(BigInt(whole + padded.slice(0, 2))), padded.slice(2), 1);
      return `${percent}%`;
    }
  }
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 });
    percentFormats.set(lang, format);
  }
  return format.format(share);
}
const percentFormats = new Map<Lang, Intl.NumberFormat>();

/** vi 28/11/2020, en 28 Nov 2020; the ISO date is read as a calendar date, not shifted by time zone. */
export function formatDate(lang: Lang, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  // vi by hand: the first Intl.DateTimeFormat with a time zone costs ~100 ms of main thread on a phone (ICU data)
  if (lang === 'vi') return `${String(d ?? 1).padStart(2, '0')}/${String(m ?? 1).padStart(2, '0')}/${y ?? 1970}`;
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The number as people read it in the report: years without grouping, "x/y" where there is a denominator, "100%". */
export function formatValue(lang: Lang, indicator: Pick<Indicator, 'value' | 'unit' | 'denominator'>): string {
  const { value, unit, denominator } = indicator;
  if (unit === 'year' || unit === 'ordinal') return String(value);
  const main = formatNumber(lang, value);
  if (denominator !== undefined) return `${main}/${formatNumber(lang, denominator)}`;
  if (unit === 'percent') return `${main}%`;
  return main;
}

/** Value with its qualifier ("khoảng 26", "ít nhất 1/3"). */
export function formatFigure(lang: Lang, indicator: Indicator): string {
  const value = formatValue(lang, indicator);
  return indicator.qualifier ? `${translate(lang, `qualifier.${indicator.qualifier}`)} ${value}` : value;
}

export function unitLabel(lang: Lang, indicator: Pick<Indicator, 'unit'>): string {
  return translate(lang, `unit.${indicator.unit}`);
}

type CountUnit = (typeof COUNT_UNITS)[number];
const isCountUnit = (unit: string): unit is CountUnit => (COUNT_UNITS as readonly string[]).includes(unit);

/** The unit after a number: "congresses", but "congress" after 1 (English; Vietnamese has one form). */
export function unitAfter(lang: Lang, unit: Indicator['unit'], value: number): string {
  return value === 1 && isCountUnit(unit) ? translate(lang, `unitOne.${unit}`) : translate(lang, `unit.${unit}`);
}

/** The figure and its unit as a sentence writes them: "17.118 chi bộ", "1 congress", "2 congresses", "45%". */
export function figureWithUnit(lang: Lang, indicator: Indicator): string {
  const figure = formatFigure(lang, indicator);
  const { unit, value, denominator } = indicator;
  if (unit === 'percent') return figure;
  return `${figure} ${denominator === undefined ? unitAfter(lang, unit, value) : unitLabel(lang, indicator)}`;
}
