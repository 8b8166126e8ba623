// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyPngToClipboard, downloadBlob } from '../../src/export/download';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('downloadBlob', () => {
  it('clicks a temporary <a download> on an object URL, then removes it and revokes the URL later', () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
    });
    const blob = new Blob(['x'], { type: 'text/csv' });
    downloadBlob(blob, 'kiem-tra-giam-sat-2020.csv');
    expect(create).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'kiem-tra-giam-sat-2020.csv', inDocument: true }]);
    expect(document.querySelector('a')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});

describe('copyPngToClipboard', () => {
  const png = new Blob([new Uint8Array([0x89, 0x50])], { type: 'image/png' });

  class FakeClipboardItem {
    constructor(readonly items: Record<string, Promise<Blob>>) {}
  }

  it('says "unsupported" where there is no ClipboardItem or clipboard.write', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    expect(await copyPngToClipboard(png)).toBe('unsupported');
  });

  it('writes one image/png item and says "copied"', async () => {
    const write = vi.fn(async (items: FakeClipboardItem[]) => {
      expect(await items[0]!.items['image/png']).toBe(png);
    });
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    vi.stubGlobal('navigator', { clipboard: { write } });
    expect(await copyPngToClipboard(Promise.resolve(png))).toBe('copied');
    expect(write).toHaveBeenCalledOnce();
  });

  it('says "denied" when the browser refuses permission', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    vi.stubGlobal('navigator', { clipboard: { write: vi.fn().mockRejectedValue(new DOMException('no', 'NotAllowedError')) } });
    expect(await copyPngToClipboard(png)).toBe('denied');
  });

  it('passes on a failure to make the image instead of calling it unsupported or denied', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    vi.stubGlobal('navigator', {
      clipboard: { write: vi.fn(async (items: FakeClipboardItem[]) => void (await items[0]!.items['image/png'])) },
    });
    await expect(copyPngToClipboard(Promise.reject(new Error('canvas failed')))).rejects.toThrow('canvas failed');
    vi.stubGlobal('ClipboardItem', undefined);
    await expect(copyPngToClipboard(Promise.reject(new Error('canvas failed')))).rejects.toThrow('canvas failed');
  });
});
