import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { IMPORT_WARNING_CODES, warningText } from '../../../shared/docx/read/importWarnings';
import { resources } from '../../i18n/resources';
import { importWarningText, type Translate } from './importMessages';

async function translator(language: 'de' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return instance.getFixedT(language, 'wordImport') as unknown as Translate;
}

const params = {
  part: 'word/document.xml',
  limit: 100_000,
  what: 'paragraphs',
  size: '26 MB',
  count: 2100,
  entry: '../evil.xml',
  encoding: 'UTF-8',
  where: 'clause',
  clause: '§ 4 Availability',
  object: 'chart',
  program: 'spreadsheet',
  kind: 'attachedTemplate',
  element: 'x99:wrapper',
  revision: 'cellIns',
  rows: 500,
  columns: 50,
  term: 'Availability',
};

describe('import messages in German and English', () => {
  it.each(['de', 'en'] as const)(
    'every warning has a full sentence in %s, with its place',
    async (language) => {
      const t = await translator(language);
      for (const code of IMPORT_WARNING_CODES) {
        const text = importWarningText(t, { code, params, text: warningText(code, params) });
        expect(text, code).not.toMatch(/\{\{|warning\./);
        expect(text, code).toMatch(/^[A-ZÄÖÜ„“0-9].{15,}\.$/);
      }
      expect(importWarningText(t, { code: 'object-content-only', params, text: '' })).toContain(
        '§ 4 Availability',
      );
    },
  );

  it('shows a warning stored before warnings had codes as it was written', async () => {
    const t = await translator('de');
    expect(importWarningText(t, 'Embedded objects in the Word file were ignored.')).toBe(
      'Embedded objects in the Word file were ignored.',
    );
  });
});
