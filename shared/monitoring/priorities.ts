/**
 * Matching the priority an incident export writes ("P1", "Sev-2", "1 - Critical", "Klasse A",
 * "Urgent", "hoch") to a priority of the agreement. Level 1 is the most urgent.
 */

export interface PriorityName {
  level: number;
  /** The agreement's own name, e.g. "Klasse A (kritisch)" or "P1 – Critical". */
  name: string;
  /** Further names the agreement uses for it (from term labels: "Severity 1"). */
  aliases: readonly string[];
}

const GENERIC_WORDS = new Set([
  'p',
  'prio',
  'priority',
  'priorität',
  'prioritaet',
  'klasse',
  'class',
  'severity',
  'sev',
  'level',
  'stufe',
  'störung',
  'störungsklasse',
  'incident',
  'kategorie',
  'category',
  'schweregrad',
  'tier',
]);

/** Rank 1 = most urgent; words in German and English as tools and contracts write them. */
const VOCABULARY: [RegExp, number][] = [
  [
    /\b(sehr hoch|very high|höchst|highest|critical|kritisch|urgent|dringend|emergency|notfall|blocker|showstopper)\b/u,
    1,
  ],
  [/\b(high|hoch|major|schwer|schwerwiegend|erheblich|important|wichtig)\b/u, 2],
  [/\b(medium|moderate|mittel|normal|standard|minor)\b/u, 3],
  [/\b(low|niedrig|gering|trivial|lowest|planning|unkritisch|leicht)\b/u, 4],
];

export function normalizePriorityText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[–—_]/g, '-')
    .replace(/["'“”„‚‘’«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const KEY_AFTER_WORD =
  /(?:^|[^\p{L}])(?:p|prio|priority|priorität|prioritaet|sev|severity|schweregrad|level|stufe|klasse|class|kategorie|category|cat|störungsklasse|tier)\s*[-#:.]?\s*(\d{1,2}|[a-e])(?![\p{L}\d])/u;
const LEADING_NUMBER = /^(\d{1,2})(?:\s*[-:.)]|\s|$)/u;
const LONE_LETTER = /^([a-e])$/u;

/** `"1"`, `"a"`: the class key a priority text carries, if any. */
export function priorityKey(text: string): string | null {
  const value = normalizePriorityText(text);
  const match = KEY_AFTER_WORD.exec(value) ?? LEADING_NUMBER.exec(value) ?? LONE_LETTER.exec(value);
  return match ? match[1]!.replace(/^0+(?=\d)/, '') : null;
}

function vocabularyRank(text: string): number | null {
  const value = normalizePriorityText(text);
  for (const [pattern, rank] of VOCABULARY) if (pattern.test(value)) return rank;
  return null;
}

function words(text: string): string[] {
  return normalizePriorityText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !GENERIC_WORDS.has(word) && !/^\d+$/.test(word));
}

function segments(name: string): string[] {
  const value = normalizePriorityText(name);
  return [value, ...value.split(/\s+-\s+|[:(),/]/u).map((part) => part.trim())].filter(Boolean);
}

const letterIndex = (key: string) => key.charCodeAt(0) - 96;

/** Builds the matcher once per agreement; `match` then costs a few map look-ups per row. */
export function priorityMatcher(priorities: readonly PriorityName[]): (value: string) => number | null {
  const strong = new Map<string, number | null>();
  const claim = <K>(map: Map<K, number | null>, key: K, level: number) => {
    if (key === '') return;
    const seen = map.get(key);
    map.set(key, seen === undefined || seen === level ? level : null);
  };
  for (const priority of priorities)
    for (const name of [priority.name, ...priority.aliases])
      for (const part of segments(name)) claim(strong, part, priority.level);

  const keys = new Map<string, number | null>();
  for (const priority of priorities)
    for (const name of [priority.name, ...priority.aliases]) {
      const key = priorityKey(name);
      if (key) claim(keys, key, priority.level);
    }
  const letterKeys = [...keys.keys()].some((key) => /[a-e]/.test(key));
  const levels = new Set(priorities.map((priority) => priority.level));

  const byWord = new Map<string, number | null>();
  for (const priority of priorities)
    for (const name of [priority.name, ...priority.aliases])
      for (const word of words(name)) claim(byWord, word, priority.level);

  const ranks = new Map<number, number | null>();
  for (const priority of priorities) {
    const rank = vocabularyRank([priority.name, ...priority.aliases].join(' '));
    if (rank !== null) claim(ranks, rank, priority.level);
  }

  return (raw) => {
    const value = normalizePriorityText(raw);
    if (!value) return null;
    const exact = strong.get(value);
    if (exact) return exact;

    const key = priorityKey(value);
    if (key) {
      const direct = keys.get(key);
      if (direct) return direct;
      if (keys.size === 0 && /^\d+$/.test(key) && levels.has(Number(key))) return Number(key);
      // "1" against an agreement of classes A, B, C (and "a" against P1, P2 …): by position.
      if (letterKeys && /^\d+$/.test(key)) {
        const letter = String.fromCharCode(96 + Number(key));
        const byLetter = keys.get(letter);
        if (byLetter) return byLetter;
      }
      if (!letterKeys && /^[a-e]$/.test(key)) {
        const byNumber = keys.get(String(letterIndex(key)));
        if (byNumber) return byNumber;
      }
      // A class the agreement does not have ("P5", "5 - Planning" against four priorities) stays unknown.
      return null;
    }

    const named = [
      ...new Set(
        words(value)
          .map((word) => byWord.get(word))
          .filter((level) => level),
      ),
    ];
    if (named.length === 1) return named[0]!;

    const rank = vocabularyRank(value);
    if (rank !== null) {
      if (ranks.size > 0) return ranks.get(rank) ?? null;
      return levels.has(rank) ? rank : null;
    }
    return null;
  };
}
