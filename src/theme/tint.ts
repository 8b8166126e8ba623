/**
 * A theme colour mixed with white: share 0 gives the colour, 1 gives white. Ordered categories (the forms of
 * discipline, lightest to most severe) are drawn as steps of one theme colour, so every colour still comes from
 * the one table in theme.ts and the order reads without telling hues apart.
 */
export function tint(hex: string, share: number): string {
  const n = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
  const mix = (channel: number) => Math.round(channel + (255 - channel) * Math.min(1, Math.max(0, share)));
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix) as [number, number, number];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1).toUpperCase()}`;
}
