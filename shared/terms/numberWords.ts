/**
 * Numbers written as words, in English and German, as contracts spell them out ("thirty (30) minutes",
 * "zwei (2) Werktage", "vierundzwanzig Stunden", "one and a half hours"). Only the reading: whether a
 * word is a value at all (and not an article, "ein Anbieter") is decided by the scanner, which accepts
 * number words only in front of a unit, a currency, a percent sign or a number in brackets.
 */

export interface NumberWordMatch {
  value: number;
  /** UTF-16 offset just after the last word that belongs to the number. */
  end: number;
}

const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1_000 };

const DE_UNITS: Record<string, number> = {
  null: 0,
  ein: 1,
  eins: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  einen: 1,
  eines: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
/** Forms of "one" that only stand inside a compound ("einundzwanzig", "einhundert"). */
const DE_COMPOUND_ONE = 'ein';

/** `vierundzwanzig` → 24, `einhundertzwanzig` → 120, `zweitausend` → 2000; null when not a number word. */
export function parseGermanNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  if (!w) return null;
  const thousand = w.indexOf('tausend');
  if (thousand >= 0) {
    const head = w.slice(0, thousand);
    const tail = w.slice(thousand + 'tausend'.length);
    const multiplier = head === '' ? 1 : head === DE_COMPOUND_ONE ? 1 : parseBelowThousand(head);
    const rest = tail === '' ? 0 : parseBelowThousand(tail);
    if (multiplier === null || rest === null) return null;
    return multiplier * 1000 + rest;
  }
  return parseBelowThousand(w);
}

function parseBelowThousand(w: string): number | null {
  const hundred = w.indexOf('hundert');
  if (hundred >= 0) {
    const head = w.slice(0, hundred);
    const tail = w.slice(hundred + 'hundert'.length);
    const multiplier = head === '' || head === DE_COMPOUND_ONE ? 1 : parseGermanUnit(head);
    const rest = tail === '' ? 0 : parseBelowHundred(tail.replace(/^und/, ''));
    if (multiplier === null || multiplier > 9 || rest === null) return null;
    return multiplier * 100 + rest;
  }
  return parseBelowHundred(w);
}

function parseGermanUnit(w: string): number | null {
  return DE_UNITS[w] ?? null;
}

function parseBelowHundred(w: string): number | null {
  if (w in DE_UNITS) return DE_UNITS[w]!;
  if (w in DE_TENS) return DE_TENS[w]!;
  const und = w.indexOf('und');
  if (und > 0) {
    const unitWord = w.slice(0, und);
    const tens = DE_TENS[w.slice(und + 3)];
    const unit = unitWord === DE_COMPOUND_ONE ? 1 : (DE_UNITS[unitWord] ?? null);
    if (tens !== undefined && unit !== null && unit >= 1 && unit <= 9) return tens + unit;
  }
  return null;
}

const DE_FRACTIONS: Record<string, number> = {
  halb: 0.5,
  halbe: 0.5,
  halben: 0.5,
  halber: 0.5,
  halbes: 0.5,
  anderthalb: 1.5,
  eineinhalb: 1.5,
  zweieinhalb: 2.5,
  dreieinhalb: 3.5,
  viereinhalb: 4.5,
};

/** A single word that is a number on its own in either language (`twelve`, `zwölf`, `vierundzwanzig`). */
export function numberWordValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w in EN_UNITS) return EN_UNITS[w]!;
  if (w in EN_TENS) return EN_TENS[w]!;
  if (w in DE_FRACTIONS) return DE_FRACTIONS[w]!;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (hyphen && hyphen[1]! in EN_TENS && hyphen[2]! in EN_UNITS && EN_UNITS[hyphen[2]!]! < 10)
    return EN_TENS[hyphen[1]!]! + EN_UNITS[hyphen[2]!]!;
  return parseGermanNumberWord(w);
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/uy;
const GAP = /[ \u00a0\u202f\u2009]+/y;

function wordAt(text: string, at: number): { word: string; end: number } | null {
  WORD.lastIndex = at;
  const match = WORD.exec(text);
  if (!match) return null;
  // "twenty-four" is one number; in "six-month" only "six" is.
  const hyphen = match[0].indexOf('-');
  if (hyphen > 0 && numberWordValue(match[0]) === null)
    return { word: match[0].slice(0, hyphen), end: at + hyphen };
  return { word: match[0], end: at + match[0].length };
}

function gapEnd(text: string, at: number): number {
  GAP.lastIndex = at;
  return GAP.exec(text) ? GAP.lastIndex : at;
}

/**
 * Reads a number written in words starting exactly at `at` (a word start): English sequences
 * ("one hundred and twenty", "twenty-four", "one and a half", "ninety-nine point nine") and German
 * compounds ("vierundzwanzig", "eineinhalb", "neunundneunzig Komma neun"). Returns null when the word
 * there is no number word.
 */
export function readNumberWords(text: string, at: number): NumberWordMatch | null {
  const first = wordAt(text, at);
  if (!first) return null;
  const lower = first.word.toLowerCase();
  if (lower === 'half') {
    // "half an hour": the article belongs to the number, the unit follows it.
    const article = wordAt(text, gapEnd(text, first.end));
    const end = article && /^an?$/i.test(article.word) ? article.end : first.end;
    return { value: 0.5, end };
  }
  if (numberWordValue(lower) === null && !(lower in EN_SCALES)) return null;
  if (lower in EN_SCALES) return null; // "hundred" alone is not written without "one"/"a"

  let total = 0;
  let current = 0;
  let end = at;
  let pos = at;
  let lastClass: 'unit' | 'tens' | 'scale' | 'german' | 'fraction' | null = null;
  let expectMore = false;
  while (true) {
    const token = wordAt(text, pos);
    if (!token) break;
    const w = token.word.toLowerCase();
    if (lastClass !== null && (w === 'and' || w === 'und')) {
      // "one hundred and twenty", "one and a half": keep going only if a number word follows.
      const next = wordAt(text, gapEnd(text, token.end));
      if (!next) break;
      const nw = next.word.toLowerCase();
      if (nw === 'a' || nw === 'one') {
        const after = wordAt(text, gapEnd(text, next.end));
        if (after && /^(?:half|one-half)$/i.test(after.word) && lastClass !== 'fraction') {
          current += 0.5;
          end = after.end;
          pos = gapEnd(text, after.end);
          lastClass = 'fraction';
          continue;
        }
        break;
      }
      if (lastClass === 'scale' && (nw in EN_UNITS || nw in EN_TENS || /-/.test(nw))) {
        pos = gapEnd(text, token.end);
        expectMore = true;
        continue;
      }
      break;
    }
    if (w in EN_SCALES) {
      if (lastClass === null || lastClass === 'scale' || lastClass === 'fraction') break;
      if (w === 'hundred') current = (current || 1) * 100;
      else {
        total += (current || 1) * 1000;
        current = 0;
      }
      lastClass = 'scale';
    } else if (w in EN_TENS) {
      if (lastClass === 'unit' || lastClass === 'tens' || lastClass === 'german' || lastClass === 'fraction')
        break;
      current += EN_TENS[w]!;
      lastClass = 'tens';
    } else if (w in EN_UNITS || /^[a-z]+-[a-z]+$/.test(w)) {
      const value = numberWordValue(w);
      if (value === null) break;
      if (lastClass === 'unit' || lastClass === 'german' || lastClass === 'fraction') break;
      if (lastClass === 'tens' && value >= 10) break;
      current += value;
      lastClass = 'unit';
    } else if (lastClass === 'german' && current === 1 && /^halbe[nrs]?$/.test(w)) {
      // "eine halbe Stunde", "einer halben Stunde"
      current = 0.5;
      lastClass = 'fraction';
    } else {
      const value: number | null = lastClass === null ? numberWordValue(w) : null;
      if (value === null) break;
      current += value;
      lastClass = Number.isInteger(value) ? 'german' : 'fraction';
    }
    end = token.end;
    expectMore = false;
    pos = gapEnd(text, token.end);
  }
  if (expectMore && end === at) return null;
  let value = total + current;

  // Decimals written out: "ninety-nine point nine", "neunundneunzig Komma fünf".
  const point = wordAt(text, gapEnd(text, end));
  if (point && end > at && /^(?:point|komma)$/i.test(point.word)) {
    let digits = '';
    let digitEnd = point.end;
    let p = gapEnd(text, point.end);
    for (let next = wordAt(text, p); next; next = wordAt(text, p)) {
      const digit = numberWordValue(next.word);
      if (digit === null || digit > 9 || !Number.isInteger(digit)) break;
      digits += String(digit);
      digitEnd = next.end;
      p = gapEnd(text, next.end);
    }
    if (digits) {
      value = Number(`${Math.trunc(value)}.${digits}`);
      end = digitEnd;
    }
  }
  return end > at ? { value, end } : null;
}

/** Counts written as adverbs: "twice", "dreimal". */
const TIMES_WORDS: Record<string, number> = {
  once: 1,
  twice: 2,
  thrice: 3,
  einmal: 1,
  zweimal: 2,
  dreimal: 3,
  viermal: 4,
  fünfmal: 5,
  sechsmal: 6,
};

const TIMES = new Map(Object.entries(TIMES_WORDS));

/** `word` in lower case. */
export function timesWordValue(word: string): number | null {
  return TIMES.get(word) ?? null;
}

/** Whether a lower-cased word can start a number written in words (cheap pre-check for the scanner). */
export function mayStartNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w === 'half' || numberWordValue(w) !== null;
}

/**
 * The first two letters of every number word in either language, lower case: a word that starts
 * otherwise cannot start a number, which lets the scanner skip most words without reading them.
 */
export const NUMBER_WORD_STARTS: ReadonlySet<string> = new Set(
  [
    ...Object.keys(EN_UNITS),
    ...Object.keys(EN_TENS),
    ...Object.keys(DE_UNITS),
    ...Object.keys(DE_TENS),
    ...Object.keys(DE_FRACTIONS),
    'half',
    'hundert',
    'tausend',
  ].map((word) => word.slice(0, 2)),
);
