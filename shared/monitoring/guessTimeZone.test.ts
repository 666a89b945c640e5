import { describe, expect, it } from 'vitest';
import { guessTimeZone } from './guessTimeZone';
import { templateDocument } from './testing/agreements';

describe('the agreement’s time zone', () => {
  it('is read from what the agreement says', () => {
    expect(guessTimeZone(templateDocument('basic', 'de'))).toEqual({
      timeZone: 'Europe/Berlin',
      source: 'document',
    });
    expect(guessTimeZone(templateDocument('basic', 'en'))).toEqual({
      timeZone: 'Europe/Berlin',
      source: 'document',
    });
    const vienna = templateDocument('basic', 'de');
    vienna.clauses[0]!.body.push({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Alle Zeiten nach Wiener Zeit (Europe/Vienna).' }],
    });
    vienna.clauses = vienna.clauses.filter((clause) => clause.kind !== 'service-hours');
    expect(guessTimeZone(vienna).timeZone).toBe('Europe/Vienna');
  });

  it('falls back to Berlin when the agreement names none', () => {
    const doc = { ...templateDocument('basic', 'en'), clauses: [] };
    expect(guessTimeZone(doc)).toEqual({ timeZone: 'Europe/Berlin', source: 'default' });
  });
});
