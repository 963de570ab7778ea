// Builds the renderer into dist/renderer with relative asset paths, served by the app protocol in
// Electron and by a static server in the e2e tests. No inline scripts: the CSP forbids them.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Keep every asset a file: an inlined data: script or style would need a weaker CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
});
