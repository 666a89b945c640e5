// Reads the log of `npm test` and prints one closing line `N passed, N failed, N skipped`,
// adding up what Vitest and Playwright reported. CI judges a run by that line (see .ci/run).
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex -- strips the runners' ANSI colour codes
const text = readFileSync(process.argv[2] ?? 0, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
const totals = { passed: 0, failed: 0, skipped: 0 };

// Vitest: " Tests  3 failed | 117 passed | 2 skipped (122)"
for (const line of text.split('\n').filter((l) => /^\s*Tests\s+\d/.test(l))) {
  for (const [, n, kind] of line.matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
    if (kind in totals) totals[kind] += Number(n);
  }
}
// Playwright list reporter: "  12 passed (41.3s)", "  1 failed", "  2 skipped"
for (const [, n, kind] of text.matchAll(/^\s{2}(\d+) (passed|failed|skipped|flaky)\b/gm)) {
  if (kind === 'flaky') totals.failed += Number(n);
  else totals[kind] += Number(n);
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
