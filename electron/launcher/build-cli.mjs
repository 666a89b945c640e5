// Builds the `sla-workbench` CLI (electron/cli) into one ES module, out/cli/index.js, that runs
// with plain Node ≥ 20.19: shared/ code and packages are bundled in, Node built-ins stay imports.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outFile = resolve(root, 'out/cli/index.js');
const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  define: { __SLA_WORKBENCH_VERSION__: JSON.stringify(version) },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'electron/cli/index.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20.19',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'index.js', codeSplitting: false },
    },
  },
});

// Added here rather than as a bundler banner so it is certainly the file's first line.
const code = await readFile(outFile, 'utf8');
const shebang = '#!/usr/bin/env node\n';
if (!code.startsWith('#!')) await writeFile(outFile, shebang + code);
await chmod(outFile, 0o755);
console.log(`built ${outFile.slice(root.length + 1)}`);
