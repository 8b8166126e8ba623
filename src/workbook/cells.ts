/** What a spreadsheet cell holds, once read, and how text becomes a number or a date. Pure, no workbook library. */

/** A cell's value as the import sees it: formulas read as their last result, rich text and links as their text. */
export type Raw = string | number | boolean | Date | null;

/** True for a cell with nothing in it but spaces. */
export const isBlank = (raw: Raw): boolean => raw === null || (typeof raw === 'string' && raw.trim() === '');

/** A date as YYYY-MM-DD, read in UTC (spreadsheet dates have no time zone). */
export function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // a date typed in a spreadsheet is a whole day; a stray fraction (a time) rounds to the nearest day
  const day = new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A text cell's date: YYYY-MM-DD as it is, D/M/YYYY (or with - or .) as YYYY-MM-DD; anything else null. */
export function dateFromText(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!m) return null;
  const [, day = '', month = '', year = ''] = m;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso) ? iso : null;
}

/**
 * A number written as text. `decimal` is the file's decimal mark: "," where the list separator is ";" (Vietnamese
 * Windows: 1.282 is a thousand two hundred and eighty-two, 15234,5 has a fraction), "." otherwise. The other mark,
 * and spaces, group thousands in groups of exactly three; a single other mark not followed by three digits can only
 * be a decimal mark (15234.5 from a program in another locale). `either`: no grouping, "." or "," as the decimal mark
 * (text typed into a spreadsheet cell, whose locale is unknown). Anything else is null, never a guess.
 */
export function numberFromText(text: string, decimal: ',' | '.' | 'either'): number | null {
  let s = text
    .trim()
    .replace(/^\+/, '')
    .replace(/\u2212/g, '-');
  if (s === '') return null;
  if (decimal === 'either') return /^-?\d+(?:[.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : null;
  const group = decimal === ',' ? '.' : ',';
  const g = group === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  const ungroup = (mark: string, pattern: string) =>
    new RegExp(`^-?\\d{1,3}(?:${pattern}\\d{3})+(?:${d}\\d+)?$`).test(s) ? s.split(mark).join('') : s;
  s = s.replace(/[\u00a0\u202f]/g, ' ');
  s = ungroup(' ', ' ');
  s = ungroup(group, g);
  if (new RegExp(`^-?\\d+${g}\\d+$`).test(s)) s = s.replace(group, decimal);
  return new RegExp(`^-?\\d+(?:${d}\\d+)?$`).test(s) ? Number(s.replace(',', '.')) : null;
}

/** A cell's text for a text field: numbers as their digits, dates as YYYY-MM-DD; null when blank. Never trimmed. */
export function textOf(raw: Raw): string | null {
  if (isBlank(raw)) return null;
  if (raw instanceof Date) return isoDate(raw);
  return String(raw);
}
