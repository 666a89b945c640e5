import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportThread } from '../../shared/comments/threadsForExport';
import type { SlaDocument } from '../../shared/model';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/builtInTemplates';
import { writeDocx } from '../../shared/docx/write/writeDocx';
import { hasLibreOfficeBridge } from './libreofficeViews';

const SCRIPT = fileURLToPath(new URL('./lo_comments.py', import.meta.url));

if (!hasLibreOfficeBridge)
  console.warn('LibreOffice comment tests skipped: soffice or python3-uno is not installed on this machine.');

interface LoAnnotation {
  author: string;
  text: string;
  anchor: string;
  resolved: string | null;
}

describe.skipIf(!hasLibreOfficeBridge)('our comment threads in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-comments-lo-'));
  const doc: SlaDocument = structuredClone(BUILT_IN_TEMPLATES.find((x) => x.language === 'de')!.document);
  const heading = doc.clauses[2]!.heading;
  const threads: ExportThread[] = [
    {
      clauseId: doc.clauses[1]!.id,
      anchorText: 'SLA',
      done: true,
      comments: [
        { author: 'Eva Roth', date: '2026-11-02T09:00:00Z', text: 'Warum nicht mehr?' },
        { author: 'Jonas Weber', date: '2026-11-03T09:00:00.000Z', text: 'Wegen des Preises.' },
      ],
    },
    {
      clauseId: doc.clauses[2]!.id,
      anchorText: 'steht hier nicht mehr',
      done: false,
      comments: [
        { author: 'Jonas Weber', date: '2026-11-05T09:00:00.000Z', text: 'Zur Überschrift.' },
        { author: 'Eva Roth', date: '2026-11-06T09:00:00.000Z', text: 'Einverstanden.' },
      ],
    },
  ];
  let seen: LoAnnotation[] = [];

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'threads.docx'),
      await writeDocx(doc, { dealName: 'Deal', roundLabel: 'Entwurf', comments: threads }),
    );
    mkdirSync(join(dir, 'lo-profile'), { recursive: true });
    execFileSync('/usr/bin/python3', [SCRIPT, join(dir, 'lo-profile'), join(dir, 'threads.docx')], {
      stdio: 'pipe',
    });
    seen = JSON.parse(readFileSync(join(dir, 'threads.comments.json'), 'utf8')) as LoAnnotation[];
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows every comment and every reply with its author and text', () => {
    const shown = seen.map((a) => `${a.author}: ${a.text}`).sort();
    const written = threads.flatMap((t) => t.comments.map((c) => `${c.author}: ${c.text}`)).sort();
    expect(shown).toEqual(written);
  });

  it('puts each reply on the same text as its parent: the anchor text, or the heading when it is gone', () => {
    const anchorOf = (text: string) => seen.find((a) => a.text === text)?.anchor;
    expect(anchorOf('Warum nicht mehr?')).toBe('SLA');
    expect(anchorOf('Wegen des Preises.')).toBe('SLA');
    expect(anchorOf('Zur Überschrift.')).toBe(heading);
    expect(anchorOf('Einverstanden.')).toBe(heading);
  });

  it('reads the resolved thread as resolved and the open one as open (its import of w15:done)', () => {
    // LibreOffice 7.4 keeps no reply parent in its model; what it exposes is the done flag per comment.
    const resolved = (text: string) => seen.find((a) => a.text === text)?.resolved;
    expect([resolved('Warum nicht mehr?'), resolved('Wegen des Preises.')]).toEqual(['true', 'true']);
    expect([resolved('Zur Überschrift.'), resolved('Einverstanden.')]).toEqual(['false', 'false']);
  });
});
