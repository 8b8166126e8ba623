import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

/** Puts a file on the test server beside the built app (path relative to the app's base). */
export function serveFile(relPath: string, body: string | object): () => void {
  const file = join(inject('overlayDir'), relPath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  return () => rmSync(file, { force: true });
}
