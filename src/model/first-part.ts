/**
 * The start of a long text, cut after the last list separator ("; ") before `max` characters, or null when it fits.
 * A chart's description lists every row it stands for: at 100k figures that was one 260k-character line, which took the
 * browser seconds to lay out on every load (the table view holds every figure).
 */
export function firstPart(text: string, max: number): string | null {
  if (text.length <= max) return null;
  const cut = text.lastIndexOf('; ', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}
