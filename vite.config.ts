// Builds the web app (src/web) into dist/web, which `pshb serve` serves at /. The three areas (enrollee
// portal, support console, operations dashboard) are split into their own chunks, so an enrollee's
// first load carries none of the staff screens. Scripts and styles are also written pre-compressed
// (.br, .gz) so the server sends them compressed without compressing on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;

function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'pshb-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!COMPRESSIBLE.test(file) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // React, React Router, i18next and the USWDS components make one shared chunk of about 560 kB
    // (about 150 kB as sent); the first-load budget is measured by `npm run web:budget`, not here.
    chunkSizeWarningLimit: 600,
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
