// @vitest-environment jsdom
import { afterAll, describe, expect, it } from 'vitest';
import { DocxImportError, type DocxImportErrorCode } from '../../shared/docx/DocxImportError';
import { DocxWorkerError } from '../features/word/runDocxWorker';
import { i18n } from '../i18n/i18n';
import { describeDocxRefusal, describeError } from './describeError';

const CODES: DocxImportErrorCode[] = [
  'not-docx',
  'empty',
  'too-large',
  'zip-bomb',
  'too-many-entries',
  'too-many-elements',
  'path-traversal',
  'doctype',
  'bad-encoding',
  'truncated',
  'malformed-xml',
  'encrypted',
  'unreadable',
];

const params = {
  part: 'word/document.xml',
  limit: 100_000,
  what: 'paragraphs',
  size: '26 MB',
  count: 2100,
  entry: '../evil.xml',
  encoding: 'UTF-8',
};

afterAll(() => i18n.changeLanguage('en'));

describe('a refused Word file, one sentence set for every screen', () => {
  it.each(['de', 'en'] as const)('every refusal has a full sentence in %s', async (language) => {
    await i18n.changeLanguage(language);
    for (const code of CODES) {
      const text = describeDocxRefusal({ code, params });
      expect(text, code).not.toMatch(/\{\{|docx\.|errors:/);
      expect(text, code).toMatch(/^[A-ZÄÖÜ„“].{15,}[.)]$/);
    }
    const limit = describeDocxRefusal({ code: 'too-many-elements', params });
    expect(limit).toContain(language === 'de' ? '100.000 Absätze' : '100,000 paragraphs');
  });

  it('gives the reader and its worker the same sentence', async () => {
    await i18n.changeLanguage('de');
    const part = { part: 'word/styles.xml' };
    const read = describeError(new DocxImportError('doctype', 'English', { params: part }));
    const worker = describeError(new DocxWorkerError('doctype', 'English', part));
    expect(read).toBe(worker);
    expect(read).toContain('word/styles.xml');
    expect(read).not.toContain('English');
  });

  it('names the old .doc format and a too deeply structured file by their own sentences', async () => {
    await i18n.changeLanguage('en');
    expect(describeDocxRefusal({ code: 'not-docx', params: { reason: 'ole' } })).toContain('.doc');
    expect(describeDocxRefusal({ code: 'too-large', params: { reason: 'structure' } })).toContain(
      'deeply structured',
    );
    expect(describeDocxRefusal({ code: 'too-large', params: {} })).toContain('25 MB');
  });
});
