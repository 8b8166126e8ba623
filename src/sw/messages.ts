/** What the service worker (src/sw/service-worker.ts) and the page (src/app/offline-status.ts) tell each other. */

/** Marks every message of ours (a page may get others). */
export const SW_MESSAGE = 'xdd-sw';

/** Worker -> page: a data file came from the network, or (the network failed) from the copy saved at `savedAt` (ISO). */
export type WorkerMessage =
  { type: typeof SW_MESSAGE; kind: 'fresh'; url: string } | { type: typeof SW_MESSAGE; kind: 'saved'; url: string; savedAt: string };

/** Page -> worker: keep a copy of these data files (fetched before the worker controlled the page). */
export interface KeepMessage {
  type: typeof SW_MESSAGE;
  kind: 'keep';
  urls: string[];
}

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type !== SW_MESSAGE || typeof m.url !== 'string') return false;
  return m.kind === 'fresh' || (m.kind === 'saved' && typeof m.savedAt === 'string');
}

export function isKeepMessage(value: unknown): value is KeepMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return m.type === SW_MESSAGE && m.kind === 'keep' && Array.isArray(m.urls) && m.urls.every((u) => typeof u === 'string');
}

/** The service worker's file, beside index.html (written by scripts/vite-plugin-service-worker.ts). */
export const SW_FILE = 'sw.js';
/**
 * Caches: one per build (`xdd-app-<version> <folder>`: index.html and every file of that build), one for data files.
 * An origin's caches are shared by all its folders, so each name carries the app's folder (`/bao-cao/xdd/`): two
 * copies of the app on one server never drop each other's.
 */
export const APP_CACHE_PREFIX = 'xdd-app-';
export const appCacheName = (version: string, scope: string) => `${APP_CACHE_PREFIX}${version} ${new URL(scope).pathname}`;
/** The build version of one of this folder's build caches, or null when the cache is not one. */
export function versionOfAppCache(name: string, scope: string): string | null {
  const folder = ` ${new URL(scope).pathname}`;
  return name.startsWith(APP_CACHE_PREFIX) && name.endsWith(folder) ? name.slice(APP_CACHE_PREFIX.length, -folder.length) : null;
}
export const dataCacheName = (scope: string) => `xdd-data ${new URL(scope).pathname}`;
/** On a saved data file: when it was saved (ISO 8601). */
export const SAVED_AT_HEADER = 'X-Xdd-Saved-At';
