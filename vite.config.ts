// Builds the web app (src/web) into dist/web, which `pshb serve` serves at /. The three areas (enrollee
// portal, support console, operations dashboard) are split into their own chunks, so an enrollee's
// first load carries none of the staff screens.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 400,
  },
  server: {
    // `npm run web:dev` serves the screens with hot reload and sends the API to a running `pshb serve`.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
      '/demo.json': 'http://127.0.0.1:3000',
    },
  },
});
