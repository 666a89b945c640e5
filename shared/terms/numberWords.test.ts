import { describe, expect, it } from 'vitest';
import { numberWordValue, parseGermanNumberWord, readNumberWords, timesWordValue } from './numberWords';

describe('numbers written in words', () => {
  it.each([
    ['one', 1],
    ['twelve', 12],
    ['thirty', 30],
    ['twenty-four', 24],
    ['ninety-nine', 99],
    ['one hundred', 100],
    ['one hundred and twenty', 120],
    ['two hundred fifty', 250],
    ['one thousand five hundred', 1500],
    ['one and a half', 1.5],
    ['half an', 0.5],
    ['ninety-nine point nine', 99.9],
    ['ninety-nine point nine five', 99.95],
  ])('reads English %s', (words, value) => {
    expect(readNumberWords(`${words} hours`, 0)).toEqual({ value, end: words.length });
  });

  it.each([
    ['eins', 1],
    ['zwei', 2],
    ['zwölf', 12],
    ['sechzehn', 16],
    ['vierundzwanzig', 24],
    ['achtundvierzig', 48],
    ['zweiundsiebzig', 72],
    ['einundzwanzig', 21],
    ['hundert', 100],
    ['einhundertzwanzig', 120],
    ['zweitausend', 2000],
    ['zwölftausendvierhundert', 12_400],
    ['dreißig', 30],
    ['dreissig', 30],
    ['fünfzig', 50],
  ])('reads German %s', (word, value) => {
    expect(parseGermanNumberWord(word)).toBe(value);
    expect(readNumberWords(`${word} Tage`, 0)).toEqual({ value, end: word.length });
  });

  it('reads German fractions and declined forms of "one"', () => {
    expect(readNumberWords('eineinhalb Stunden', 0)?.value).toBe(1.5);
    expect(readNumberWords('anderthalb Stunden', 0)?.value).toBe(1.5);
    expect(readNumberWords('eine halbe Stunde', 0)).toEqual({ value: 0.5, end: 'eine halbe'.length });
    expect(readNumberWords('einer halben Stunde', 0)?.value).toBe(0.5);
    for (const form of ['ein', 'eine', 'einer', 'einem', 'einen', 'eines'])
      expect(numberWordValue(form)).toBe(1);
    expect(readNumberWords('neunundneunzig Komma fünf Prozent', 0)?.value).toBe(99.5);
  });

  it('stops where the number ends and refuses words that are no numbers', () => {
    expect(readNumberWords('twenty thirty', 0)).toEqual({ value: 20, end: 6 });
    expect(readNumberWords('one two', 0)).toEqual({ value: 1, end: 3 });
    expect(readNumberWords('six-month period', 0)).toEqual({ value: 6, end: 3 });
    expect(readNumberWords('hundred days', 0)).toBeNull();
    for (const word of ['Jahrhundert', 'zehnten', 'Stunde', 'availability', 'Grundzwanzig', 'seventh'])
      expect(numberWordValue(word), word).toBeNull();
  });

  it('reads counts written as adverbs', () => {
    expect(timesWordValue('twice')).toBe(2);
    expect(timesWordValue('dreimal')).toBe(3);
    expect(timesWordValue('often')).toBeNull();
  });
});
