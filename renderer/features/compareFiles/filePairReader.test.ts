import { describe, expect, it } from 'vitest';
import type { ImportedDocx } from '../../../shared/docx/importDocx';
import type { ChangeTree } from '../../../shared/redline';
import { FilePairReader, type PickedFile, type ReadFile } from './filePairReader';

class Cancelled extends Error {}

interface Pending {
  name: string;
  reference: string | undefined;
  finish(): void;
  fail(error: unknown): void;
}

/** Reads and comparisons that finish when the test says so, each one recorded. */
function fakeWork() {
  const reads: Pending[] = [];
  const compares: { older: string; newer: string; finish(): void }[] = [];
  const read = (name: string, reference: string | undefined, signal: AbortSignal) =>
    new Promise<ImportedDocx>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new Cancelled()));
      reads.push({
        name,
        reference,
        finish: () => resolve({ document: { title: name } } as unknown as ImportedDocx),
        fail: reject,
      });
    });
  const nameOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const work = {
    read: (bytes: Uint8Array, signal: AbortSignal) => read(nameOf(bytes), undefined, signal),
    async readAgainst(bytes: Uint8Array, older: ReadFile, signal: AbortSignal, onComparing: () => void) {
      const imported = await read(nameOf(bytes), older.name, signal);
      onComparing();
      const tree = await new Promise<ChangeTree>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new Cancelled()));
        compares.push({
          older: older.name,
          newer: nameOf(bytes),
          finish: () => resolve({ pair: `${older.name}→${nameOf(bytes)}` } as unknown as ChangeTree),
        });
      });
      return { imported, tree };
    },
    isCancelled: (error: unknown) => error instanceof Cancelled,
  };
  return { work, reads, compares };
}

const file = (name: string): PickedFile => ({ name, bytes: new TextEncoder().encode(name) });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const treeOf = (reader: FilePairReader) =>
  (reader.getState().tree as unknown as { pair: string } | null)?.pair;

describe('FilePairReader (Compare files: every pick read once)', () => {
  it('reads the older file once: picking the newer one and then another newer one never reads it again', async () => {
    const { work, reads, compares } = fakeWork();
    const reader = new FilePairReader(work);
    reader.pick('older', file('ours.docx'));
    reads[0]!.finish();
    await settle();
    reader.pick('newer', file('theirs-1.docx'));
    expect(reads.map((read) => read.name)).toEqual(['ours.docx', 'theirs-1.docx']);
    expect(reads[1]!.reference).toBe('ours.docx');
    reads[1]!.finish();
    await settle();
    compares[0]!.finish();
    await settle();
    expect(treeOf(reader)).toBe('ours.docx→theirs-1.docx');

    reader.pick('newer', file('theirs-2.docx'));
    expect(reader.getState().tree).toBeNull();
    reads[2]!.finish();
    await settle();
    compares[1]!.finish();
    await settle();
    expect(reads.map((read) => read.name)).toEqual(['ours.docx', 'theirs-1.docx', 'theirs-2.docx']);
    expect(treeOf(reader)).toBe('ours.docx→theirs-2.docx');
    expect(reader.getState().status).toEqual({ kind: 'idle' });
  });

  it('a newer file picked before the older one is read once, against the older one', async () => {
    const { work, reads, compares } = fakeWork();
    const reader = new FilePairReader(work);
    reader.pick('newer', file('theirs.docx'));
    expect(reads).toHaveLength(0);
    expect(reader.getState().picked.newer?.name).toBe('theirs.docx');
    reader.pick('older', file('ours.docx'));
    reads[0]!.finish();
    await settle();
    expect(reads.map((read) => [read.name, read.reference])).toEqual([
      ['ours.docx', undefined],
      ['theirs.docx', 'ours.docx'],
    ]);
    reads[1]!.finish();
    await settle();
    compares[0]!.finish();
    await settle();
    expect(treeOf(reader)).toBe('ours.docx→theirs.docx');
  });

  it('both picked at once: the newer waits for the older, and neither is dropped', async () => {
    const { work, reads, compares } = fakeWork();
    const reader = new FilePairReader(work);
    reader.pick('older', file('ours.docx'));
    reader.pick('newer', file('theirs.docx'));
    expect(reader.getState().status).toEqual({ kind: 'busy', stage: 'reading' });
    reads[0]!.finish();
    await settle();
    reads[1]!.finish();
    await settle();
    expect(reader.getState().status).toEqual({ kind: 'busy', stage: 'comparing' });
    compares[0]!.finish();
    await settle();
    expect(reads).toHaveLength(2);
    expect(treeOf(reader)).toBe('ours.docx→theirs.docx');
  });

  it('a stale read never overwrites a later pick of the same side', async () => {
    const { work, reads, compares } = fakeWork();
    const reader = new FilePairReader(work);
    reader.pick('older', file('old-1.docx'));
    reader.pick('older', file('old-2.docx'));
    reader.pick('newer', file('theirs.docx'));
    // The first read was cancelled; even if its answer came, it would not count.
    reads[0]!.finish();
    reads[1]!.finish();
    await settle();
    expect(reader.getState().older?.name).toBe('old-2.docx');
    expect(reads[2]).toMatchObject({ name: 'theirs.docx', reference: 'old-2.docx' });
    reads[2]!.finish();
    await settle();
    compares[0]!.finish();
    await settle();
    expect(treeOf(reader)).toBe('old-2.docx→theirs.docx');
  });

  it('picking another older file reads that one and maps the newer one onto it, from the bytes in memory', async () => {
    const { work, reads, compares } = fakeWork();
    const reader = new FilePairReader(work);
    reader.pick('older', file('old-1.docx'));
    reads[0]!.finish();
    await settle();
    reader.pick('newer', file('theirs.docx'));
    reads[1]!.finish();
    await settle();
    compares[0]!.finish();
    await settle();
    reader.pick('older', file('old-2.docx'));
    expect(reader.getState().tree).toBeNull();
    reads[2]!.finish();
    await settle();
    expect(reads.map((read) => [read.name, read.reference])).toEqual([
      ['old-1.docx', undefined],
      ['theirs.docx', 'old-1.docx'],
      ['old-2.docx', undefined],
      ['theirs.docx', 'old-2.docx'],
    ]);
    reads[3]!.finish();
    await settle();
    compares[1]!.finish();
    await settle();
    expect(treeOf(reader)).toBe('old-2.docx→theirs.docx');
  });

  it('a refused file is reported; a cancelled read is not', async () => {
    const { work, reads } = fakeWork();
    const reader = new FilePairReader(work);
    reader.pick('older', file('notes.docx'));
    reads[0]!.fail(new Error('not a Word file'));
    await settle();
    expect(reader.getState().status).toMatchObject({ kind: 'error' });
    reader.pick('older', file('ours.docx'));
    expect(reader.getState().status).toEqual({ kind: 'busy', stage: 'reading' });
    reader.dispose();
    await settle();
    expect(reader.getState().status).toEqual({ kind: 'busy', stage: 'reading' });
  });
});
