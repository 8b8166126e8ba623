/** The one place that hands a file to the browser's downloads. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // revoking at once can cancel the download in some browsers; a minute later is safe
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type ClipboardResult = 'copied' | 'unsupported' | 'denied';

/**
 * Copies a PNG to the clipboard where the browser allows it. Takes a promise as well as a Blob:
 * Safari only accepts a write started synchronously in the click, with the image still being made.
 */
export async function copyPngToClipboard(png: Blob | Promise<Blob>): Promise<ClipboardResult> {
  const pending = Promise.resolve(png);
  const canWrite =
    typeof navigator !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function' &&
    typeof ClipboardItem !== 'undefined' &&
    (typeof ClipboardItem.supports !== 'function' || ClipboardItem.supports('image/png'));
  if (!canWrite) {
    await pending; // a failure to make the image is still an error, not "unsupported"
    return 'unsupported';
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': pending })]);
    return 'copied';
  } catch (error) {
    await pending;
    const name = error instanceof DOMException ? error.name : '';
    return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unsupported';
  }
}
