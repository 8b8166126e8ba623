import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server';
import { chromiumPath } from '../../scripts/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    origin: string;
    overlayDir: string;
    chromium: string | null;
  }
}

/**
 * Serves the built app (dist/, or the folder XDD_DIST names, so two checkouts can test side by side) under
 * /bao-cao/xdd/ with an overlay folder the tests can write datasets into.
 */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '..', '..');
  const dist = process.env.XDD_DIST ? resolve(process.env.XDD_DIST) : join(root, 'dist');
  if (!existsSync(join(dist, 'index.html')))
    execSync(`npx vite build --outDir ${JSON.stringify(dist)} --emptyOutDir`, { cwd: root, stdio: 'inherit' });
  const chromium = chromiumPath();
  if (!chromium && process.env.CI === 'true') {
    throw new Error(
      'Browser tests need Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Install it with: apt-get update && apt-get install -y chromium',
    );
  }
  const overlayDir = mkdtempSync(join(tmpdir(), 'xdd-overlay-'));
  const server = await startStaticServer({ distDir: dist, overlayDir });
  project.provide('appUrl', server.appUrl);
  project.provide('origin', server.origin);
  project.provide('overlayDir', overlayDir);
  project.provide('chromium', chromium);
  return async () => {
    await server.close();
    rmSync(overlayDir, { recursive: true, force: true });
  };
}
