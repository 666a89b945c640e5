import { describe, expect, it } from 'vitest';
import {
  foldWord,
  prefixTerm,
  searchTerms,
  stemEnglish,
  stemGerman,
  words,
  wordSpans,
} from './normalizeWords';

const same = (a: string, b: string) => searchTerms(a).some((term) => searchTerms(b).includes(term));

describe('words', () => {
  it('keeps decimal numbers whole and drops punctuation and units', () => {
    expect(words('Verfügbarkeit von 99,95 % (bzw. 99.9%) je Monat – § 3')).toEqual([
      'Verfügbarkeit',
      'von',
      '99,95',
      'bzw',
      '99.9',
      'je',
      'Monat',
      '3',
    ]);
    expect(wordSpans('P1: 4 Stunden')).toEqual([
      { word: 'P1', start: 0, end: 2 },
      { word: '4', start: 4, end: 5 },
      { word: 'Stunden', start: 6, end: 13 },
    ]);
  });
});

describe('folding', () => {
  it('treats umlauts, their two-letter spellings and ß alike, in any case', () => {
    expect(foldWord('Müller')).toBe('muller');
    expect(foldWord('MUELLER')).toBe('muller');
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('Größe')).toBe(foldWord('Groesse'));
    expect(foldWord('Quelle')).toBe('quelle');
    expect(foldWord('Café')).toBe('cafe');
  });
});

describe('stemming', () => {
  it('brings German plural and case forms together', () => {
    expect(stemGerman(foldWord('Stunden'))).toBe(stemGerman(foldWord('Stunde')));
    expect(stemGerman(foldWord('Verfügbarkeiten'))).toBe(stemGerman(foldWord('Verfügbarkeit')));
    expect(stemGerman(foldWord('Gutschriften'))).toBe(stemGerman(foldWord('Gutschrift')));
    expect(stemGerman(foldWord('Dienstes'))).toBe(stemGerman(foldWord('Dienst')));
    expect(stemGerman(foldWord('Kunden'))).toBe(stemGerman(foldWord('Kunde')));
  });

  it('brings English plural and verb forms together', () => {
    expect(stemEnglish('responses')).toBe(stemEnglish('response'));
    expect(stemEnglish('measured')).toBe(stemEnglish('measures'));
    expect(stemEnglish('measuring')).toBe(stemEnglish('measure'));
    expect(stemEnglish('penalties')).toBe(stemEnglish('penalty'));
    expect(stemEnglish('hours')).toBe('hour');
    // Not plurals: kept.
    expect(stemEnglish('status')).toBe('status');
    expect(stemEnglish('access')).toBe('access');
    expect(stemEnglish('access')).toBe(stemEnglish('accesses'));
  });

  it('finds either language by either form', () => {
    expect(same('Stunden', 'stunde')).toBe(true);
    expect(same('Services', 'service')).toBe(true);
    expect(same('Müllers', 'Mueller')).toBe(true);
    expect(same('credits', 'Credit')).toBe(true);
    expect(same('Verfügbarkeit', 'Haftung')).toBe(false);
  });
});

describe('numbers', () => {
  it('finds 99,95 and 99.95 alike, and a number being typed as a prefix', () => {
    expect(searchTerms('99,95')).toEqual(['99.95']);
    expect(searchTerms('99.95')).toEqual(['99.95']);
    expect(same('1.000', '1,000')).toBe(true);
    expect(prefixTerm('99,9')).toBe('99.9');
    expect(prefixTerm('Verfügb')).toBe('verfugb');
  });
});
