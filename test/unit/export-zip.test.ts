import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/export/zip';

describe('zipFiles', () => {
  it('packs strings, bytes and Blobs into one application/zip, each readable back', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const zip = await zipFiles([
      { name: 'kiem-tra-2020.csv', data: '\uFEFFChỉ tiêu,Giá trị\r\n' },
      { name: 'kiem-tra-2020.png', data: new Blob([png], { type: 'image/png' }) },
      { name: 'raw.bin', data: new Uint8Array([7, 8, 9]) },
    ]);
    expect(zip.type).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['kiem-tra-2020.csv', 'kiem-tra-2020.png', 'raw.bin']);
    const csv = files['kiem-tra-2020.csv']!;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM survives (TextDecoder would hide it)
    expect(strFromU8(csv)).toBe('Chỉ tiêu,Giá trị\r\n');
    expect([...files['kiem-tra-2020.png']!]).toEqual([...png]);
    expect([...files['raw.bin']!]).toEqual([7, 8, 9]);
  });

  it('never lets two entries overwrite each other', async () => {
    const zip = await zipFiles([
      { name: 'a.png', data: '1' },
      { name: 'a.png', data: '2' },
      { name: 'a.png', data: '3' },
    ]);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]))).toEqual({
      'a.png': '1',
      'a-2.png': '2',
      'a-3.png': '3',
    });
  });
});
