import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { shippedData } from './scripts/vite-plugin-shipped-data.ts';

// Relative base: the build works when served from any sub-path (e.g. /bao-cao/xdd/).
export default defineConfig({
  base: './',
  plugins: [react(), shippedData()],
  build: { target: 'es2022', sourcemap: false },
});
