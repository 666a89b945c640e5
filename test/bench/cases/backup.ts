import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { commitStagedBackup, stageBackup } from '../../../renderer/db/backup';
import { openSlaDatabase } from '../../../renderer/db/openSlaDatabase';
import { formatMs } from '../benchCase';
import { generateBackup, type GeneratedBackup } from '../generateBackup';

/** The least any restore must do with the file: split it into lines, parse each, hash all bytes. */
function baseline(file: GeneratedBackup): number {
  const start = performance.now();
  const hash = sha256.create();
  const decoder = new TextDecoder();
  for (const chunk of file.chunks) {
    hash.update(chunk);
    JSON.parse(decoder.decode(chunk));
  }
  hash.digest();
  return performance.now() - start;
}

async function* chunksOf(file: GeneratedBackup): AsyncIterable<Uint8Array> {
  // Chunks of about 4 MB, as the worker reads a picked file.
  let pending: Uint8Array[] = [];
  let size = 0;
  for (const chunk of file.chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 4 * 1024 * 1024) {
      yield Buffer.concat(pending);
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

/** Read, validate (records, chains, signatures), stage and swap in: the whole restore the worker runs. */
async function restore(file: GeneratedBackup): Promise<number> {
  const db = await openSlaDatabase(`bench-restore-${crypto.randomUUID()}`);
  try {
    const start = performance.now();
    const staged = await stageBackup(db, chunksOf(file), { size: file.bytes });
    await commitStagedBackup(db, staged);
    const ms = performance.now() - start;
    if ((await db.rounds.count()) !== file.rounds) throw new Error('restore lost rounds');
    return ms;
  } finally {
    db.close();
  }
}

/**
 * Issue 9: restore time grows linearly with the size of the backup. Restores of N and 2N deals (ten
 * signed rounds each) into IndexedDB (fake-indexeddb in Node: slower than Chromium's, the same work),
 * each against the bare minimum in the same run (parse every line, hash every byte). A linear
 * restore keeps both the ratio to the baseline and the time per deal about constant as N doubles.
 */
export async function backupCases(): Promise<string[]> {
  const lines: string[] = [];
  const results: { deals: number; ms: number; perDeal: number }[] = [];
  for (const deals of [25, 50, 100]) {
    const file = await generateBackup(deals);
    const base = Math.min(baseline(file), baseline(file));
    const ms = await restore(file);
    results.push({ deals, ms, perDeal: ms / deals });
    lines.push(
      `backup restore ${deals} deals (${file.rounds} rounds, ${(file.bytes / (1024 * 1024)).toFixed(1)} MB): ` +
        `ours ${formatMs(ms)} ms, baseline ${formatMs(base)} ms, ratio ${(ms / base).toFixed(1)}, ` +
        `${formatMs(ms / deals)} ms per deal`,
    );
  }
  const first = results[0]!;
  const last = results.at(-1)!;
  lines.push(
    `backup restore growth: ${last.deals / first.deals}× the deals took ${(last.ms / first.ms).toFixed(1)}× the time ` +
      `(linear: ${last.deals / first.deals}×; per deal ${formatMs(first.perDeal)} → ${formatMs(last.perDeal)} ms)`,
  );
  return lines;
}
