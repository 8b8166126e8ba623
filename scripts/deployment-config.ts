/**
 * The deployment's config.json (src/data/deployment-config.ts) into the page's Content-Security-Policy: connect-src
 * becomes `'self'` plus exactly the origins config.json lists, so the browser itself refuses any other.
 *
 * At build time the vite plugin below reads public/config.json. After a build, a deployment that edits
 * dist/config.json runs `npm run configure -- [distDir]` (this file), which rewrites the CSP in dist/index.html to
 * match; editing config.json alone lets the app ask for the new origin, but the old CSP still blocks it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { DEPLOYMENT_CONFIG_FILE, parseDeploymentConfig, type DeploymentConfig } from '../src/data/deployment-config';

const CONNECT_SRC = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*?)connect-src [^;"]*/;

/** The html with its CSP's connect-src set to `'self'` and the given origins (replacing what was there). */
export function withConnectSources(html: string, origins: readonly string[]): string {
  if (!CONNECT_SRC.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag with a connect-src directive');
  return html.replace(CONNECT_SRC, (_, head: string) => `${head}connect-src ${["'self'", ...origins].join(' ')}`);
}

/** Reads and checks a config.json; its problems are printed, never fatal (a bad entry is left out, as in the app). */
export function readDeploymentConfig(file: string, report: (line: string) => void = console.warn): DeploymentConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    report(`${file}: ${error instanceof Error ? error.message : String(error)}; datasets load from this site only`);
    return { datasetOrigins: [] };
  }
  const { config, problems } = parseDeploymentConfig(json);
  for (const problem of problems) report(`${file}: ${problem}`);
  return config;
}

/** Vite plugin: the built (and the dev) index.html gets the connect-src that public/config.json calls for. */
export function deploymentConfigCsp(): Plugin {
  let publicDir = '';
  return {
    name: 'deployment-config-csp',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => withConnectSources(html, readDeploymentConfig(join(publicDir, DEPLOYMENT_CONFIG_FILE)).datasetOrigins),
    },
  };
}

/** Rewrites a built app's index.html from its config.json. Returns the origins written. */
export function configureDist(distDir: string): string[] {
  const { datasetOrigins } = readDeploymentConfig(join(distDir, DEPLOYMENT_CONFIG_FILE));
  const indexFile = join(distDir, 'index.html');
  const html = withConnectSources(readFileSync(indexFile, 'utf8'), datasetOrigins);
  // through a rename, so a server never sends a half-written page
  const temporary = `${indexFile}.${process.pid}.tmp`;
  writeFileSync(temporary, html);
  renameSync(temporary, indexFile);
  return datasetOrigins;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const distDir = resolve(process.argv[2] ?? 'dist');
  const origins = configureDist(distDir);
  console.log(`${join(distDir, 'index.html')}: connect-src 'self'${origins.map((o) => ` ${o}`).join('')}`);
}
