import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asWrittenReference } from '../../../shared/terms/annotateDocument';
import { handleDocxWorkerRequest, KeptReferences, type DocxWorkerResponse } from './docxWorkerProtocol';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/libreoffice/${name}`, import.meta.url)));

async function answer(request: Parameters<typeof handleDocxWorkerRequest>[0], kept?: KeptReferences) {
  const posted: DocxWorkerResponse[] = [];
  await handleDocxWorkerRequest(request, (response) => posted.push(response), kept);
  return posted;
}

describe('handleDocxWorkerRequest', () => {
  it('refuses a text file renamed to .docx with one sentence for the user, never a throw', async () => {
    const posted = await answer({
      id: 'x',
      type: 'import',
      bytes: new TextEncoder().encode('Dear customer, here is our answer.'),
      detectSilentEdits: false,
    });
    const last = posted.at(-1)!;
    expect(last).toMatchObject({ id: 'x', type: 'error', code: 'not-docx' });
    expect(last.type === 'error' && last.message).toMatch(/not a Word/i);
  });

  it('reads a file against a reference and reports its silent edits, with progress first', async () => {
    const first = await answer({
      id: 'a',
      type: 'import',
      bytes: fixture('en-hosting-round1-sent.docx'),
      detectSilentEdits: false,
    });
    const sent = first.at(-1)!;
    if (sent.type !== 'imported') throw new Error('round 1 did not import');
    const posted = await answer({
      id: 'b',
      type: 'import',
      bytes: fixture('en-hosting-round2-counterparty.docx'),
      reference: sent.imported.document,
      detectSilentEdits: true,
    });
    expect(posted.map((r) => (r.type === 'progress' ? r.stage : r.type))).toEqual([
      'reading',
      'comparing',
      'imported',
    ]);
    const done = posted.at(-1)!;
    expect(done.type === 'imported' && done.report?.silentEdits.length).toBe(3);
    expect(done.type === 'imported' && done.report?.trackedChanges.length).toBe(4);
  });

  it('recognises the terms of customer paper in the worker, leaving their text as written', async () => {
    const request = {
      id: 'c',
      type: 'import' as const,
      bytes: fixture('en-hosting-round2-counterparty.docx'),
      reference: asWrittenReference(),
      detectSilentEdits: false,
    };
    const plain = (await answer(request)).at(-1)!;
    const recognised = (await answer({ ...request, recogniseTerms: true })).at(-1)!;
    if (plain.type !== 'imported' || recognised.type !== 'imported') throw new Error('not imported');
    const text = (doc: typeof plain.imported.document) =>
      JSON.stringify(doc.clauses.map((clause) => clause.heading));
    expect(recognised.imported.document.terms.map((term) => term.id)).toContain('availability');
    expect(recognised.imported.document.terms.length).toBeGreaterThan(plain.imported.document.terms.length);
    expect(text(recognised.imported.document)).toBe(text(plain.imported.document));
  });

  it('answers in parts: the file as read first, then the report without the documents the screen has', async () => {
    const kept = new KeptReferences();
    const first = await answer(
      {
        id: 'k',
        type: 'import',
        bytes: fixture('en-hosting-round1-sent.docx'),
        detectSilentEdits: false,
        keepAs: 'older',
      },
      kept,
    );
    const sent = first.at(-1)!;
    if (sent.type !== 'imported') throw new Error('round 1 did not import');
    const request = {
      id: 'p',
      type: 'import' as const,
      bytes: fixture('en-hosting-round2-counterparty.docx'),
      detectSilentEdits: true,
      inParts: true,
    };
    const parts = await answer({ ...request, referenceKey: 'older' }, kept);
    expect(parts.map((r) => (r.type === 'progress' ? r.stage : r.type))).toEqual([
      'reading',
      'read',
      'comparing',
      'compared',
    ]);
    const compared = parts.at(-1)!;
    if (compared.type !== 'compared') throw new Error('no report');
    expect(compared.report.silentEdits.length).toBe(3);
    expect('a' in compared.report.tree || 'b' in compared.report.tree).toBe(false);
    // The older file as read is the reference: the screen has it, so it is not sent.
    expect(compared.a).toBeUndefined();
    // Sent along as a document, the reference comes back with the tree.
    const sentAlong = (await answer({ ...request, reference: sent.imported.document })).at(-1)!;
    expect(sentAlong.type === 'compared' && sentAlong.a?.clauses.length).toBe(
      sent.imported.document.clauses.length,
    );
  });
});
