import { estimateTextWidth } from '../theme/text';

/** Text measured the way the page draws it: the charts wrap labels and leave room for values by these widths. */
export const TICK_FONT_SIZE = 12;

let context: CanvasRenderingContext2D | null | undefined;
/** the page font, read once: reading a computed style per label forced a style pass per label */
let family: string | undefined;
/** widths measured in the current font state (cleared when the page's fonts finish loading) */
const widths = new Map<string, number>();
let fontsState: string | undefined;
const MAX_CACHED = 20_000;

/** Width of a label in the page font; the shared estimate where there is no canvas (jsdom, server render). */
export function measureLabel(text: string, weight = 700, size = TICK_FONT_SIZE): number {
  if (context === undefined) {
    try {
      // jsdom has no canvas (and says so on the console): estimate there.
      const noCanvas = typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent);
      context = noCanvas ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return estimateTextWidth(text, size, weight);
  const state = document.fonts?.status;
  if (state !== fontsState || widths.size > MAX_CACHED) {
    widths.clear();
    fontsState = state;
  }
  const key = `${weight} ${size} ${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  family ??= getComputedStyle(document.documentElement).getPropertyValue('--font') || 'sans-serif';
  context.font = `${weight} ${size}px ${family}`;
  const width = context.measureText(text).width;
  widths.set(key, width);
  return width;
}
