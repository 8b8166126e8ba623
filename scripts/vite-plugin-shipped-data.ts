import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');

/**
 * Serves data/*.json at ./data/ in dev and copies them into dist/data/ at build time,
 * so the dataset is fetched at run time (never bundled) and can be replaced without a rebuild.
 */
export function shippedData(): Plugin {
  return {
    name: 'shipped-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([\w.-]+\.json)(?:\?.*)?$/.exec(req.url ?? '');
        if (!match?.[1]) return next();
        try {
          const body = readFileSync(join(DATA_DIR, match[1]));
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(DATA_DIR, file)) });
      }
    },
  };
}
