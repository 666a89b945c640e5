import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** Repository root: this config lives in electron/launcher. */
const root = resolve(__dirname, '../..');
const appVersion = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string })
  .version;

export default defineConfig({
  main: {
    build: {
      // Bundle every package: the installed app ships out/ only, without node_modules.
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    // Browser mode's "About" shows this; Electron asks main instead (renderer/platform).
    define: { __SLA_WORKBENCH_VERSION__: JSON.stringify(appVersion) },
    worker: { format: 'es' },
    build: {
      // electron-vite leaves the renderer unminified by default; the start-up chunk is parsed on
      // every launch, so its size is start-up time (issue 12 §4; `npm run bench` prints it).
      // SLA_NO_MINIFY=1 keeps names readable for a CPU profile; never for a release.
      minify: process.env.SLA_NO_MINIFY ? false : 'oxc',
      sourcemap: Boolean(process.env.SLA_SOURCEMAP),
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
