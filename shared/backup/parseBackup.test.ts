import { describe, expect, it } from 'vitest';
import { backupChecksum, serializeBackup, type BackupData, type BackupTableName } from './backupFormat';
import { BackupImportError, type BackupImportErrorCode } from './BackupImportError';
import { parseBackup, type ParseBackupOptions } from './parseBackup';
import { sampleBackup } from './testing/sampleBackup';

const options: ParseBackupOptions = { supportedSchemaVersion: 1 };

function refusal(input: string | Uint8Array, opts: ParseBackupOptions = options): BackupImportError {
  try {
    parseBackup(input, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupImportError);
    return error as BackupImportError;
  }
  throw new Error('the backup was accepted');
}

function expectRefused(input: string | Uint8Array, code: BackupImportErrorCode, message?: RegExp) {
  const error = refusal(input);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}

/** Edits the file's JSON (parsed without any guard) and writes a matching checksum, as a forger would. */
function forged(
  edit: (backup: Record<string, unknown> & { tables: Record<BackupTableName, unknown[]> }) => void,
): string {
  const backup = JSON.parse(serializeBackup(sampleBackup())) as Record<string, unknown> & {
    tables: Record<BackupTableName, unknown[]>;
  };
  edit(backup);
  backup.checksum = backupChecksum(backup.tables);
  return JSON.stringify(backup);
}

/** Injects raw JSON text before the first `"note":` and re-checksums the result. */
function forgedText(injection: string): string {
  const text = serializeBackup(sampleBackup()).replace('"note":', `${injection},"note":`);
  const backup = JSON.parse(text) as { tables: unknown; checksum: string };
  return text.replace(backup.checksum, backupChecksum(backup.tables));
}

describe('parseBackup', () => {
  it('reads back exactly what was written, from text and from bytes with a BOM', () => {
    const backup = sampleBackup();
    const text = serializeBackup(backup);
    expect(parseBackup(text, options)).toEqual(backup);
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(parseBackup(bytes, options)).toEqual(backup);
  });

  it('writes the same bytes for the same data', () => {
    expect(serializeBackup(sampleBackup())).toBe(
      serializeBackup(parseBackup(serializeBackup(sampleBackup()), options)),
    );
  });

  it('refuses empty, oversized, binary and non-JSON files with clear messages', () => {
    expectRefused('', 'empty', /empty/);
    expectRefused('  \n ', 'empty');
    expect(refusal('x'.repeat(2_000), { ...options, limits: { maxBytes: 1_000 } }).message).toMatch(
      /larger than 1 KB/,
    );
    expect(refusal(new Uint8Array(201 * 1024 * 1024)).message).toMatch(/larger than 200 MB/);
    expectRefused(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-text');
    expectRefused('{"format": "sla-workbench-backup", ', 'not-json', /not valid JSON/);
    expectRefused(serializeBackup(sampleBackup()).slice(0, 5_000), 'not-json');
  });

  it('says plainly when a file is not a backup at all', () => {
    expectRefused('[1,2,3]', 'not-a-backup', /not an SLA Workbench backup/);
    expectRefused('{"format":"something-else"}', 'not-a-backup');
    expectRefused('{"format":"sla-workbench-backup","formatVersion":1}', 'damaged', /incomplete/);
  });

  it('refuses backups written by a newer version instead of guessing', () => {
    expectRefused(
      forged((b) => (b.schemaVersion = 2)),
      'newer-version',
      /newer version.*data version 2/,
    );
    expectRefused(
      forged((b) => (b.formatVersion = 7)),
      'newer-version',
      /file format 7/,
    );
  });

  it('detects a file changed after it was written', () => {
    const text = serializeBackup(sampleBackup()).replace('Hosting for Muster', 'Hosting for Mustet');
    expectRefused(text, 'damaged', /changed or damaged/);
  });

  it('names the table, record and field of an invalid record', () => {
    const text = forged((b) => ((b.tables.rounds[1] as { note: unknown }).note = 42));
    expectRefused(text, 'invalid-record', /rounds\[1\] \(id "round-a2"\).*field note/);
    const deep = forged((b) => {
      const doc = (b.tables.templates[0] as { document: { clauses: { heading: unknown }[] } }).document;
      (doc.clauses[2] as { heading: unknown }).heading = 'x'.repeat(600);
    });
    expectRefused(deep, 'invalid-record', /templates\[0\].*document\.clauses\[2\]\.heading/);
  });

  it('refuses prototype-pollution keys anywhere and leaves Object.prototype alone', () => {
    expectRefused(forgedText('"__proto__":{"polluted":true}'), 'forbidden-key', /__proto__/);
    expectRefused(forgedText('"constructor":{"prototype":{"polluted":true}}'), 'forbidden-key');
    expectRefused('{"prototype":1}', 'forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses absurd nesting before JSON.parse can overflow the stack', () => {
    expectRefused(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep');
    expectRefused(forgedText(`"extra":${'['.repeat(70)}${']'.repeat(70)}`), 'too-deep');
    // Brackets inside strings are text, not nesting.
    const withBrackets = forged((b) => ((b.tables.rounds[0] as { note: string }).note = '['.repeat(500)));
    expect(parseBackup(withBrackets, options).tables.rounds[0]?.note).toBe('['.repeat(500));
  });

  it('refuses records that point nowhere or collide', () => {
    expectRefused(
      forged((b) => ((b.tables.drafts[0] as { dealId: string }).dealId = 'gone')),
      'inconsistent',
      /draft for the deal gone/,
    );
    expectRefused(
      forged((b) => b.tables.deals.push(b.tables.deals[0])),
      'inconsistent',
      /deal deal-a twice/,
    );
    expectRefused(
      forged((b) => ((b.tables.rounds[1] as { id: string }).id = 'round-a1')),
      'inconsistent',
      /round round-a1 twice/,
    );
    expectRefused(
      forged((b) => b.tables.settings.push({ key: 'uiLanguage', value: 'en' })),
      'inconsistent',
      /setting uiLanguage twice/,
    );
  });

  it('refuses a round chain that does not verify, naming the deal and the round', () => {
    const text = forged((b) => {
      const round = b.tables.rounds[1] as { document: { title: string } };
      round.document.title += '!';
    });
    expectRefused(text, 'broken-chain', /“Hosting for Muster”.*round 2 was changed/);
    expect(parseBackup(text, { ...options, acceptBrokenChains: true }).tables.rounds).toHaveLength(2);
  });

  it('upgrades an older backup step by step, or refuses when no step exists', () => {
    const old = forged((b) => (b.schemaVersion = 1));
    expect(refusal(old, { supportedSchemaVersion: 2 }).code).toBe('unsupported-version');
    const upgraded = parseBackup(old, {
      supportedSchemaVersion: 2,
      upgrades: {
        1: (tables) => ({ ...tables, settings: [...tables.settings, { key: 'added', value: 2 }] }),
      },
    });
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.tables.settings.map((s) => s.key)).toContain('added');
  });

  it('returns only validated data with a matching checksum', () => {
    const withExtra = forged((b) => ((b.tables.deals[0] as Record<string, unknown>).unknownField = 'x'));
    const parsed: BackupData = parseBackup(withExtra, options);
    expect(parsed.tables.deals[0]).not.toHaveProperty('unknownField');
    expect(parsed.checksum).toBe(backupChecksum(parsed.tables));
  });
});
