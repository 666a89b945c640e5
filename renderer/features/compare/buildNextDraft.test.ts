import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveClause, setTermValue, updateClause } from '../../../shared/model/operations';
import type { SlaDocument } from '../../../shared/model';
import { buildChangeTree } from '../../../shared/redline';
import { buildRepositories, openSlaDatabase, type Repositories, type SlaDatabase } from '../../db';
import { sampleTemplate } from '../../db/testing/sampleTemplate';
import { buildNextDraft, decisionCounts } from './buildNextDraft';

let db: SlaDatabase;
let repos: Repositories;

beforeEach(async () => {
  db = await openSlaDatabase(`next-draft-${crypto.randomUUID()}`);
  repos = buildRepositories(db, { builtInTemplates: [sampleTemplate()], onInvalidRecord: () => {} });
  await repos.templates.ensureBuiltIns();
});

afterEach(() => db.close());

function theirVersion(ours: SlaDocument): SlaDocument {
  const term = setTermValue(ours, 'availability', 99.95);
  if (!term.ok) throw new Error(term.message);
  const worded = updateClause(term.document, 'scope', {
    body: [
      { type: 'paragraph', content: [{ type: 'text', text: 'This agreement covers managed hosting.' }] },
    ],
  });
  return moveClause(worded, 'liability', 0);
}

describe('buildNextDraft', () => {
  it('takes accepted changes from their round and keeps our text everywhere else', async () => {
    const deal = await repos.deals.createFromTemplate({
      title: 'Acme',
      customerName: 'Acme GmbH',
      templateId: 'sample-business',
    });
    const ours = (await repos.drafts.get(deal.id))!.document;
    const theirs = theirVersion(ours);
    await repos.drafts.save(deal.id, theirs);
    const redline = buildChangeTree(ours, theirs);
    const term = redline.changes.find((change) => change.kind === 'term')!;
    const wording = redline.changes.find((change) => change.kind === 'wording')!;
    const moved = redline.changes.find((change) => change.kind === 'clause-moved')!;
    expect([term, wording, moved].every(Boolean)).toBe(true);

    const decisions = { [term.id]: 'accept', [wording.id]: 'reject' } as const;
    expect(decisionCounts(redline, decisions)).toEqual({
      accepted: 1,
      rejected: 1,
      undecided: redline.changes.length - 2,
    });
    const { previous, draft } = await buildNextDraft(repos.drafts, deal.id, redline, decisions);

    expect(previous).toEqual(theirs);
    expect(draft.document.terms.find((t) => t.id === 'availability')).toMatchObject({ value: 99.95 });
    expect(draft.document.clauses.map((clause) => clause.id)).toEqual(
      ours.clauses.map((clause) => clause.id),
    );
    expect(draft.document.clauses[0]!.body).toEqual(ours.clauses[0]!.body);
    expect((await repos.drafts.get(deal.id))?.document).toEqual(draft.document);
  });
});
