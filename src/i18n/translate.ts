import { vi, type MessageKey } from './vi';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { MessageKey };

type Dictionary = Record<MessageKey, string>;

// Vietnamese is the page's first language and ships with it; English loads when a page (or a tool) asks for it.
const dictionaries: Partial<Record<Lang, Dictionary>> = { vi };
let english: Promise<void> | null = null;

const listeners = new Set<() => void>();

export const isLoaded = (lang: Lang): boolean => dictionaries[lang] !== undefined;

/** Calls `onLoad` whenever a dictionary has loaded; returns the unsubscribe. */
export function onLanguageLoaded(onLoad: () => void): () => void {
  listeners.add(onLoad);
  return () => listeners.delete(onLoad);
}

/** Loads a language's dictionary once; resolves when `translate` can use it. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (isLoaded(lang)) return Promise.resolve();
  english ??= import('./en').then((m) => {
    dictionaries.en = m.en;
    listeners.forEach((notify) => notify());
  });
  return english;
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Looks a key up in the language's dictionary and fills its {placeholders}. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const dictionary = dictionaries[lang];
  if (!dictionary) throw new Error(`The ${lang} dictionary is not loaded (loadLanguage first)`);
  const template = dictionary[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

type Countable = MessageKey extends infer K ? (K extends `count.${infer N}.one` ? N : never) : never;

/** "1 problem", "2 problems" (Vietnamese has one form): the count and its noun, from the dictionary. */
export function countOf(lang: Lang, noun: Countable, count: number): string {
  return translate(lang, `count.${noun}.${count === 1 ? 'one' : 'other'}`, { count });
}
