import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase } from './benchCase';

/**
 * `npm run bench [-- filter]`: runs every case exported from `test/bench/cases/*.ts` (each an
 * async function returning lines), one after another so they do not disturb each other's timing.
 * A filter keeps the cases whose file or function name contains it.
 */
const filter = process.argv[2]?.toLowerCase();
const casesDir = fileURLToPath(new URL('./cases/', import.meta.url));
const files = readdirSync(casesDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort();

// Timings are wall-clock: a busy machine slows ours and the baseline alike, so ratios stay comparable.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`bench: node ${process.version}, ${availableParallelism()} CPUs, load average ${load()}`);

let failures = 0;
for (const file of files) {
  const module = (await import(pathToFileURL(casesDir + file).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== 'function') continue;
    if (filter && !`${file} ${name}`.toLowerCase().includes(filter)) continue;
    try {
      for (const line of await (value as BenchCase)()) console.log(line);
    } catch (error) {
      failures++;
      console.error(`${file} ${name} failed:`, error);
    }
  }
}
console.log(`bench: done, load average ${load()}`);
process.exitCode = failures ? 1 : 0;
