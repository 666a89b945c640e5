import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSilentEdits } from '../../../shared/docx/detectSilentEdits';
import { acceptedView } from '../../../shared/docx/read/viewWithTerms';
import { DocxWorkerSession } from './docxWorkerSession';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/libreoffice/${name}`, import.meta.url)));

// No Worker in Node: the session runs the worker's handler on this thread, with the same memory.
describe('DocxWorkerSession (Compare files: one warm worker that keeps the older file)', () => {
  it('reads the newer file against the older one kept in the worker, without sending it again', async () => {
    const session = new DocxWorkerSession();
    const older = await session.read(fixture('en-hosting-round1-sent.docx'), { keepAs: 'older-1' });
    let sent = 0;
    const parsed = await session.read(fixture('en-hosting-round2-counterparty.docx'), {
      reference: {
        key: 'older-1',
        document: () => {
          sent += 1;
          return acceptedView(older.imported.document);
        },
        asRead: () => older.imported.document,
      },
    });
    expect(sent).toBe(0);
    // The same answer as with the older document sent along (docxWorkerProtocol.test.ts).
    expect(parsed.report?.silentEdits.length).toBe(3);
    expect(parsed.report?.trackedChanges.length).toBe(4);
    // The answer came in parts (the file, then the tree without both documents), joined again.
    expect(parsed.report?.tree).toEqual(
      detectSilentEdits(acceptedView(older.imported.document), parsed.imported).tree,
    );
  });

  it('sends the older document when the worker does not hold it (a new worker after a cancel)', async () => {
    const session = new DocxWorkerSession();
    const older = await session.read(fixture('en-hosting-round1-sent.docx'));
    let sent = 0;
    const parsed = await session.read(fixture('en-hosting-round2-counterparty.docx'), {
      reference: {
        key: 'never-kept',
        document: () => {
          sent += 1;
          return acceptedView(older.imported.document);
        },
        asRead: () => older.imported.document,
      },
    });
    expect(sent).toBe(1);
    expect(parsed.report?.silentEdits.length).toBe(3);
  });

  it('a cancelled read rejects as cancelled and the session reads the next file', async () => {
    const session = new DocxWorkerSession();
    const controller = new AbortController();
    controller.abort();
    await expect(
      session.read(fixture('en-hosting-round1-sent.docx'), { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    const next = await session.read(fixture('en-hosting-round1-sent.docx'));
    expect(next.imported.document.clauses.length).toBeGreaterThan(0);
  });
});
