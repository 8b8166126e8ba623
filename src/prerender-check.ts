/**
 * What the pre-rendered page and the app agree on (issue 11, point 9: never another file's figures on screen).
 *
 * scripts/prerender.ts renders the shipped file's default view into index.html, marks `#root` with the version of
 * the file it was rendered from, and puts a small check in <head> (allowed by its hash in the CSP). The check runs
 * before anything is painted: with `?dataset=` it does nothing; otherwise it fetches the served shipped file,
 * compares its version and marks <html> `shown` or `stale`. A style in <head> hides a pre-rendered #root unless
 * <html> is marked `shown`, so the shipped figures are never painted for another file, a replaced file, or with
 * JavaScript off (a <noscript> note says why). src/main.tsx waits for the check, then hydrates the shown view or
 * replaces the hidden one.
 */

/** On #root: the data version (scripts/prerender.ts `dataVersion`) of the file the HTML was rendered from. */
export const PRERENDERED_ROOT_ATTR = 'data-prerendered';

/** On <html>: `checking` while the head check runs, then `shown` (the served file is the pre-rendered one) or `stale`. */
export const PRERENDER_STATE_ATTR = 'data-prerender';

/** The head check's result, on window: true when the served shipped file is the one the HTML was rendered from. */
export const PRERENDER_CHECK_GLOBAL = '__xddPrerenderCheck';

/** How long the app waits for an unfinished head check before rendering on its own (the check fetches a small file). */
export const PRERENDER_CHECK_WAIT_MS = 2000;

/** The head check's promise, or undefined when it did not run (`?dataset=`, no pre-render, a blocked script). */
export function prerenderCheck(win: Window): Promise<boolean> | undefined {
  const value = (win as unknown as Record<string, unknown>)[PRERENDER_CHECK_GLOBAL];
  return value instanceof Promise ? (value as Promise<boolean>) : undefined;
}
