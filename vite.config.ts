/** Vite build of the dashboard: `web/` in, `web/dist/` out, served by the Hono server. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./web', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  // Preact's automatic JSX runtime; oxc does the transform in Vite 8 (no preset needed).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('./web/dist', import.meta.url)),
    emptyOutDir: true,
    // The server sends assets/* as immutable for a year, so every name must carry a hash.
    assetsDir: 'assets',
    target: 'es2022',
    reportCompressedSize: true,
    // dist/.vite/manifest.json maps each page to its chunks, so the bench can sum initial JS.
    manifest: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8787' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:8787' },
  },
});
