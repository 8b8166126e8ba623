/** The enumerations a workbook offers as drop-downs, with their names in each language (from the dictionaries). */
import { CATEGORIES, DOCUMENT_KINDS, LEVELS, PERIOD_KINDS, QUALIFIERS, SUBJECTS, UNITS } from '../data/schema';
import { isLoaded, LANGS, translate, type Lang, type MessageKey } from '../i18n/translate';
import { MEASURES, type KnownMeasure } from '../model/measures';
import { LANGUAGE_LABELS, type ListKey } from './layout';

interface ListSpec {
  codes: readonly string[];
  name: (code: string, lang: Lang) => string;
}

const dictionary =
  (prefix: string) =>
  (code: string, lang: Lang): string =>
    translate(lang, `${prefix}.${code}` as MessageKey);

export const LISTS: Record<ListKey, ListSpec> = {
  measure: { codes: Object.keys(MEASURES), name: (code, lang) => MEASURES[code as KnownMeasure].label[lang] },
  category: { codes: CATEGORIES, name: dictionary('category') },
  subject: { codes: SUBJECTS, name: dictionary('subject') },
  level: { codes: LEVELS, name: dictionary('level') },
  unit: { codes: UNITS, name: dictionary('unit') },
  qualifier: { codes: QUALIFIERS, name: dictionary('qualifier') },
  periodKind: { codes: PERIOD_KINDS, name: dictionary('periodKind') },
  documentKind: { codes: DOCUMENT_KINDS, name: dictionary('documentKind') },
  language: { codes: LANGS, name: (code, lang) => LANGUAGE_LABELS[code as Lang][lang] },
};

/** Text compared loosely: composed Unicode, no case, single spaces (a heading or a name typed by hand). */
export const loose = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * For each list, what a cell may hold for each code: the code itself or its name in any loaded language
 * ("Đảng viên" reads as `member`). A name two codes share is left out; the code always wins.
 */
export function codeReaders(): Record<ListKey, Map<string, string>> {
  const out = {} as Record<ListKey, Map<string, string>>;
  for (const [key, spec] of Object.entries(LISTS) as [ListKey, ListSpec][]) {
    const names = new Map<string, string | null>();
    for (const lang of LANGS.filter(isLoaded))
      for (const code of spec.codes) {
        const name = loose(spec.name(code, lang));
        const seen = names.get(name);
        names.set(name, seen === undefined || seen === code ? code : null);
      }
    const map = new Map<string, string>();
    for (const [name, code] of names) if (code !== null) map.set(name, code);
    for (const code of spec.codes) map.set(loose(code), code);
    out[key] = map;
  }
  return out;
}
