import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { SW_FILE } from '../src/sw/messages';

const SW_SOURCE = resolve(import.meta.dirname, '..', 'src', 'sw', 'service-worker.ts');

/** Files of a build the worker saves at install: everything but the page (saved apart), data (replaceable) and itself. */
export const isBuildFile = (name: string) =>
  name !== 'index.html' && name !== SW_FILE && !name.startsWith('data/') && !name.endsWith('.map');

/** The build's version: a hash of its files' names and contents, so any change to any file gives a new one. */
export function buildVersion(files: ReadonlyMap<string, string | Uint8Array>): string {
  const all = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    const content = files.get(name) ?? '';
    all.update(`${name}\0${createHash('sha256').update(content).digest('hex')}\n`);
  }
  return all.digest('hex').slice(0, 16);
}

/** Every file under `dir`, as paths relative to it with `/`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** src/sw/service-worker.ts bundled into one classic script, with the build's version and file list written in. */
export async function workerScript(version: string, files: readonly string[]): Promise<string> {
  const result = await build({
    entryPoints: [SW_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    banner: { js: `/* xdd build ${version}: the service worker of this build (src/sw/service-worker.ts) */` },
    define: { __XDD_VERSION__: JSON.stringify(version), __XDD_FILES__: JSON.stringify(files) },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('service worker: esbuild wrote nothing');
  return output.text;
}

/**
 * Writes sw.js beside index.html at build time (issue 15, item 7): the worker knows the build's files (its precache
 * list) and its version, a hash of them. Not in dev: src/main.tsx registers it only in a production build.
 */
export function serviceWorker(): Plugin {
  let publicDir = '';
  let copyPublicDir = true;
  return {
    name: 'service-worker',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      publicDir = config.publicDir;
      copyPublicDir = config.build.copyPublicDir;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const files = new Map<string, string | Uint8Array>();
        if (copyPublicDir && publicDir) {
          for (const name of filesUnder(publicDir).filter(isBuildFile)) files.set(name, readFileSync(join(publicDir, name)));
        }
        for (const [name, item] of Object.entries(bundle)) {
          if (isBuildFile(name)) files.set(name, item.type === 'chunk' ? item.code : item.source);
        }
        const version = buildVersion(files);
        this.emitFile({ type: 'asset', fileName: SW_FILE, source: await workerScript(version, [...files.keys()].sort()) });
      },
    },
  };
}
