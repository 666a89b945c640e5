import type { ClauseKind, Language, Mark, Parties, TableRole } from '../model/document';
import type { Block, Clause, Inline, SlaDocument } from '../redline/legacyModel';
import type { Term } from '../model/term';
import { detectValues } from './readTermValue';
import type { NumberLabel, ResolvedStyle } from './wordStyles';
import { paragraphText, type ViewBlock, type ViewParagraph } from './wordViews';

export interface BuildContext {
  style: (styleId: string | undefined) => ResolvedStyle | undefined;
  /** A fresh numbering counter for this view (counters are stateful). */
  numbering: (numId: string, ilvl: number) => NumberLabel | undefined;
  language: Language;
  fallbackTitle: string;
  /** Without a reference, percentages and durations become terms with place-derived ids. */
  detectTerms: boolean;
  warnings: Set<string>;
}

export interface BuiltDocument {
  doc: SlaDocument;
  /** Top-level body element index → clause id, for placing tracked changes and comments. */
  clauseOfSource: Map<number, string>;
  /** Clause id → number as written in the file (`3`, `3.1`), for mapping onto a reference. */
  numbers: Map<string, string>;
}

const LITERAL_NUMBER = /^(?:§\s*)?(\d{1,3}(?:\.\d{1,3}){0,3})(?:\.|\))?(?:\s+|$)([\s\S]*)$/;
const PARTY_LINE =
  /^(?:between|zwischen)\s+(?:der\s+|dem\s+|the\s+)?(.+?)\s*\(\s*["'“”„‚‘’«»]*\s*(?:provider|anbieter|auftragnehmer|supplier|dienstleister)\s*["'“”„‚‘’«»]*\s*\)\s*,?\s+(?:and|und)\s+(?:der\s+|dem\s+|the\s+)?(.+?)\s*\(\s*["'“”„‚‘’«»]*\s*(?:customer|kunde|auftraggeber|client)\s*["'“”„‚‘’«»]*\s*\)\s*\.?\s*$/iu;

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

/** Picks the language by counting frequent function words; the file's metadata is often wrong. */
export function detectLanguage(text: string, fallback: Language): Language {
  // The first pages decide; scanning a whole 100-page file costs time and changes nothing.
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const de = new Set([
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
  const en = new Set(['the', 'and', 'is', 'of', 'for', 'with', 'to', 'a', 'in', 'be', 'are', 'by', 'each']);
  let score = 0;
  for (const word of words) {
    if (de.has(word)) score += 1;
    else if (en.has(word)) score -= 1;
  }
  return score > 0 ? 'de' : score < 0 ? 'en' : fallback;
}

interface ParagraphInfo {
  paragraph: ViewParagraph;
  text: string;
  headingLevel?: 1 | 2;
  styledHeading: boolean;
  title: boolean;
  label?: NumberLabel;
}

function styleHeadingLevel(paragraph: ViewParagraph, style: ResolvedStyle | undefined): number | undefined {
  const name = style?.name ?? paragraph.styleId ?? '';
  const byName =
    /^(?:heading|überschrift|berschrift)\s*([1-9])$/i.exec(name) ??
    /^(?:Heading|berschrift)([1-9])$/.exec(paragraph.styleId ?? '');
  if (byName) return Number(byName[1]);
  const outline = paragraph.outlineLvl ?? style?.outlineLvl;
  return outline !== undefined && outline < 9 ? outline + 1 : undefined;
}

function isTitleStyle(paragraph: ViewParagraph, style: ResolvedStyle | undefined): boolean {
  return /^(title|titel)$/i.test(style?.name ?? '') || /^(Title|Titel)$/.test(paragraph.styleId ?? '');
}

function toInlines(runs: readonly { text: string; marks: readonly Mark[] }[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\t/g, ' ');
    if (!text) continue;
    const last = out[out.length - 1];
    const marks = run.marks.length > 0 ? [...run.marks] : undefined;
    if (last?.type === 'text' && (last.marks ?? []).join() === (marks ?? []).join()) last.text += text;
    else out.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
  }
  return out;
}

/** The model caps one text inline at 200,000 characters; longer runs are split (same text, same marks). */
const MAX_INLINE_TEXT = 100_000;
function splitLongTexts(inlines: Inline[]): Inline[] {
  if (!inlines.some((inline) => inline.type === 'text' && inline.text.length > MAX_INLINE_TEXT))
    return inlines;
  return inlines.flatMap((inline) => {
    if (inline.type !== 'text' || inline.text.length <= MAX_INLINE_TEXT) return [inline];
    const pieces: Inline[] = [];
    for (let i = 0; i < inline.text.length; i += MAX_INLINE_TEXT)
      pieces.push({ ...inline, text: inline.text.slice(i, i + MAX_INLINE_TEXT) });
    return pieces;
  });
}

function trimInlines(inlines: Inline[]): Inline[] {
  const out = inlines.map((inline) => ({ ...inline }));
  const first = out[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = out[out.length - 1];
  // trimEnd, not /\s+$/: that regex is quadratic on a long inner run of spaces (found by fuzzing).
  if (last?.type === 'text') last.text = last.text.trimEnd();
  return splitLongTexts(out.filter((inline) => inline.type !== 'text' || inline.text.length > 0));
}

export function inlinesText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : '')).join('');
}

/** Replaces character spans of the inlines' text by term references; marks outside the spans stay. */
export function spliceTerms(
  inlines: readonly Inline[],
  spans: readonly { start: number; end: number; termId: string }[],
): Inline[] {
  if (spans.length === 0) return [...inlines];
  const out: Inline[] = [];
  let offset = 0;
  let spanIndex = 0;
  const push = (text: string, marks: Mark[] | undefined) => {
    if (text) out.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
  };
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      out.push(inline);
      continue;
    }
    const start = offset;
    const end = offset + inline.text.length;
    let cursor = start;
    while (spanIndex < spans.length && spans[spanIndex]!.start < end) {
      const span = spans[spanIndex]!;
      if (span.start > cursor) push(inline.text.slice(cursor - start, span.start - start), inline.marks);
      if (span.start >= cursor) out.push({ type: 'term', termId: span.termId });
      if (span.end <= end) {
        cursor = Math.max(cursor, span.end);
        spanIndex += 1;
      } else {
        cursor = end;
        break;
      }
    }
    if (cursor < end) push(inline.text.slice(cursor - start), inline.marks);
    offset = end;
  }
  return out;
}

const KIND_LABEL: Record<Language, Record<'percent' | 'duration', string>> = {
  en: { percent: 'percentage', duration: 'time' },
  de: { percent: 'Prozentwert', duration: 'Zeitwert' },
};

export function buildSlaDocument(view: readonly ViewBlock[], context: BuildContext): BuiltDocument {
  const { language } = context;

  function info(paragraph: ViewParagraph): ParagraphInfo {
    const style = context.style(paragraph.styleId);
    const text = paragraphText(paragraph).replace(/\s+/g, ' ').trim();
    const numId = paragraph.numId ?? style?.numId;
    const label =
      numId !== undefined ? context.numbering(numId, paragraph.ilvl ?? style?.ilvl ?? 0) : undefined;
    const level = styleHeadingLevel(paragraph, style);
    const result: ParagraphInfo = {
      paragraph,
      text,
      styledHeading: level !== undefined,
      title: isTitleStyle(paragraph, style),
    };
    if (label) result.label = label;
    if (level !== undefined) result.headingLevel = level >= 2 ? 2 : 1;
    else if (!result.title && text.length > 0 && text.length <= 150 && LITERAL_NUMBER.test(text)) {
      const allBold =
        style?.bold === true ||
        paragraph.runs.filter((run) => run.text.trim()).every((run) => run.marks.includes('bold'));
      if (allBold) result.headingLevel = 1;
    }
    return result;
  }

  const items: (ParagraphInfo | { table: Extract<ViewBlock, { kind: 'table' }> })[] = view.map((block) =>
    block.kind === 'paragraph' ? info(block) : { table: block },
  );
  const paragraphs = items.filter((item): item is ParagraphInfo => 'paragraph' in item);
  // Files without heading styles or bold headings: short numbered lines are the headings.
  if (!paragraphs.some((p) => p.headingLevel !== undefined))
    for (const p of paragraphs)
      if (
        !p.title &&
        p.text.length <= 80 &&
        /^\d/.test(p.text) &&
        LITERAL_NUMBER.test(p.text) &&
        !/[.:;,]$/.test(p.text)
      )
        p.headingLevel = 1;

  let title = '';
  let parties: Parties = { provider: '', customer: '' };
  const clauses: Clause[] = [];
  const numbers = new Map<string, string>();
  const clauseOfSource = new Map<number, string>();
  const usedIds = new Set<string>();
  let current: Clause | null = null;
  let pendingList: { list: string; ordered: boolean; items: Inline[][] } | null = null;
  let sawHeading = false;
  let partyAttempts = 0;

  const uniqueId = (base: string) => {
    let id = base.slice(0, 60) || 'clause';
    for (let n = 2; usedIds.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
    usedIds.add(id);
    return id;
  };
  const ensureClause = (): Clause => {
    if (!current) {
      current = { id: uniqueId('preamble'), kind: 'other', heading: '', level: 1, body: [] };
      clauses.push(current);
    }
    return current;
  };
  const flushList = () => {
    if (pendingList && current) {
      for (let i = 0; i < pendingList.items.length; i += 1000)
        pushBlock({
          type: 'list',
          ordered: pendingList.ordered,
          items: pendingList.items.slice(i, i + 1000),
        });
    }
    pendingList = null;
  };
  const pushBlock = (block: Block) => {
    const clause = ensureClause();
    if (clause.body.length >= 5_000) {
      context.warnings.add('A clause with more than 5,000 paragraphs was cut short.');
      return;
    }
    clause.body.push(block);
  };

  for (const item of items) {
    if ('table' in item) {
      flushList();
      const clause = ensureClause();
      clauseOfSource.set(item.table.source, clause.id);
      pushBlock(buildTable(item.table, context));
      continue;
    }
    const p = item;
    if (
      !sawHeading &&
      !title &&
      (p.title ||
        (p.text &&
          p.headingLevel === undefined &&
          !(p.text.length <= 800 && partyAttempts < 10 && PARTY_LINE.test(p.text)) &&
          p.text.length <= 200 &&
          !/[.:;]$/.test(p.text) &&
          clauses.length === 0))
    ) {
      title = p.text.slice(0, 500);
      continue;
    }
    if (!sawHeading && p.headingLevel === undefined) {
      // Bounded: the pattern backtracks, and a parties line is short and near the top.
      const party = p.text.length <= 800 && partyAttempts++ < 10 ? PARTY_LINE.exec(p.text) : null;
      if (party && !parties.provider) {
        parties = { provider: party[1]!.trim().slice(0, 300), customer: party[2]!.trim().slice(0, 300) };
        continue;
      }
    }
    if (p.headingLevel !== undefined && p.text) {
      flushList();
      sawHeading = true;
      const literal = LITERAL_NUMBER.exec(p.text);
      let number = '';
      let heading = p.text;
      if (literal && /^\d/.test(p.text.replace(/^§\s*/, ''))) {
        number = literal[1]!;
        heading = literal[2]!.trim();
      } else if (p.label?.label) number = p.label.label.replace(/[.)]+$/, '');
      const level: 1 | 2 = number.includes('.') ? 2 : number ? 1 : p.headingLevel;
      const slug = slugify(heading);
      const id = uniqueId(
        slug || (number ? `clause-${number.replace(/\./g, '-')}` : `clause-${clauses.length + 1}`),
      );
      current = { id, kind: guessClauseKind(heading), heading: heading.slice(0, 500), level, body: [] };
      clauses.push(current);
      if (clauses.length > 5_000) throw new RangeError('too many clauses');
      numbers.set(id, number);
      clauseOfSource.set(p.paragraph.source, id);
      continue;
    }
    const clause = ensureClause();
    clauseOfSource.set(p.paragraph.source, clause.id);
    const inlines = trimInlines(toInlines(p.paragraph.runs));
    if (inlines.length === 0) continue;
    const numId = p.paragraph.numId ?? context.style(p.paragraph.styleId)?.numId;
    if (p.label && numId !== undefined && p.headingLevel === undefined) {
      if (!pendingList || pendingList.list !== p.label.list || pendingList.ordered === p.label.bullet) {
        flushList();
        pendingList = { list: p.label.list, ordered: !p.label.bullet, items: [] };
      }
      pendingList.items.push(inlines);
      continue;
    }
    flushList();
    pushBlock({ type: 'paragraph', content: inlines.slice(0, 10_000) });
  }
  flushList();

  const doc: SlaDocument = {
    title: title || context.fallbackTitle.slice(0, 500),
    language,
    parties,
    clauses,
    terms: [],
  };
  if (context.detectTerms) detectGenericTerms(doc);
  return { doc, clauseOfSource, numbers };
}

function cellInlines(cell: readonly ViewParagraph[]): Inline[] {
  const out: Inline[] = [];
  for (const paragraph of cell) {
    const inlines = trimInlines(toInlines(paragraph.runs));
    if (inlines.length === 0) continue;
    if (out.length > 0) out.push({ type: 'text', text: ' ' });
    out.push(...inlines);
  }
  return out;
}

export function tableRoleOf(headerTexts: readonly string[]): TableRole {
  const joined = headerTexts.join(' | ').toLowerCase();
  if (/priorit/.test(joined) && /(response|reaktion)/.test(joined)) return 'service-levels';
  if (/(credit|gutschrift)/.test(joined)) return 'service-credits';
  return 'generic';
}

function buildTable(table: Extract<ViewBlock, { kind: 'table' }>, context: BuildContext): Block {
  if (table.rows.length > 500 || table.rows.some((row) => row.cells.length > 50))
    context.warnings.add('A table larger than 500 rows or 50 columns was cut short.');
  const rows = table.rows.slice(0, 500).map((row) => row.cells.slice(0, 50).map(cellInlines));
  const first = table.rows[0];
  const headerTexts = (rows[0] ?? []).map(inlinesText);
  const role = tableRoleOf(headerTexts);
  const firstRowBold =
    !!first &&
    first.cells.every((cell) =>
      cell.every((p) => p.runs.filter((run) => run.text.trim()).every((run) => run.marks.includes('bold'))),
    ) &&
    first.cells.some((cell) => cell.some((p) => p.runs.some((run) => run.text.trim())));
  return { type: 'table', role, headerRow: !!first?.header || firstRowBold || role !== 'generic', rows };
}

/** Term ids from the clause and the place (`availability_percent_1`), so two imports of similar files agree. */
function termIdBase(clauseId: string): string {
  const base = clauseId
    .replace(/-/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(base) ? base : `c_${base}`;
}

function detectGenericTerms(doc: SlaDocument) {
  const terms: Term[] = [];
  for (const clause of doc.clauses) {
    const counters = { percent: 0, duration: 0 };
    const base = termIdBase(clause.id);
    const convert = (inlines: Inline[]): Inline[] => {
      const text = inlinesText(inlines);
      const spans: { start: number; end: number; termId: string }[] = [];
      for (const found of detectValues(text, doc.language)) {
        // The model holds at most 5,000 terms; values beyond that stay plain text.
        if (terms.length >= 5_000) break;
        counters[found.kind] += 1;
        const id = `${base}_${found.kind}_${counters[found.kind]}`;
        const label =
          `${clause.heading || doc.title || 'Clause'} (${KIND_LABEL[doc.language][found.kind]} ${counters[found.kind]})`.slice(
            0,
            120,
          );
        terms.push(
          found.kind === 'percent'
            ? { id, label, favours: 'neither', kind: 'percent', value: found.value }
            : { id, label, favours: 'neither', kind: 'duration', value: found.value, unit: found.unit! },
        );
        spans.push({ start: found.index, end: found.index + found.length, termId: id });
      }
      return spliceTerms(inlines, spans);
    };
    clause.body = clause.body.map((block): Block => {
      if (block.type === 'paragraph') return { ...block, content: convert(block.content) };
      if (block.type === 'list') return { ...block, items: block.items.map(convert) };
      return { ...block, rows: block.rows.map((row) => row.map(convert)) };
    });
  }
  doc.terms = terms;
}
