/**
 * Priority, severity and class labels as customers write them: "P1", "Priority 1", "Priorität 2",
 * "Severity 1 (Critical)", "Sev 2", "Klasse A (kritisch)", "Störungsklasse 1", "Fehlerkategorie II",
 * "Critical (P1)", and names on their own where they clearly name a priority ("critical incidents",
 * "Störungen der Priorität hoch", a table cell "High" in a priority table). Levels are settled for the
 * whole document by {@link buildPriorityScheme}: 1 is always the most urgent.
 */

export interface PriorityMention {
  /** The label as written, name included ("Severity 1 (Critical)"). */
  start: number;
  end: number;
  /** The number, letter (A = 1) or roman numeral as written. */
  ordinal?: number;
  /** Urgency of a name: 0 emergency, 1 critical, 2 high, 3 medium, 4 low, 5 cosmetic. */
  rank?: number;
  /** A name found only at the start of a cell or list item: counts only where priorities are the topic. */
  weak?: boolean;
}

const NAME_RANKS: [RegExp, number][] = [
  [/^(?:emergency|notfall|blocker|showstopper)$/i, 0],
  [
    /^(?:critical|kritisch(?:e[nrms]?)?|betriebsverhindernd(?:e[nrms]?)?|very high|sehr hoch(?:e[nrms]?)?)$/i,
    1,
  ],
  [/^(?:severe|schwerwiegend(?:e[nrms]?)?|schwer(?:e[nrms]?)?)$/i, 1.2],
  [/^(?:urgent|dringend(?:e[nrms]?)?)$/i, 1.5],
  [
    /^(?:high|hoch|hohe[nrms]?|major|betriebsbehindernd(?:e[nrms]?)?|erheblich(?:e[nrms]?)?|wesentlich(?:e[nrms]?)?|important|wichtig(?:e[nrms]?)?)$/i,
    2,
  ],
  [/^(?:medium|mittel|mittlere[nrms]?|normal(?:e[nrms]?)?|moderate)$/i, 3],
  [
    /^(?:low|niedrig(?:e[nrms]?)?|gering(?:e[nrms]?)?|minor|leicht(?:e[nrms]?)?|geringfügig(?:e[nrms]?)?)$/i,
    4,
  ],
  [/^(?:trivial|cosmetic|kosmetisch(?:e[nrms]?)?|unerheblich(?:e[nrms]?)?|sonstige[nrms]?)$/i, 5],
];

const NAME = String.raw`(?:emergency|notfall|blocker|showstopper|critical|kritisch(?:e[nrms]?)?|betriebsverhindernd(?:e[nrms]?)?|very[ \u00a0]high|sehr[ \u00a0]hoch(?:e[nrms]?)?|severe|schwerwiegend(?:e[nrms]?)?|schwer(?:e[nrms]?)?|urgent|dringend(?:e[nrms]?)?|high|hoch|hohe[nrms]?|major|betriebsbehindernd(?:e[nrms]?)?|erheblich(?:e[nrms]?)?|wesentlich(?:e[nrms]?)?|important|wichtig(?:e[nrms]?)?|medium|mittel|mittlere[nrms]?|normal(?:e[nrms]?)?|moderate|low|niedrig(?:e[nrms]?)?|gering(?:e[nrms]?)?|minor|leicht(?:e[nrms]?)?|geringfügig(?:e[nrms]?)?|trivial|cosmetic|kosmetisch(?:e[nrms]?)?|unerheblich(?:e[nrms]?)?|sonstige[nrms]?)`;

export function rankOfName(name: string): number | undefined {
  const normalized = name.replace(/[ \u00a0]+/g, ' ').trim();
  return NAME_RANKS.find(([pattern]) => pattern.test(normalized))?.[1];
}

const KEYWORD = String.raw`(?:Prio\.?|Priorit(?:y|ät|aet)(?:s?stufe|s?klasse|[ \u00a0-]?level|[ \u00a0-]?class)?|Severity(?:[ \u00a0-]?level)?|Sev\.?|Schweregrad|Dringlichkeit(?:sstufe)?|(?:Störungs|Stoerungs|Fehler|Incident|Prioritäts|Schwere)(?:klasse|kategorie|stufe)|Incident[ \u00a0-]?(?:class|category|level|priority)|Klasse|Kategorie|Class|Category|Impact[ \u00a0-]?level)`;
const LEVEL = String.raw`(\d(?![\d\p{L}]|[.,]\d)|[A-E](?![\p{L}\p{N}])|(?:IV|V|I{1,3})(?![\p{L}\p{N}]))`;
const KEYWORD_LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${KEYWORD}[ \u00a0]?[-:#.]?[ \u00a0]?${LEVEL}`,
  'giu',
);
const P_LABEL = /(?<![\p{L}\p{N}])P[ \u00a0-]?(\d)(?![\d\p{L}]|[.,]\d)/gu;
const NAME_AFTER = new RegExp(
  String.raw`^[ \u00a0]*(?:[(\[„"“'«»]|[–—:=-][ \u00a0]*[„"“'«»]?)?[ \u00a0]*(${NAME})(?![\p{L}])[ \u00a0]*[)\]“"'»«]?`,
  'iu',
);
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${NAME})[ \u00a0]*(?:\(|–|—|-|/)[ \u00a0]*$`, 'iu');
/** Cheap test before the name list: a word, then a bracket or dash, then the label. */
const NAME_BEFORE_HINT = /\p{L}[ \u00a0]*(?:\(|–|—|-|\/)[ \u00a0]*$/u;
const NAME_WITH_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})(?:[ \u00a0-]+(?:priority|severity|prio)(?![\p{L}])|[ \u00a0]+(?:incidents?|faults?|issues?|tickets?|errors?|defects?|problems?|outages?|cases?|calls?|requests?|Störung(?:en)?|Fehler[n]?|Mängel[n]?|Mangel|Incidents?|Vorfälle[n]?|Vorfall|Tickets?|Meldung(?:en)?|Priorität)(?![\p{L}]))`,
  'giu',
);
const KEYWORD_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:priority|severity|prio|priorität|schweregrad|dringlichkeit|einstufung|impact)[ \u00a0]*(?:is|of|der|:|=|-|–)?[ \u00a0]*[„"“'«»]?(${NAME})(?![\p{L}])[“"'»«]?`,
  'giu',
);
/** "…, betriebsbehindernde binnen 3 Werktagen", "high: within 4 hours": a name standing for "… incidents". */
const ELLIPTIC_NAME = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\s(?:and|und|sowie|or|oder)\s+)(${NAME})(?=\s+(?:binnen|innerhalb|within|spätestens|in|no later|not later|nach)(?![\p{L}]))`,
  'giu',
);
const LEADING_NAME = new RegExp(String.raw`^[\s•·*–—-]*(${NAME})(?![\p{L}])[ \u00a0]*(?=$|[:(–—-]|\))`, 'iu');

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

function ordinalOf(token: string): number | undefined {
  if (/^\d$/.test(token)) return Number(token);
  if (/^[A-E]$/.test(token)) return token.charCodeAt(0) - 64;
  return ROMAN[token];
}

/** Every priority label in `text`, in order, without overlaps. */
export function findPriorityLabels(text: string): PriorityMention[] {
  const out: PriorityMention[] = [];
  // Characters already part of a label: earlier (stronger) patterns win, and checking is per character.
  const taken = new Uint8Array(text.length);
  const add = (mention: PriorityMention) => {
    for (let i = mention.start; i < mention.end; i++) if (taken[i]) return;
    taken.fill(1, mention.start, mention.end);
    out.push(mention);
  };
  const withName = (start: number, end: number, ordinal: number | undefined) => {
    const mention: PriorityMention = { start, end, ordinal };
    const after = NAME_AFTER.exec(text.slice(end, end + 40));
    if (after) {
      mention.rank = rankOfName(after[1]!);
      mention.end = end + after[0].length;
    } else {
      const sliceStart = Math.max(0, start - 30);
      const head = text.slice(sliceStart, start);
      const before = NAME_BEFORE_HINT.test(head) ? NAME_BEFORE.exec(head) : null;
      if (before) {
        mention.rank = rankOfName(before[1]!);
        mention.start = sliceStart + before.index;
        // "Critical (P1)": the closing bracket belongs to the label.
        if (before[0].includes('(') && text[end] === ')') mention.end = end + 1;
      }
    }
    add(mention);
  };
  for (const pattern of [KEYWORD_LABEL, P_LABEL]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const token = match[1]!;
      // Letters and roman numerals are written in capitals; "Class a" or "Klasse i" are not labels.
      if (!/^\d$/.test(token) && token !== token.toUpperCase()) continue;
      const ordinal = ordinalOf(token);
      if (ordinal === undefined) continue;
      // "Level 1 support", "2nd level": support tiers, not priorities.
      if (
        /^[ \u00a0-]*(?:support|-?support|team|engineer|techniker)/i.test(
          text.slice(pattern.lastIndex, pattern.lastIndex + 12),
        )
      )
        continue;
      withName(match.index, pattern.lastIndex, ordinal);
    }
  }
  ELLIPTIC_NAME.lastIndex = 0;
  for (let match = ELLIPTIC_NAME.exec(text); match; match = ELLIPTIC_NAME.exec(text)) {
    const rank = rankOfName(match[1]!);
    const start = match.index + match[0].length - match[1]!.length;
    if (rank !== undefined) add({ start, end: start + match[1]!.length, rank });
  }
  for (const pattern of [KEYWORD_THEN_NAME, NAME_WITH_NOUN]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const nameStart = match.index + match[0].indexOf(match[1]!);
      const rank = rankOfName(match[1]!);
      if (rank === undefined) continue;
      const end =
        pattern === KEYWORD_THEN_NAME ? match.index + match[0].length : nameStart + match[1]!.length;
      add({ start: pattern === KEYWORD_THEN_NAME ? match.index : nameStart, end, rank });
    }
  }
  const leading = LEADING_NAME.exec(text);
  if (leading) {
    const nameStart = leading[0].indexOf(leading[1]!);
    const rank = rankOfName(leading[1]!);
    if (rank !== undefined) add({ start: nameStart, end: nameStart + leading[1]!.length, rank, weak: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface PriorityScheme {
  /** Level of a mention (1 = most urgent), or undefined when the document leaves it open. */
  levelOf(mention: PriorityMention): number | undefined;
  warnings: {
    code: 'priorities-reversed' | 'priorities-inconsistent' | 'priority-name-unmapped';
    detail: string;
  }[];
}

/**
 * Settles levels over every label of a document: numbers and letters as written (shifted when a scheme
 * starts at 0, reversed when its names say 1 is the least urgent), names by the numbered label that
 * carries the same name, or — when a document names priorities only — by urgency among those names.
 */
export function buildPriorityScheme(mentions: readonly PriorityMention[]): PriorityScheme {
  const warnings: PriorityScheme['warnings'] = [];
  const numbered = mentions.filter((m) => m.ordinal !== undefined);
  const ordinals = numbered.map((m) => m.ordinal!);
  // A loop, not Math.min(...): a long document has more labels than a call may take arguments.
  let min = ordinals.length ? Infinity : 1;
  let max = ordinals.length ? -Infinity : 1;
  for (const ordinal of ordinals) {
    if (ordinal < min) min = ordinal;
    if (ordinal > max) max = ordinal;
  }
  const shift = min === 0 ? 1 : 0;

  // Pair each ordinal with the urgency its names give it.
  const rankByOrdinal = new Map<number, number>();
  for (const m of numbered)
    if (m.rank !== undefined && !rankByOrdinal.has(m.ordinal!)) rankByOrdinal.set(m.ordinal!, m.rank);
  const pairs = [...rankByOrdinal.entries()].sort((a, b) => a[0] - b[0]);
  let reversed = false;
  if (pairs.length >= 2) {
    const rising = pairs.every((p, i) => i === 0 || p[1] > pairs[i - 1]![1]);
    const falling = pairs.every((p, i) => i === 0 || p[1] < pairs[i - 1]![1]);
    if (falling && !rising) {
      reversed = true;
      warnings.push({ code: 'priorities-reversed', detail: `${min}–${max}` });
    } else if (!rising)
      warnings.push({ code: 'priorities-inconsistent', detail: pairs.map((p) => p[0]).join(',') });
  }
  const levelOfOrdinal = (ordinal: number) => (reversed ? max + min - ordinal : ordinal) + shift;
  const levelByRank = new Map<number, number>();
  for (const [ordinal, rank] of pairs) levelByRank.set(rank, levelOfOrdinal(ordinal));

  // Names alone: order the distinct urgencies the document uses.
  const nameRanks = [
    ...new Set(mentions.filter((m) => m.ordinal === undefined && m.rank !== undefined).map((m) => m.rank!)),
  ].sort((a, b) => a - b);
  const unmapped = new Set<number>();
  return {
    levelOf(mention) {
      if (mention.ordinal !== undefined) return levelOfOrdinal(mention.ordinal);
      if (mention.rank === undefined) return undefined;
      if (numbered.length > 0) {
        const level = levelByRank.get(mention.rank);
        if (level === undefined && !unmapped.has(mention.rank)) {
          unmapped.add(mention.rank);
          warnings.push({ code: 'priority-name-unmapped', detail: String(mention.rank) });
        }
        return level;
      }
      return nameRanks.indexOf(mention.rank) + 1 || undefined;
    },
    warnings,
  };
}
