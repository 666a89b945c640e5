import { afterEach, describe, expect, it } from 'vitest';
import { canonicalize, verifyChain } from '../../../shared/rounds/hashRound';
import { documentAsVersion1, migrateDocument } from '../../../shared/model/migrateDocument';
import { Round, SlaDocument, Template } from '../../../shared/model';
import { openSlaDatabase } from '../openSlaDatabase';
import type { SlaDatabase } from '../SlaDatabase';
import v1 from './fixtures/v1.json';
// Its rounds carry a real hash chain (the database fixture's hashes are placeholders).
import backupV1 from '../backup/fixtures/backup-v1.json';
import { upgradeRound0002, upgradeTemplate0002 } from './0002-document-version-2';
import { writeFixture } from './writeFixture';

const open: SlaDatabase[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

const v1Rounds = v1.tables.rounds as unknown[];
const v1Templates = v1.tables.templates as unknown[];

describe('0002: documents move to shape version 2', () => {
  it('lifts version-1 documents of rounds and templates into valid version-2 documents', () => {
    for (const round of v1Rounds) {
      const next = Round.parse(upgradeRound0002(round));
      expect(next.document.version).toBe(2);
    }
    for (const template of v1Templates) {
      const next = Template.parse(upgradeTemplate0002(template));
      expect(next.document.version).toBe(2);
      for (const item of next.clauseLibrary)
        for (const block of item.clause.body)
          if (block.type === 'table') expect(block.rows[0]?.cells).toBeDefined();
    }
  });

  it('can give back the exact version-1 form, so hashes of frozen rounds still verify', () => {
    const documents = [
      ...v1Rounds.map((round) => (round as { document: unknown }).document),
      ...v1Templates.map((template) => (template as { document: unknown }).document),
    ];
    expect(documents.length).toBeGreaterThan(2);
    for (const original of documents) {
      const lifted = SlaDocument.parse(migrateDocument(original));
      expect(canonicalize(documentAsVersion1(lifted))).toBe(canonicalize(original));
    }
    const frozen = backupV1.tables.rounds as unknown[];
    expect(frozen.length).toBe(2);
    const rounds = frozen.map((round) => Round.parse(upgradeRound0002(round)));
    expect(verifyChain(rounds)).toEqual({ ok: true });
  });

  it('leaves a version-2 document as it is and never edits its input', () => {
    const original = JSON.parse(JSON.stringify((v1Rounds[0] as { document: unknown }).document));
    const copy = JSON.parse(JSON.stringify(original));
    const lifted = migrateDocument(original);
    expect(original).toEqual(copy);
    expect(migrateDocument(lifted)).toBe(lifted);
  });

  it('a version-1 round changed after freezing fails verification, also through the migration', () => {
    const rounds = JSON.parse(JSON.stringify(backupV1.tables.rounds)) as { document: { title: string } }[];
    rounds[1]!.document.title = `${rounds[1]!.document.title} (edited)`;
    const lifted = rounds.map((round) => Round.parse(upgradeRound0002(round)));
    expect(verifyChain(lifted)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('upgrades a version-1 database: every stored document is version 2, rounds unchanged otherwise', async () => {
    const name = `fixture-v1-${crypto.randomUUID()}`;
    await writeFixture(name, v1);
    const db = await openSlaDatabase(name);
    open.push(db);
    const rounds = await db.rounds.toArray();
    expect(rounds.every((round) => round.document.version === 2)).toBe(true);
    const before = v1Rounds[0] as { hash: string; document: unknown };
    expect(rounds[0]?.hash).toBe(before.hash);
    expect(canonicalize(documentAsVersion1(rounds[0]!.document))).toBe(canonicalize(before.document));
    const drafts = await db.drafts.toArray();
    expect(drafts.every((draft) => draft.document.version === 2)).toBe(true);
    const templates = await db.templates.toArray();
    expect(templates.every((template) => template.document.version === 2)).toBe(true);
  });
});
