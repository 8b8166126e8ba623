import { THEME } from '../theme/theme';

/** Pixel scale of the default PNG (sharp on high-density screens and in printed reports). */
export const DEFAULT_PNG_SCALE = 2;
// Browsers refuse (or silently blank) canvases much beyond this per side.
const MAX_CANVAS_SIDE = 8192;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The browser could not draw the exported SVG'));
    img.src = url;
  });
}

/**
 * Draws an SVG document onto a white canvas at `scale` and encodes it as PNG. Waits for the page's
 * fonts first; the SVG's own text uses the fonts embedded in it (an SVG image cannot use the page's).
 */
export async function svgToPngBlob(svgText: string, size: { width: number; height: number; scale: number }): Promise<Blob> {
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready;
  const scale = Math.min(size.scale, MAX_CANVAS_SIDE / size.width, MAX_CANVAS_SIDE / size.height);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    // onload can fire before the embedded data: fonts are decoded; decode() waits for the full image
    await img.decode().catch(() => undefined);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas in this browser');
    ctx.fillStyle = THEME.caption.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
