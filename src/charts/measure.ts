import { estimateTextWidth } from '../theme/text';

/** Text measured the way the page draws it: the charts wrap labels and leave room for values by these widths. */
export const TICK_FONT_SIZE = 12;

let context: CanvasRenderingContext2D | null | undefined;
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
  context.font = `${weight} ${size}px ${getComputedStyle(document.documentElement).getPropertyValue('--font') || 'sans-serif'}`;
  return context.measureText(text).width;
}
