import type { ClauseKind, Language, TableRole } from '../../model/document';

/** What a clause is about, guessed from its heading (German and English). */
const KIND_WORDS: [ClauseKind, RegExp][] = [
  ['force-majeure', /force majeure|höhere gewalt/i],
  ['data-protection', /data protection|privacy|datenschutz/i],
  ['chronic-failure', /chronic|chronisch|wiederholte/i],
  ['service-credits', /credit|gutschrift|vertragsstrafe|malus/i],
  ['incentives', /bonus|incentive|anreiz|prämie|earn-back/i],
  ['availability', /availab|verfügbar/i],
  ['maintenance', /mainten|wartung/i],
  ['priorities', /incident|response|priorit|reaktion|störung/i],
  ['service-hours', /service hours|support hours|servicezeit|betriebszeit|supportzeit/i],
  ['reporting', /report|bericht/i],
  ['liability', /liabil|haftung/i],
  ['review-change', /review|change|überprüf|änderung/i],
  ['term-termination', /termination|^term\b|duration of|laufzeit|kündigung/i],
  ['exclusions', /exclusion|ausschl|ausnahme/i],
  ['definitions', /definition|begriff/i],
  ['parties-scope', /scope|parties|leistungsumfang|gegenstand|vertragspartner|leistungsbeschreibung/i],
];

export function guessClauseKind(heading: string): ClauseKind {
  return KIND_WORDS.find(([, pattern]) => pattern.test(heading))?.[0] ?? 'other';
}

/** `Maintenance windows` → `maintenance-windows`; stable across renumbering, unlike the number. */
export function slugify(text: string, max = 48): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

const GERMAN = new Set([
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'für',
  'den',
  'eine',
  'wird',
  'werden',
  'zu',
  'je',
]);
const ENGLISH = new Set([
  'the',
  'and',
  'is',
  'of',
  'for',
  'with',
  'to',
  'a',
  'in',
  'be',
  'are',
  'by',
  'each',
]);

/** Picks the language by counting frequent function words; the file's metadata is often wrong. */
export function detectLanguage(text: string, fallback: Language): Language {
  // The first pages decide; scanning a whole 100-page file costs time and changes nothing.
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let score = 0;
  for (const word of words) {
    if (GERMAN.has(word)) score += 1;
    else if (ENGLISH.has(word)) score -= 1;
  }
  return score > 0 ? 'de' : score < 0 ? 'en' : fallback;
}

export function tableRoleOf(headerTexts: readonly string[]): TableRole {
  const joined = headerTexts.join(' | ').toLowerCase();
  if (/priorit/.test(joined) && /(response|reaktion)/.test(joined)) return 'service-levels';
  if (/(credit|gutschrift)/.test(joined)) return 'service-credits';
  return 'generic';
}
