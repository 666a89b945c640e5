import { describe, expect, it } from 'vitest';
import { sampleTemplate } from '../../../renderer/db/testing/sampleTemplate';
import type { Template } from '../../model/template';
import { addTemplateClause, updateTemplateTerm } from '../editTemplate';
import { buildPack, packFileText, PACK_LIMITS, type PackFile } from './packFormat';
import { planPackImport, type StoredTemplates } from './planPackImport';
import { readPack } from './readPack';

const v1 = sampleTemplate({ id: 'own-team', builtIn: false, name: 'Team Business' });
const v2: Template = { ...addTemplateClause(v1, { id: 'escalation', heading: 'Escalation' }), version: 2 };
const entry = {
  termId: 'availability',
  target: 99.5,
  fallback: 99.9,
  walkAway: 99.95,
  owner: 'technology',
  note: '',
} as const;

const pack = (templates: Template[] = [v1, v2], playbooks = [{ templateId: 'own-team', entries: [entry] }]) =>
  buildPack({
    author: 'Ada Team Lead',
    createdAt: '2026-12-01T10:00:00.000Z',
    content: { templates, playbooks },
  });

const none: StoredTemplates = { versions: new Map(), playbooks: new Map() };

describe('reading a template pack', () => {
  it('reads back the pack it wrote, with author, date and hash', () => {
    const written = pack();
    const read = readPack(packFileText(written));
    expect(read).toEqual({ ok: true, pack: written });
    expect(written.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(written.signature).toBeUndefined();
  });

  it('refuses a pack whose text was changed after it was written', () => {
    const text = packFileText(pack()).replace(
      'Monthly availability is at least',
      'Monthly availability is about',
    );
    expect(readPack(text)).toEqual({ ok: false, error: { code: 'tampered' } });
    const author = JSON.parse(packFileText(pack())) as PackFile;
    author.author = 'Someone else';
    expect(readPack(JSON.stringify(author))).toEqual({ ok: false, error: { code: 'tampered' } });
    const added = JSON.parse(packFileText(pack())) as PackFile & { extra?: unknown };
    added.content.templates[0]!.description = 'Changed description';
    expect(readPack(JSON.stringify(added))).toMatchObject({ ok: false, error: { code: 'tampered' } });
  });

  it('refuses foreign, newer, broken and oversize files with their own codes', () => {
    expect(readPack('{"format":"sla-workbench-playbook","version":1}')).toEqual({
      ok: false,
      error: { code: 'foreign' },
    });
    expect(readPack('not json')).toEqual({ ok: false, error: { code: 'not-json' } });
    const newer = { ...pack(), formatVersion: 2 };
    expect(readPack(JSON.stringify(newer))).toEqual({
      ok: false,
      error: { code: 'newer-format', formatVersion: 2 },
    });
    const broken = { ...pack(), content: { templates: [{ id: 'x' }], playbooks: [] } };
    expect(readPack(JSON.stringify(broken))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(readPack(' '.repeat(PACK_LIMITS.maxChars + 1))).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('carries a template’s own checklist, and still reads packs whose templates have none', () => {
    const narrowed = { ...v1, checklist: ['availability', 'liability'] as ('availability' | 'liability')[] };
    const read = readPack(packFileText(pack([narrowed])));
    if (!read.ok) throw new Error(read.error.code);
    expect(read.pack.content.templates[0]!.checklist).toEqual(['availability', 'liability']);
    const older = readPack(packFileText(pack([v1])));
    expect(older.ok && older.pack.content.templates[0]!.checklist).toBeUndefined();
  });

  it('refuses to pack a built-in template', () => {
    expect(() => pack([sampleTemplate()])).toThrow();
  });
});

describe('planning a pack import', () => {
  it('adds every version and the playbook into an empty profile', () => {
    const result = planPackImport(pack(), none);
    if (!result.ok) throw new Error('refused');
    expect(result.plan.additions.map((template) => template.version)).toEqual([1, 2]);
    expect(result.plan.templates).toEqual([
      expect.objectContaining({
        templateId: 'own-team',
        isNew: true,
        newVersions: [
          { packVersion: 1, storedAs: 1 },
          { packVersion: 2, storedAs: 2 },
        ],
        playbook: 'added',
      }),
    ]);
  });

  it('adds only the newer version and names what changed; a second import adds nothing', () => {
    const stored: StoredTemplates = {
      versions: new Map([['own-team', [v1]]]),
      playbooks: new Map([['own-team', [entry]]]),
    };
    const result = planPackImport(pack(), stored);
    if (!result.ok) throw new Error('refused');
    expect(result.plan.additions.map((template) => template.version)).toEqual([2]);
    expect(result.plan.templates[0]).toMatchObject({
      isNew: false,
      newVersions: [{ packVersion: 2, storedAs: 2 }],
      changes: { clausesAdded: ['Escalation'], clausesRemoved: [], clausesChanged: [] },
      playbook: 'unchanged',
    });
    const again = planPackImport(pack(), {
      versions: new Map([['own-team', [v1, v2]]]),
      playbooks: stored.playbooks,
    });
    expect(again.ok && again.plan.upToDate).toBe(true);
  });

  it('keeps a local version and numbers the pack’s after it', () => {
    const term = v1.document.terms[0]!;
    const edited = updateTemplateTerm(v1, { ...term, value: 99.0 } as typeof term);
    if (!edited.ok) throw new Error('not edited');
    const local = { ...edited.template, version: 2 };
    const result = planPackImport(pack(), {
      versions: new Map([['own-team', [v1, local]]]),
      playbooks: new Map(),
    });
    expect(result.ok && result.plan.templates[0]?.newVersions).toEqual([{ packVersion: 2, storedAs: 3 }]);
  });

  it('refuses a pack that would add versions to a built-in template', () => {
    const builtIn = sampleTemplate();
    const fake = { ...v1, id: builtIn.id };
    const result = planPackImport(pack([fake], []), {
      versions: new Map([[builtIn.id, [builtIn]]]),
      playbooks: new Map(),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'built-in-id', templateId: builtIn.id, name: builtIn.name },
    });
  });
});
