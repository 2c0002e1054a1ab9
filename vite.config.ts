import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));

/** The SPA lives in src/web and is built to dist/web, which the server serves. */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    // dist/web/.vite/manifest.json: which chunks a page loads (npm run bench weighs the first screen from it).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
            // What the entry needs statically (layout, login, the API client) in one chunk of its own, so widgets that
            // only pages share (pickers, tables, uploads…) never ride along into the first screen (issue 14, bench "frontend").
            { name: 'initial', tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
