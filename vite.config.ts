import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain web app: relative base so Electron can load it from file://.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // Loaded from local disk, not a network: one larger bundle is fine.
    chunkSizeWarningLimit: 2000,
  },
  server: { strictPort: false },
});
