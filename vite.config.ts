import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { prerender } from './scripts/prerender.ts';
import { shippedData } from './scripts/vite-plugin-shipped-data.ts';

/** After the client build, renders the shipped dataset's default view into dist/index.html (scripts/prerender.ts). */
function prerenderDefaultView(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'prerender-default-view',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    // writeBundle, not closeBundle: every file (index.html, data/) is on disk by then.
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await prerender({ root, distDir: outDir });
      },
    },
  };
}

// Relative base: the build works when served from any sub-path (e.g. /bao-cao/xdd/).
export default defineConfig({
  base: './',
  plugins: [react(), shippedData(), prerenderDefaultView()],
  build: { target: 'es2022', sourcemap: false },
});
