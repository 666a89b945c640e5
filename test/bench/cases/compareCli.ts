import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from '../../../electron/cli/commands/index';
import { runCli } from '../../../electron/cli/runCli';
import { writeDocx } from '../../../shared/docx/write/writeDocx';
import { formatMs } from '../benchCase';
import { generateSla, mutateSla } from '../generateSla';

const LO_SCRIPT = fileURLToPath(new URL('../libreoffice/lo_compare.py', import.meta.url));
/** Debian's Python, which has LibreOffice's `uno` module (python3-uno). */
const PYTHON = '/usr/bin/python3';
/** Issue 8 point 6: the whole CLI compare at least twice as fast as LibreOffice's Compare Document. */
const TARGET_RATIO = 2;
const RUNS = 5;

function hasLibreOffice(): boolean {
  return (
    spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
    spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8' }).status === 0
  );
}

/**
 * `sla-workbench compare` end to end on a ~100-page pair (read both Word files, redline, write the
 * Word redline and the JSON), in this process after one warm-up, against LibreOffice's own Compare
 * Document on the same two files in a warm soffice. Ratio = LibreOffice ÷ ours (higher is better).
 */
export async function compareCliCases(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sla-bench-compare-'));
  try {
    const a = generateSla({ seed: 2026, clauses: 400, wordsPerClause: 100 });
    const b = mutateSla(a, {
      seed: 11,
      wordChangeRate: 0.02,
      moveClauses: 8,
      insertClauses: 4,
      removeClauses: 4,
    });
    const meta = { dealName: 'Bench deal', roundLabel: 'Round 1' };
    writeFileSync(join(dir, 'older.docx'), await writeDocx(a, meta));
    writeFileSync(join(dir, 'newer.docx'), await writeDocx(b, { ...meta, roundLabel: 'Round 2' }));

    let changes = '';
    const context = {
      cwd: dir,
      stdout: (text: string) => (changes = text.trim()),
      stderr: (text: string) => process.stderr.write(text),
    };
    const args = ['compare', 'older.docx', 'newer.docx', '--out', 'redline.docx', '--json', 'changes.json'];
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const start = performance.now();
      const code = await runCli(args, context, commands);
      if (code !== 0) throw new Error(`sla-workbench compare exited with ${code}`);
      if (run > 0) times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    const ours = times[Math.floor(times.length / 2)]!;
    const lines = [`compare-cli setup: ${a.clauses.length} clauses; ours: ${changes}`];
    if (!hasLibreOffice()) {
      lines.push(
        `compare-cli 100-pages: ours ${formatMs(ours)} ms, LibreOffice skipped (no soffice or python3-uno)`,
      );
      return lines;
    }
    const lo = spawnSync(
      PYTHON,
      [LO_SCRIPT, join(dir, 'lo-profile'), join(dir, 'older.docx'), join(dir, 'newer.docx'), String(RUNS)],
      {
        encoding: 'utf8',
        timeout: 600_000,
      },
    );
    if (lo.status !== 0) throw new Error(`LibreOffice compare failed: ${lo.stderr}`);
    const peer = JSON.parse(lo.stdout.trim().split('\n').pop()!) as { medianMs: number; changes: number };
    const ratio = peer.medianMs / ours;
    lines.push(
      `compare-cli 100-pages: ours ${formatMs(ours)} ms, LibreOffice Compare Document ${formatMs(peer.medianMs)} ms ` +
        `(${peer.changes} revisions), ratio ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
