import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import type { Round } from '../model';
import { canonicalize, hashRoundContent } from '../rounds/hashRound';
import { nobleVerify, otherTestKey, signWithTestKey, TEST_SIGNING_KEY } from '../rounds/testing/testSigning';
import { BACKUP_TABLES, serializeBackup, type BackupUpgrade } from './backupFormat';
import { BackupImportError, type BackupImportErrorCode } from './BackupImportError';
import { BackupReader } from './BackupReader';
import { parseBackup, type ParseBackupOptions } from './parseBackup';
import { forgeBackup, openBackupText } from './testing/forgeBackup';
import { sampleBackup, sampleBackupTables } from './testing/sampleBackup';

const options: ParseBackupOptions = { supportedSchemaVersion: 6, verify: nobleVerify };
const text = () => serializeBackup(sampleBackup());

async function refusal(
  input: string | Uint8Array,
  opts: ParseBackupOptions = options,
): Promise<BackupImportError> {
  try {
    await parseBackup(input, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupImportError);
    return error as BackupImportError;
  }
  throw new Error('the backup was accepted');
}

async function expectRefused(input: string | Uint8Array, code: BackupImportErrorCode, message?: RegExp) {
  const error = await refusal(input);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
  return error;
}

/** A format-1 file as builds before issue 9 wrote it: one canonical JSON document. */
function formatOne(): string {
  const backup = sampleBackup();
  // Nor the tables of schema versions 3 to 6.
  const {
    changeReviews: _reviews,
    signingKeys: _keys,
    playbooks: _playbooks,
    companyProfiles: _profiles,
    suppliers: _suppliers,
    approvals: _approvals,
    agreements: _agreements,
    incidents: _incidents,
    reviews: _monitoringReviews,
    commentThreads: _threads,
    ...tables
  } = backup.tables;
  // Format 1 knew only hash version 1: rounds hashed over their document, unsigned.
  const rounds: Round[] = [];
  for (const round of tables.rounds) {
    const { hashVersion: _v, signature: _s, ...legacy } = round;
    const prevHash = rounds.at(-1)?.hash ?? null;
    rounds.push({ ...legacy, prevHash, hash: hashRoundContent({ ...legacy }, prevHash) });
  }
  const v1Tables = { ...tables, rounds };
  return `${canonicalize({
    format: 'sla-workbench-backup',
    formatVersion: 1,
    schemaVersion: 1,
    app: backup.app,
    createdAt: backup.createdAt,
    tables: v1Tables,
    checksum: bytesToHex(sha256(utf8ToBytes(canonicalize(v1Tables)))),
  })}\n`;
}

/** Steps that only add the missing tables (the documents of the sample are of model version 2 already). */
const upgrades: Readonly<Record<number, BackupUpgrade>> = {
  1: (tables) => tables,
  2: (tables) => ({ ...tables, changeReviews: [], signingKeys: [] }),
  3: (tables) => ({ ...tables, playbooks: [], companyProfiles: [], suppliers: [], approvals: [] }),
  4: (tables) => ({ ...tables, agreements: [], incidents: [], reviews: [] }),
  5: (tables) => ({ ...tables, commentThreads: [] }),
};

describe('parseBackup', () => {
  it('reads back exactly what was written, from text and from bytes with a BOM', async () => {
    const backup = sampleBackup();
    const parsed = await parseBackup(serializeBackup(backup), options);
    expect(parsed.tables).toEqual(backup.tables);
    expect(parsed.checksum).toBe(backup.checksum);
    const bytes = new TextEncoder().encode(`\uFEFF${serializeBackup(backup)}`);
    expect((await parseBackup(bytes, options)).tables).toEqual(backup.tables);
  });

  it('carries a comment on selected words and edited and deleted replies, beside a thread stored before them', async () => {
    const tables = sampleBackupTables();
    const [old] = tables.commentThreads;
    expect(old!.source).not.toHaveProperty('anchorOccurrence');
    const anchored = {
      ...old!,
      id: 'o:thread-a2',
      source: {
        kind: 'ours' as const,
        clauseId: 'availability',
        anchorText: 'Verfügbarkeit',
        anchorOccurrence: 1,
        anchorPrefix: 'die ',
        anchorSuffix: ' von',
        author: 'Jana Berg',
        createdAt: '2026-10-06T12:00:00.000Z',
        text: 'Welcher Messpunkt?',
        editedAt: '2026-10-06T12:05:00.000Z',
        earlier: [{ text: 'Welcher Messpunk?', replacedAt: '2026-10-06T12:05:00.000Z' }],
      },
      replies: [
        {
          id: 'reply-a2',
          author: 'Jana Berg',
          createdAt: '2026-10-06T12:10:00.000Z',
          text: 'Zurückgenommen.',
          deletedAt: '2026-10-06T12:11:00.000Z',
          deletedBy: 'Jana Berg',
        },
      ],
      states: [],
    };
    const backup = sampleBackup({ ...tables, commentThreads: [old!, anchored] });
    const parsed = await parseBackup(serializeBackup(backup), options);
    expect(parsed.tables.commentThreads).toEqual([old, anchored]);
  });

  it('reads the same records when the file arrives in chunks of any size', async () => {
    const bytes = new TextEncoder().encode(text());
    for (const size of [1, 7, 4096]) {
      const reader = new BackupReader(options);
      const records = [];
      for (let offset = 0; offset < bytes.length; offset += size)
        records.push(...reader.push(bytes.subarray(offset, offset + size)));
      records.push(...reader.end());
      const result = await reader.finish();
      expect(records.filter((r) => r.table === 'rounds')).toHaveLength(2);
      expect(result.counts.deals).toBe(2);
      expect(reader.progress.records).toBe(reader.progress.expectedRecords);
    }
  });

  it('writes the same bytes for the same data', async () => {
    const parsed = await parseBackup(text(), options);
    expect(serializeBackup(parsed)).toBe(text());
  });

  it('still reads a format-1 file of an older build, its new tables empty', async () => {
    const parsed = await parseBackup(formatOne(), { ...options, upgrades });
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.tables.rounds).toHaveLength(2);
    expect(parsed.tables.changeReviews).toEqual([]);
    expect(parsed.tables.signingKeys).toEqual([]);
    expect(parsed.tables.agreements).toEqual([]);
    expect(parsed.tables.commentThreads).toEqual([]);
  });

  it('refuses empty, oversized, binary and non-JSON files with clear messages', async () => {
    await expectRefused('', 'empty', /empty/);
    await expectRefused('  \n ', 'empty');
    expect(
      (await refusal('x'.repeat(2_000), { ...options, limits: { maxDocumentBytes: 1_000 } })).message,
    ).toMatch(/larger than 1 KB/);
    const huge = await refusal(new Uint8Array(201 * 1024 * 1024).fill(0x20));
    expect(huge).toMatchObject({ code: 'too-large', params: { limit: '200 MB' } });
    await expectRefused(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-text');
    await expectRefused('{"format": "sla-workbench-backup", ', 'not-json', /not valid JSON/);
  });

  it('says a cut-off file is incomplete', async () => {
    const full = text();
    await expectRefused(full.slice(0, full.lastIndexOf('{"checksum"')), 'truncated', /incomplete/);
    await expectRefused(full.slice(0, 5_000), 'truncated');
  });

  it('says plainly when a file is not a backup at all', async () => {
    await expectRefused('[1,2,3]', 'not-a-backup', /not an SLA Workbench backup/);
    await expectRefused('{"format":"something-else"}', 'not-a-backup');
    await expectRefused('{"format":"sla-workbench-backup","formatVersion":1}', 'damaged', /incomplete/);
  });

  it('refuses backups written by a newer version instead of guessing', async () => {
    const newer = await expectRefused(
      forgeBackup(text(), (b) => (b.header.schemaVersion = 7)),
      'newer-version',
      /newer version.*data version 7/,
    );
    expect(newer.params).toEqual({ version: 7, supported: 6 });
    await expectRefused(
      forgeBackup(text(), (b) => (b.header.formatVersion = 7 as 2)),
      'newer-version',
      /file format 7/,
    );
  });

  it('detects a file changed after it was written', async () => {
    await expectRefused(
      text().replace('Hosting for Muster', 'Hosting for Mustet'),
      'damaged',
      /changed or damaged/,
    );
    await expectRefused(formatOne().replace('Hosting for Muster', 'Hosting for Mustet'), 'damaged');
  });

  it('names the table, record and field of an invalid record', async () => {
    const error = await expectRefused(
      forgeBackup(text(), (b) => (b.tables.rounds[1]!.note = 42)),
      'invalid-record',
      /rounds\[1\] \(round-a2\) is invalid \(field note\)/,
    );
    expect(error.params).toMatchObject({ table: 'rounds', index: 1, record: 'round-a2', field: 'note' });
    const deep = forgeBackup(text(), (b) => {
      const doc = b.tables.templates[0]!.document as { clauses: { heading: unknown }[] };
      doc.clauses[2]!.heading = 'x'.repeat(600);
    });
    await expectRefused(deep, 'invalid-record', /templates\[0\].*document\.clauses\[2\]\.heading/);
  });

  it('refuses prototype-pollution keys anywhere and leaves Object.prototype alone', async () => {
    const inject = (injection: string) => {
      const file = text();
      const at = file.indexOf('"note":');
      return file.slice(0, at) + injection + ',' + file.slice(at);
    };
    await expectRefused(inject('"__proto__":{"polluted":true}'), 'forbidden-key', /__proto__/);
    await expectRefused(inject('"constructor":{"prototype":{"polluted":true}}'), 'forbidden-key');
    await expectRefused('{"prototype":1}', 'forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses absurd nesting before JSON.parse can overflow the stack', async () => {
    await expectRefused(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep');
    const nested = forgeBackup(
      text(),
      (b) => (b.tables.deals[0]!.extra = JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`)),
    );
    await expectRefused(nested, 'too-deep');
    // Brackets inside strings are text, not nesting.
    const withBrackets = forgeBackup(text(), (b) => (b.tables.audit[0]!.detail = '['.repeat(500)));
    expect((await parseBackup(withBrackets, options)).tables.audit[0]?.detail).toBe('['.repeat(500));
  });

  it('refuses records that point nowhere or collide', async () => {
    await expectRefused(
      forgeBackup(text(), (b) => (b.tables.drafts[0]!.dealId = 'gone')),
      'inconsistent',
      /draft for the deal gone/,
    );
    await expectRefused(
      forgeBackup(text(), (b) => b.tables.deals.push(b.tables.deals[0]!)),
      'inconsistent',
      /deal deal-a twice/,
    );
    await expectRefused(
      forgeBackup(text(), (b) => (b.tables.rounds[1]!.id = 'round-a1')),
      'inconsistent',
      /round round-a1 twice/,
    );
    await expectRefused(
      forgeBackup(text(), (b) => b.tables.settings.push({ key: 'uiLanguage', value: 'en' })),
      'inconsistent',
      /setting uiLanguage twice/,
    );
    await expectRefused(
      forgeBackup(text(), (b) => (b.tables.changeReviews[0]!.dealId = 'elsewhere')),
      'inconsistent',
      /review work for the deal elsewhere/,
    );
    await expectRefused(
      forgeBackup(text(), (b) => (b.tables.commentThreads[0]!.dealId = 'elsewhere')),
      'inconsistent',
      /comment records of the deal elsewhere/,
    );
    await expectRefused(
      forgeBackup(text(), (b) => b.tables.commentThreads.push(b.tables.commentThreads[0]!)),
      'inconsistent',
      /comment thread o:thread-a1 twice/,
    );
  });

  it('refuses a round whose content changed, naming the deal and the round', async () => {
    const forged = forgeBackup(text(), (b) => {
      (b.tables.rounds[1]!.document as { title: string }).title += '!';
    });
    const error = await expectRefused(forged, 'broken-chain', /“Hosting for Muster”.*round 2 was changed/);
    expect(error.params).toEqual({ deal: 'Hosting for Muster', round: 2, problem: 'altered' });
    const accepted = await parseBackup(forged, { ...options, acceptBrokenChains: true });
    expect(accepted.result.brokenDeals).toEqual([
      { dealId: 'deal-a', title: 'Hosting for Muster', problem: { code: 'altered', round: 2 } },
    ]);
  });

  describe('a forged history', () => {
    it('fails when only metadata was edited (side, author, date, note)', async () => {
      for (const edit of [
        (r: Record<string, unknown>) => (r.side = 'us'),
        (r: Record<string, unknown>) => (r.author = 'Someone else'),
        (r: Record<string, unknown>) => (r.createdAt = '2026-10-04T14:00:00.000Z'),
        (r: Record<string, unknown>) => (r.note = 'We agreed to this'),
        (r: Record<string, unknown>) => (r.sourceFile = 'other.docx'),
      ]) {
        const error = await refusal(forgeBackup(text(), (b) => edit(b.tables.rounds[1]!)));
        expect(error.params).toMatchObject({ round: 2, problem: 'altered' });
      }
    });

    it('fails when content was rewritten and the chain rehashed: the signature no longer fits', async () => {
      const forged = forgeBackup(text(), (b) => {
        const rounds = b.tables.rounds as unknown as Round[];
        rounds[1] = { ...rounds[1]!, note: 'Rewritten', author: 'Forger' };
        rounds[1].hash = hashRoundContent(rounds[1], rounds[0]!.hash);
      });
      const error = await expectRefused(forged, 'broken-chain', /signature of round 2/);
      expect(error.params).toMatchObject({ round: 2, problem: 'bad-signature' });
    });

    it('fails when the rewritten round is signed by an installation the backup does not list', async () => {
      const stranger = otherTestKey(7);
      const forged = forgeBackup(text(), (b) => {
        const rounds = b.tables.rounds as unknown as Round[];
        const rewritten = { ...rounds[1]!, note: 'Rewritten' };
        rewritten.hash = hashRoundContent(rewritten, rounds[0]!.hash);
        rounds[1] = signWithTestKey(rewritten, stranger.secret);
      });
      const error = await refusal(forged);
      expect(error.params).toMatchObject({ round: 2, problem: 'unknown-signer' });
    });

    it('fails when signatures are stripped and the rounds passed off as an older formula', async () => {
      const forged = forgeBackup(text(), (b) => {
        const rounds = b.tables.rounds as unknown as Round[];
        const { signature: _s, hashVersion: _v, ...legacy } = rounds[1]!;
        rounds[1] = { ...legacy, note: 'Rewritten' } as Round;
        rounds[1].hash = hashRoundContent(rounds[1], rounds[0]!.hash);
      });
      const error = await refusal(forged);
      expect(error.params).toMatchObject({ round: 2, problem: 'downgraded' });
    });

    it('lists a signer the backup brings along that was not known here', async () => {
      const parsed = await parseBackup(text(), options);
      expect(parsed.result.newKeys).toEqual([TEST_SIGNING_KEY]);
      const known = await parseBackup(text(), { ...options, knownKeys: [TEST_SIGNING_KEY] });
      expect(known.result.newKeys).toEqual([]);
    });
  });

  it('refuses a format-1 file of a data version no upgrade step reaches', async () => {
    expect((await refusal(formatOne())).code).toBe('unsupported-version');
  });

  it('returns only validated data', async () => {
    const withExtra = forgeBackup(text(), (b) => (b.tables.deals[0]!.unknownField = 'x'));
    const parsed = await parseBackup(withExtra, options);
    expect(parsed.tables.deals[0]).not.toHaveProperty('unknownField');
  });

  it('lists every table, in the order a restore writes them', () => {
    expect(Object.keys(openBackupText(text()).tables)).toEqual([...BACKUP_TABLES]);
  });
});
