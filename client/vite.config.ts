import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.MAILLAGE_API ?? 'http://localhost:4000';

export default defineConfig({
  root,
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts and cytoscape are lazy chunks of their own; the warning would only repeat it.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api },
  },
});
