import { documentAsVersion1 } from '../model/migrateDocument';
import { describe, expect, it } from 'vitest';
import { SlaDocument } from '../model/document';
import { Round } from '../model/deal';
import { availabilityTerm, clause, para, termRef, testDocument } from '../redline/testDocument';
import {
  buildRound,
  canonicalize,
  canonicalRoundForm,
  hashRound,
  hashRoundContent,
  verifyChain,
} from './hashRound';

const doc1 = testDocument(
  [
    clause('scope', 'Scope', [para('Die Verfügbarkeit beträgt ', termRef('availability'), '. Straße 🙂')]),
    clause('credits', 'Service credits', [para('Credits are capped.')]),
  ],
  [availabilityTerm(99.9)],
  'de',
);
const doc2: SlaDocument = { ...doc1, terms: [availabilityTerm(99.5)] };
const doc3: SlaDocument = { ...doc1, title: 'SLA, final' };

function chain(hashVersion: 1 | 2 = 2): Round[] {
  const rounds: Round[] = [];
  [doc1, doc2, doc3].forEach((document, index) => {
    rounds.push(
      buildRound({
        id: `r${index + 1}`,
        dealId: 'deal1',
        number: index + 1,
        side: index % 2 ? 'them' : 'us',
        document,
        note: '',
        author: 'Anna',
        createdAt: '2026-11-27T10:00:00.000Z',
        prevHash: rounds[index - 1]?.hash ?? null,
        hashVersion,
      }),
    );
  });
  return rounds;
}

/** Changes the `at`-th character of all string values (not keys) of a deep copy of the document. */
function alterCharacter(document: SlaDocument, at: number): SlaDocument {
  const copy = JSON.parse(JSON.stringify(document)) as SlaDocument;
  const slots: { holder: Record<string, unknown>; key: string; index: number }[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string')
        for (let index = 0; index < value.length; index++)
          slots.push({ holder: node as Record<string, unknown>, key, index });
      else walk(value);
    }
  };
  walk(copy);
  const slot = slots[at % slots.length]!;
  const value = slot.holder[slot.key] as string;
  const replacement = value[slot.index] === 'x' ? 'y' : 'x';
  slot.holder[slot.key] = value.slice(0, slot.index) + replacement + value.slice(slot.index + 1);
  return copy;
}

const FROZEN_V1_HASH = 'cda8b20dbd2659712c4643dad64f87af38385ce508efd29f358c0d66508332ee';

describe('canonicalize', () => {
  it('does not depend on key order and drops undefined members', () => {
    expect(canonicalize({ b: 1, a: [2, { d: undefined, c: 'ü' }] })).toBe(
      canonicalize({ a: [2, { c: 'ü' }], b: 1 }),
    );
    expect(canonicalize({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps composed and decomposed umlauts apart, so the hash is exact', () => {
    expect(canonicalize({ t: 'Ä' })).not.toBe(canonicalize({ t: 'A\u0308' }));
  });
});

describe('hash chain', () => {
  it('verifies an untouched chain and is stable for equal content', () => {
    const rounds = chain();
    expect(rounds.every((r) => Round.safeParse(r).success)).toBe(true);
    expect(verifyChain(rounds)).toEqual({ ok: true });
    expect(hashRoundContent(rounds[0]!, null)).toBe(rounds[0]!.hash);
    expect(verifyChain([...rounds].reverse())).toEqual({ ok: true });
  });

  it('keeps the version-1 formula of rounds frozen before metadata was hashed', () => {
    const rounds = chain(1);
    expect(rounds[0]!.hashVersion).toBeUndefined();
    expect(hashRound(doc1, null)).toBe(rounds[0]!.hash);
    expect(canonicalRoundForm(rounds[0]!)).toBe(canonicalize(documentAsVersion1(doc1)));
    // Frozen: the hash a round of this document got before issue 9. Changing it orphans stored rounds.
    expect(hashRound(doc1, null)).toBe(FROZEN_V1_HASH);
    expect(verifyChain(rounds)).toEqual({ ok: true });
    // Metadata was not covered by version 1, and still is not for such rounds: no false alarms.
    expect(verifyChain([{ ...rounds[0]!, note: 'edited' }, ...rounds.slice(1)])).toEqual({ ok: true });
  });

  it('covers the metadata in version 2: side, author, date, note, number, deal and source file', () => {
    const edits: ((round: Round) => Round)[] = [
      (r) => ({ ...r, side: r.side === 'us' ? 'them' : 'us' }),
      (r) => ({ ...r, author: 'Mallory' }),
      (r) => ({ ...r, createdAt: '2026-11-28T10:00:00.000Z' }),
      (r) => ({ ...r, note: 'agreed' }),
      (r) => ({ ...r, dealId: 'deal2' }),
      (r) => ({ ...r, sourceFile: 'their.docx' }),
    ];
    for (const edit of edits) {
      const rounds = chain();
      rounds[1] = edit(rounds[1]!);
      expect(verifyChain(rounds)).toMatchObject({ ok: false, brokenAt: 2, problem: { code: 'altered' } });
    }
  });

  it('refuses a round that falls back to version 1 after a version-2 round', () => {
    const rounds = chain();
    const { hashVersion: _v, ...legacy } = rounds[2]!;
    rounds[2] = { ...legacy, hash: hashRoundContent(legacy, rounds[1]!.hash) };
    expect(verifyChain(rounds)).toMatchObject({ ok: false, brokenAt: 3, problem: { code: 'downgraded' } });
  });

  it('still verifies when the stored document has its keys in another order', () => {
    const rounds = chain();
    const shuffled = Object.fromEntries(Object.entries(rounds[1]!.document).reverse()) as SlaDocument;
    expect(Object.keys(shuffled)[0]).toBe('terms');
    rounds[1] = { ...rounds[1]!, document: shuffled };
    expect(verifyChain(rounds)).toEqual({ ok: true });
  });

  it('breaks at the round whose document had any one character altered', () => {
    for (const at of [0, 7, 31, 55, 80, 123, 200, 321]) {
      const rounds = chain();
      const altered = alterCharacter(rounds[1]!.document, at);
      rounds[1] = { ...rounds[1]!, document: altered };
      const result = verifyChain(rounds);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.brokenAt).toBe(2);
    }
  });

  it('breaks when a round is removed, re-linked or its hash rewritten', () => {
    const rounds = chain();
    expect(verifyChain([rounds[0]!, rounds[2]!])).toMatchObject({ ok: false, brokenAt: 3 });
    const relinked = [...rounds];
    relinked[2] = { ...rounds[2]!, prevHash: rounds[0]!.hash };
    expect(verifyChain(relinked)).toMatchObject({ ok: false, brokenAt: 3 });
    const rewritten = [...rounds];
    rewritten[0] = { ...rounds[0]!, document: doc2 };
    rewritten[0].hash = hashRoundContent(rewritten[0], null);
    // Re-hashing round 1 cannot hide the edit: round 2 still points to the old hash.
    expect(verifyChain(rewritten)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('freezes a copy: editing the draft afterwards does not change the round', () => {
    const draft = JSON.parse(JSON.stringify(doc1)) as SlaDocument;
    const round = buildRound({
      id: 'r1',
      dealId: 'd',
      number: 1,
      side: 'us',
      document: draft,
      note: '',
      author: '',
      createdAt: '2026-11-27T10:00:00.000Z',
      prevHash: null,
    });
    draft.title = 'changed';
    expect(verifyChain([round])).toEqual({ ok: true });
  });
});
