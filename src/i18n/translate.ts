import { en } from './en';
import { vi, type MessageKey } from './vi';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Looks a key up in the language's dictionary and fills its {placeholders}. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key];
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
