import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array | Blob | string;
}

async function bytesOf(data: ZipEntry['data']): Promise<Uint8Array> {
  if (typeof data === 'string') return strToU8(data);
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(await data.arrayBuffer());
}

/** "a.png" taken -> "a-2.png", so no entry overwrites another. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}${ext}`;
  taken.add(candidate);
  return candidate;
}

/**
 * One ZIP of the given files. zipSync, not fflate's async zip: that one starts blob: workers, which the
 * page's Content-Security-Policy refuses. Already-compressed images are stored, text is deflated.
 */
export async function zipFiles(files: ZipEntry[]): Promise<Blob> {
  const entries: Zippable = {};
  const taken = new Set<string>();
  for (const file of files) {
    const bytes = await bytesOf(file.data);
    const stored = /\.(png|jpe?g|gif|webp|zip|woff2?)$/i.test(file.name);
    entries[uniqueName(file.name, taken)] = [bytes, { level: stored ? 0 : 6 }];
  }
  return new Blob([zipSync(entries)], { type: 'application/zip' });
}
