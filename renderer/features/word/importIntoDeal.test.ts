import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectSilentEdits } from '../../../shared/docx/detectSilentEdits';
import { importDocx } from '../../../shared/docx/importDocx';
import { trackedEditsOf } from '../../../shared/docx/read/trackedEditsOf';
import { changeTreeFor } from '../../../shared/redline';
import { verifyChain } from '../../../shared/rounds/hashRound';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { buildRepositories, openSlaDatabase, type Repositories, type SlaDatabase } from '../../db';
import { redlineInput, silentEditIds } from './silentEditIds';
import { applyAssignments, chooseReference, recordImportedRound } from './importIntoDeal';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/libreoffice', import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));

let db: SlaDatabase;
let repos: Repositories;

beforeEach(async () => {
  db = await openSlaDatabase(`word-import-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: BUILT_IN_TEMPLATES, onInvalidRecord: () => {} });
  await repos.templates.ensureBuiltIns();
});
afterEach(() => db.close());

async function newDeal() {
  return repos.deals.createFromTemplate({
    title: 'Kessler hosting',
    customerName: 'Kessler Logistics',
    templateId: 'managed-it-business-en',
  });
}

describe('recordImportedRound', () => {
  it('records our sent version, then their answer with tracked changes, comment and silent edits kept', async () => {
    const deal = await newDeal();
    const draft = (await repos.drafts.get(deal.id))!.document;
    const sentFile = await importDocx(fixture('en-hosting-round1-sent.docx'), { reference: draft });
    const ours = await recordImportedRound(repos, {
      dealId: deal.id,
      fileName: 'round1.docx',
      imported: sentFile,
      side: 'us',
      author: 'Anna',
      replaceDraft: true,
    });
    expect(ours).toMatchObject({ number: 1, side: 'us', sourceFile: 'round1.docx', prevHash: null });
    expect(ours.received).toBeUndefined();
    const continued = (await repos.drafts.get(deal.id))!.document;
    expect(continued.clauses.map((c) => c.heading)).toContain('Performance bonus');
    // Our draft goes on as ours: numbers derived, terms shown from their values, no text as written.
    expect(continued.clauses.some((c) => c.label || c.headingContent)).toBe(false);
    expect(continued.front).toBeUndefined();
    expect(JSON.stringify(continued.clauses)).not.toMatch(/"termId":"[^"]+","text"/);
    expect(ours.document.clauses[0]!.label).toEqual({ text: '1.', auto: false });
    expect((await repos.deals.get(deal.id))!.status).toBe('negotiating');

    const reference = chooseReference(await repos.rounds.list(deal.id), draft)!;
    expect(reference.round?.id).toBe(ours.id);
    const answer = await importDocx(fixture('en-hosting-round2-counterparty.docx'), {
      reference: reference.document,
    });
    const report = detectSilentEdits(reference.document, answer);
    // Document text has a no-break space between number and unit.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(
      report.silentEdits.map((change) => [change.heading, plain(change.before), plain(change.after)]),
    ).toEqual([
      ['Incident response', '30', '15'],
      ['Service credits', '30 days', '60 days'],
      ['Liability', 'reasonable and ', ''],
    ]);

    const theirs = await recordImportedRound(repos, {
      dealId: deal.id,
      fileName: 'answer.docx',
      imported: answer,
      side: 'them',
      author: 'Kessler Logistics',
      referenceRoundId: ours.id,
    });
    const stored = (await repos.rounds.get(theirs.id))!;
    expect(stored).toMatchObject({ number: 2, side: 'them', prevHash: ours.hash });
    expect(stored.received?.comments.map((c) => [c.text, c.clauseId])).toEqual([
      ['We cannot accept a bonus payment.', expect.stringMatching(/incentives|performance/)],
    ]);
    // Their text is stored as written: the tracked changes are origins in the round's document,
    // so silent edits can be shown again later from the stored round alone.
    expect(stored.received?.original).toBeUndefined();
    expect(stored.received?.trackedChanges).toBeUndefined();
    expect(trackedEditsOf(stored.document)).toHaveLength(4);
    expect(detectSilentEdits(ours.document, stored).silentEdits).toHaveLength(3);
    const input = (id: string) =>
      redlineInput({ id, document: ours.document }, { document: stored.document, round: stored });
    const tree = changeTreeFor(input(ours.id));
    const flagged = silentEditIds(tree);
    expect(tree.changes.filter((c) => flagged.has(c.id)).map((c) => c.heading)).toEqual([
      'Incident response',
      'Service credits',
      'Liability',
    ]);
    expect(tree.changes.filter((c) => flagged.has(c.id)).map((c) => c.id)).toEqual(
      report.silentEdits.map((c) => c.id),
    );
    expect(silentEditIds(changeTreeFor(input('other'))).size).toBe(0);
    expect(verifyChain(await repos.rounds.list(deal.id))).toEqual({ ok: true });
  });

  it('records the same file once: a retry returns the round the first try wrote', async () => {
    const deal = await newDeal();
    const file = await importDocx(fixture('en-hosting-round1-sent.docx'));
    const input = { dealId: deal.id, fileName: 'a.docx', imported: file, side: 'them' as const, author: 'K' };
    const first = await recordImportedRound(repos, input);
    const retry = await recordImportedRound(repos, input);
    expect(retry.id).toBe(first.id);
    expect((await repos.rounds.list(deal.id)).map((round) => round.number)).toEqual([1]);
    expect((await repos.audit.list(deal.id)).filter((entry) => entry.action === 'round-added')).toHaveLength(
      1,
    );
  });
});

describe('chooseReference', () => {
  it('prefers our last sent round over a later one of theirs, and falls back to the draft', async () => {
    const deal = await newDeal();
    const draft = (await repos.drafts.get(deal.id))!.document;
    expect(chooseReference([], draft)).toEqual({ document: draft, round: null });
    const file = await importDocx(fixture('en-hosting-round1-sent.docx'));
    const ours = await recordImportedRound(repos, {
      dealId: deal.id,
      fileName: 'a.docx',
      imported: file,
      side: 'us',
      author: '',
    });
    await recordImportedRound(repos, {
      dealId: deal.id,
      fileName: 'b.docx',
      imported: file,
      side: 'them',
      author: '',
    });
    expect(chooseReference(await repos.rounds.list(deal.id), draft)?.round?.id).toBe(ours.id);
  });
});

describe('applyAssignments', () => {
  it('gives an unmapped clause the id of the clause the user assigned it to, with its comments', async () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'managed-it-business-en')!;
    const imported = await importDocx(fixture('en-hosting-round1-sent.docx'), {
      reference: template.document,
    });
    const from = imported.unmapped[0]!;
    const taken = new Set(imported.document.clauses.map((c) => c.id));
    const to = template.document.clauses.find((c) => !taken.has(c.id))!.id;
    const result = applyAssignments(imported, new Map([[from, to]]));
    expect(result.document.clauses.map((c) => c.id)).toContain(to);
    expect(result.document.clauses.map((c) => c.id)).not.toContain(from);
    expect(result.unmapped).not.toContain(from);
    // An id already used in the file is refused: clause ids must stay unique.
    const clash = applyAssignments(imported, new Map([[from, imported.document.clauses.at(-1)!.id]]));
    expect(clash.document.clauses.map((c) => c.id)).toContain(from);
  });
});
