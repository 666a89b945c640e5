/**
 * Words as the search compares them, for German and English alike (issue 12 §3). Our own small
 * normaliser rather than a package: the index must treat the query and the text the same way, and
 * the query's language is unknown, so every word is reduced with both light stemmers and either
 * form may match. Changing these rules changes what the index holds; it is rebuilt at every start,
 * so no migration is needed.
 *
 * - Case, accents and umlauts fold (`Müller`, `Mueller`, `muller` are one word; `ß` is `ss`).
 * - Numbers keep their decimal part and compare the same with a comma or a point
 *   (`99,95` = `99.95`; `1.000` = `1,000`).
 * - German: a light stemmer after J. Savoy ("Light stemming approaches for the French, Portuguese,
 *   German and Hungarian languages", 2006): plural and case endings go (`Stunden` → `stund`,
 *   `Verfügbarkeiten` → `verfugbarkeit`).
 * - English: the plural rules of D. Harman ("How effective is suffixing?", 1991) plus `-ing`, `-ed`
 *   and a final `e` (`responses`, `response` → `respons`; `measured`, `measures` → `measur`).
 */

/** A word or number of a text, with where it is (UTF-16 offsets, end exclusive). */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

// Numbers with their separators first, so "99,95" stays one word; then runs of letters and digits.
const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD))
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return spans;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case without accents; umlauts and their two-letter spellings become the plain vowel. */
export function foldWord(word: string): string {
  const plain = word.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
  // `ue` after `q` is not an umlaut (`Quelle`, `queue`).
  return plain
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/(?<!q)ue/g, 'u');
}

const S_ENDING = /[bdfghklmnrt]s$/;
const ST_ENDING = /[bdfghklmnt]st$/;

/** Savoy's light German stemmer, on a folded word. */
export function stemGerman(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ern')) w = w.slice(0, -3);
  else if (w.length > 4 && /(?:em|en|er|es)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && (/[en]$/.test(w) || S_ENDING.test(w))) w = w.slice(0, -1);

  if (w.length > 5 && w.endsWith('est')) w = w.slice(0, -3);
  else if (w.length > 4 && /(?:er|en)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 4 && ST_ENDING.test(w)) w = w.slice(0, -2);
  return w;
}

/** Harman's plural rules, then `-ing`, `-ed` and a final `e`, on a folded word. */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length > 3 && w.endsWith('ies') && !/[ae]ies$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('es') && !/[aeo]es$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 2 && w.endsWith('s') && !/[us]s$/.test(w)) w = w.slice(0, -1);

  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export function isNumberWord(word: string): boolean {
  return NUMBER.test(word);
}

/** `99,95` and `99.95` are the same number to the search. */
export function canonicalNumber(word: string): string {
  return word.replace(/,/g, '.');
}

/**
 * The index terms of one word: a number in its canonical form, any other word folded and reduced
 * by both stemmers (one or two terms).
 */
export function searchTerms(word: string): string[] {
  let terms = remembered.get(word);
  if (terms === undefined) {
    // A vocabulary is small: the same few thousand words are reduced again and again.
    if (remembered.size >= REMEMBERED_LIMIT) remembered.clear();
    remembered.set(word, (terms = reduce(word)));
  }
  return terms;
}

const REMEMBERED_LIMIT = 100_000;
const remembered = new Map<string, string[]>();

function reduce(word: string): string[] {
  if (isNumberWord(word)) return [canonicalNumber(word)];
  const folded = foldWord(word);
  if (folded === '') return [];
  const german = stemGerman(folded);
  const english = stemEnglish(folded);
  return german === english ? [german] : [german, english];
}

/** How a word the reader is still typing is matched: its folded form as a prefix of index terms. */
export function prefixTerm(word: string): string {
  return isNumberWord(word) ? canonicalNumber(word) : foldWord(word);
}
