import { Term, type DurationUnit } from '../model/term';
import { detectLanguage } from './detectLanguage';
import { comparatorBefore, type Cue, type CueHit } from './lexicon';
import { buildPriorityScheme, type PriorityMention, type PriorityScheme } from './priorities';
import type {
  Recognition,
  RecognisedTerm,
  RecognitionInput,
  RecognitionNote,
  RecognitionNoteCode,
} from './recognition';
import type { ValueMention } from './scanValues';
import { readChoiceTerms, type ChoiceCandidate } from './choiceTerms';
import { catalogEntry, termLabel, type RecognitionLanguage, type TermValue } from './termCatalog';
import {
  boundTo,
  hitsIn,
  labelBefore,
  labelsIn,
  mentionsIn,
  sentenceOf,
  unitHas,
  type TextUnit,
} from './textUnits';
import {
  BLOCK,
  CELL_HEADER,
  HEADING,
  INTRO,
  SEGMENT,
  SENTENCE,
  ValueContext,
  columnHeader,
  readDocument,
  relevantLabels,
  rowLabels,
  type Place,
} from './documentPlaces';

export type {
  Recognition,
  RecognisedTerm,
  RecognitionBlock,
  RecognitionInput,
  RecognitionNote,
} from './recognition';

/**
 * Finds the negotiable terms in any SLA text, German or English, prose or tables: availability and its
 * period, response and resolution per priority, the credit schedule, caps, claim deadline, liability cap,
 * fees, maintenance notice and window, bonus, chronic failure, reporting and review — and the hosting,
 * service desk and SaaS families' own terms (power and cooling, remote hands, call answering, first-contact
 * resolution, recovery time, release notices, data export …). Each term is an annotation on the
 * characters as written. Where the wording leaves a value open, no term is made and a note says why: a
 * wrong term is worse than a missing one.
 */
export function recogniseTerms(input: RecognitionInput): Recognition {
  const language = input.language ?? detectLanguage(allTexts(input));
  const doc = readDocument(input, language);
  const notes: RecognitionNote[] = [];
  const scheme = buildPriorityScheme(doc.places.flatMap((place) => relevantLabels(place)));
  const collector = new Collector(language, scheme, notes);
  collector.priorityLabelsSeen = doc.places.some((place) =>
    relevantLabels(place).some((label) => !label.weak),
  );
  const dataCentre = (units: TextUnit[]) =>
    units.some((unit) => unit.cueSet.has('power') || unit.cueSet.has('cooling') || unit.cueSet.has('rack'));
  collector.hostingContext = doc.places.some((place) => dataCentre([place.unit, place.clause.heading]));
  for (const place of doc.places)
    for (const mention of place.unit.mentions) collector.classify(place, mention);
  collector.pairBands();
  for (const choice of readChoiceTerms(doc.places, language)) collector.addChoice(choice);
  for (const warning of scheme.warnings)
    notes.push({
      code: warning.code === 'priority-name-unmapped' ? 'priorities-inconsistent' : warning.code,
      values: [warning.detail],
    });
  const terms = collector.resolve();
  const priorities = prioritiesOf(doc.places, scheme, terms);
  return { language, terms, priorities, warnings: notes.map((note) => describeNote(note)), notes };
}

function* allTexts(input: RecognitionInput): Generator<string> {
  for (const clause of input.clauses) {
    yield clause.heading;
    for (const block of clause.blocks)
      if (block.type === 'text') yield block.text;
      else for (const row of block.rows) yield row.join(' ');
  }
}

// ---------------------------------------------------------------------------------------------------
// Candidates

type Tag = 'total' | 'aggregate' | 'per-incident' | 'restore' | 'resolve' | 'uniform';

interface Candidate {
  id: string;
  value: TermValue;
  place: Place;
  start: number;
  end: number;
  score: number;
  tag?: Tag;
}

interface BandMark {
  type: 'threshold' | 'credit';
  m: ValueMention;
  place: Place;
  /** Prose: sentence start. Tables: row or column the mark pairs along. */
  key: string;
  /** Tables: the credit's cue came from the column header (pair by row) or the row label (by column). */
  along?: 'row' | 'col';
}

const DURATION_UNITS_OK = new Set<string>([
  'minutes',
  'hours',
  'business-hours',
  'days',
  'business-days',
  'weeks',
  'months',
]);
const DAYS_OR_LONGER = new Set<string>(['days', 'business-days', 'weeks', 'months']);
const HOURS_OR_SHORTER = new Set<string>(['minutes', 'hours', 'business-hours']);

function durationOf(m: ValueMention): TermValue | null {
  if (m.kind !== 'duration' || m.problem || !m.unit || !DURATION_UNITS_OK.has(m.unit)) return null;
  return { kind: 'duration', value: m.value, unit: m.unit as DurationUnit };
}

class Collector {
  private readonly candidates: Candidate[] = [];
  private readonly bandMarks: BandMark[] = [];
  private readonly formulaSentences = new Set<string>();

  constructor(
    private readonly language: RecognitionLanguage,
    private readonly scheme: PriorityScheme,
    private readonly notes: RecognitionNote[],
  ) {}

  note(
    code: RecognitionNoteCode,
    place: Place,
    m?: { start: number; end: number },
    extra: Partial<RecognitionNote> = {},
  ) {
    const { clause, block, row, col } = place.unit;
    const note: RecognitionNote = { code, clause, block };
    if (row !== undefined) note.row = row;
    if (col !== undefined) note.col = col;
    if (m) {
      note.start = m.start;
      note.end = m.end;
      note.text = place.unit.text.slice(m.start, m.end);
    }
    this.notes.push({ ...note, ...extra });
  }

  private add(id: string, value: TermValue, c: ValueContext, score: number, tag?: Tag) {
    // Segment or sentence: both are firm evidence; only weaker places (block, intro, heading) rank lower.
    const candidate: Candidate = {
      id,
      value,
      place: c.place,
      start: c.m.start,
      end: c.m.end,
      score: Math.min(score, SENTENCE),
    };
    if (tag) candidate.tag = tag;
    this.candidates.push(candidate);
  }

  addChoice(choice: ChoiceCandidate) {
    this.candidates.push(choice);
  }

  classify(place: Place, m: ValueMention) {
    if (place.isHeader || m.kind === 'number') {
      if (m.kind === 'number' && !place.isHeader) {
        this.classifyBareNumber(place, m);
        this.coveredUsers(place, m);
      }
      return;
    }
    const c = new ValueContext(place, m);
    if (m.kind === 'percent') this.percent(c);
    else if (m.kind === 'money') this.money(c);
    else if (m.kind === 'duration') this.duration(c);
    else if (m.kind === 'times') this.times(c);
  }

  /** A bare number in a cell whose column or row header names the unit ("Reaktionszeit (Std.)" → 4). */
  private classifyBareNumber(place: Place, m: ValueMention) {
    if (!place.table) return;
    const cellText = place.unit.text.trim();
    const raw = place.unit.text.slice(m.start, m.end);
    if (!new RegExp(String.raw`^(?:[<>≤≥]|unter|below|bis|max\.?)?\s*${escape(raw)}$`, 'iu').test(cellText))
      return;
    const headers = [...columnHeader(place), ...rowLabels(place).slice(0, 1)];
    // "Anzahl der Anwender | 50": how many users the fee covers ("> 50 Anwender betroffen" in a priority
    // table is how bad an incident is).
    if (
      unitHas(headers, 'users') &&
      !unitHas(headers, 'fee') &&
      !place.table.wide.has('priority') &&
      /^\s*(?:(?:bis(?: zu)?|max\.?|up to)\s*)?[\d.,'’\s]+$/iu.test(cellText) &&
      Number.isInteger(m.value) &&
      m.value > 0
    ) {
      this.add('covered_users', { kind: 'count', value: m.value }, new ValueContext(place, m), SENTENCE);
      return;
    }
    for (const header of headers) {
      const hint = headerUnit(header.text);
      if (!hint) continue;
      const mention: ValueMention = { ...m, ...hint };
      if (hint.kind === 'percent' && m.value > 100) return;
      this.classify(place, mention);
      return;
    }
  }

  // ----- percentages -----

  private percent(c: ValueContext) {
    const m = c.m;
    // "Mehrmengen bis 10 % über der Prognose": a volume increase, not a price increase.
    const priceChange = c.inSegment('otherPercent') && c.inSegment('fee');
    if (!m.problem && !priceChange && !c.inSegment('tax') && this.volumeTolerance(c)) return;
    if (c.inSegment('tax') || c.inSegment('otherPercent')) return;
    if (m.problem) {
      if (c.local('availability') || c.local('credit') || c.local('liability'))
        this.note(m.problem === 'out-of-range' ? 'value-out-of-range' : 'unreadable-value', c.place, m);
      return;
    }
    if (this.deskPercent(c) || this.infrastructurePercent(c)) return;
    const credit = c.where('credit');
    const bonus = c.where('bonus');
    const below = this.isBelowThreshold(c);
    // The lower end of a range ("between 99.0 % and 99.5 %") is read with its upper end.
    if (m.rangeLow) {
      if (credit === 0 && bonus === 0 && c.local('availability'))
        this.note('range-not-used', c.place, m, { termId: 'availability' });
      return;
    }
    const capWords = c.hits('segment', 'cap').length > 0 || c.comparator?.comparator === 'atMost';
    if (credit >= SENTENCE || (credit >= HEADING && (below || capWords || c.followedBy('shareOfFee')))) {
      if (bonus > credit) return this.bonusPercent(c, bonus);
      return this.creditPercent(c, credit);
    }
    if (bonus >= SENTENCE || (bonus >= HEADING && (c.followedBy('shareOfFee') || c.local('availability'))))
      return this.bonusPercent(c, bonus);
    const liability = c.where('liability');
    if (liability >= SENTENCE || (liability >= HEADING && c.local('cap'))) {
      if (c.followedBy('shareOfFee', 60) && (c.local('cap') || c.comparator?.comparator === 'atMost'))
        this.add('liability_cap', { kind: 'percent', value: m.value }, c, liability);
      return;
    }
    // A credit table's availability column, or credit prose, is no target — but a KPI row "Availability |
    // 99.9 % | … | 5 %" is, when its own column says nothing of credits.
    const kpiRow = unitHas(c.rowLabel, 'availability') && !unitHas(c.colHeader, 'credit');
    if (credit >= BLOCK && !kpiRow) return;
    this.availabilityPercent(c, below);
  }

  private isBelowThreshold(c: ValueContext): boolean {
    const read = c.comparator;
    if (c.m.low !== undefined) return true;
    if (read?.comparator === 'below' && !read.negated) return true;
    if (!read && c.headerComparator?.comparator === 'below') return true;
    return c.comparatorAfter === 'below' && !(read && read.negated);
  }

  private availabilityPercent(c: ValueContext, below: boolean) {
    const m = c.m;
    if (m.rangeLow || m.low !== undefined) {
      if (c.local('availability')) this.note('range-not-used', c.place, m, { termId: 'availability' });
      return;
    }
    if (m.value < 80 || c.inSentence('availabilityOther') || c.inSentence('tax')) return;
    const read = c.comparator;
    if (below || read?.comparator === 'above' || c.local('chronic') || c.local('terminate')) return;
    const availability = c.where('availability');
    const stated =
      availability >= CELL_HEADER ||
      (availability >= HEADING &&
        (c.inSentence('target') ||
          c.inSentence('measure') ||
          c.inSentence('perMonth') ||
          c.inSentence('perYear') ||
          c.inSentence('measurePeriod')));
    if (!stated) return;
    this.add('availability', { kind: 'percent', value: m.value }, c, availability);
  }

  private creditPercent(c: ValueContext, credit: number) {
    const m = c.m;
    const sentenceKey = `${c.place.order}:${c.sentence[0]}`;
    // "for each 0.1 % below the target, 1 %", "2 % per hour of downtime": a formula, not bands.
    if (
      CREDIT_FORMULA.test(c.unit.text.slice(c.sentence[0], c.sentence[1])) &&
      !c.hits('segment', 'cap').length &&
      c.comparator?.comparator !== 'atMost'
    ) {
      if (!this.formulaSentences.has(sentenceKey)) {
        this.formulaSentences.add(sentenceKey);
        this.note('credit-formula', c.place, { start: c.sentence[0], end: c.sentence[1] });
      }
      return;
    }
    if (
      c.every ||
      /(?:\bfor each|\bper|\bje|\bpro|\bfür jede[ns]?|\bfor every)\s*(?:full|angefangene[ns]?|volle[ns]?)?\s*$/iu.test(
        c.before(30),
      )
    ) {
      if (!this.formulaSentences.has(sentenceKey)) {
        this.formulaSentences.add(sentenceKey);
        this.note('credit-formula', c.place, { start: c.sentence[0], end: c.sentence[1] });
      }
      return;
    }
    // "capped at 25 %", "shall not exceed, in total, 20 %": a cap word before the value, nothing between.
    const firm = (hit: CueHit) => !/^(?:up to|bis zu)$/i.test(c.unit.text.slice(hit.start, hit.end));
    const capHit =
      c.hits('segment', 'cap').some(firm) ||
      c
        .hits('sentence', 'cap')
        .some((hit) => firm(hit) && hit.end <= m.start && !c.valueBetween(hit.end, m.start));
    const atMost = c.comparator?.comparator === 'atMost';
    if (
      (capHit || (atMost && (c.inSentence('total') || c.inSentence('perMonth')))) &&
      !this.isBelowThreshold(c)
    ) {
      this.add('credit_cap', { kind: 'percent', value: m.value }, c, credit);
      return;
    }
    if (m.rangeLow) return;
    const family = this.familyCredit(c);
    if (family) {
      this.add(family, { kind: 'percent', value: m.value }, c, credit);
      return;
    }
    const inTable = Boolean(c.place.table);
    const headerSays = (cue: Cue) => unitHas(c.colHeader, cue) || unitHas(c.rowLabel, cue);
    const along: 'row' | 'col' | undefined = inTable
      ? unitHas(c.colHeader, 'credit')
        ? 'row'
        : unitHas(c.rowLabel, 'credit')
          ? 'col'
          : undefined
      : undefined;
    const key = inTable ? 'table' : sentenceKey;
    const threshold =
      m.value >= 50 &&
      (this.isBelowThreshold(c) ||
        (inTable && headerSays('availability') && !headerSays('credit')) ||
        (!inTable &&
          c.inSegment('availability') &&
          !c.followedBy('shareOfFee') &&
          c.comparator?.comparator !== 'atLeast'));
    const lowerBound = c.comparator?.comparator === 'atLeast' || c.comparator?.comparator === 'above';
    if (threshold || (lowerBound && m.value >= 50)) {
      // "less than 99.95 % but at least 99.0 %": the lower end of a band; a band written only by its
      // lower end ("≥ 99.0 %: 10 %") does not say where it starts.
      if (lowerBound && m.low === undefined) {
        if (!this.hasUpperBoundBeside(c)) this.note('credit-band-incomplete', c.place, m);
        return;
      }
      this.bandMarks.push({ type: 'threshold', m, place: c.place, key, ...(along ? { along } : {}) });
      return;
    }
    this.bandMarks.push({ type: 'credit', m, place: c.place, key, ...(along ? { along } : {}) });
  }

  private hasUpperBoundBeside(c: ValueContext): boolean {
    return mentionsIn(c.unit, c.sentence).some((other) => {
      if (other === c.m || other.kind !== 'percent') return false;
      const read = comparatorBefore(c.unit.text, other.start, c.sentence[0]);
      return read?.comparator === 'below' || other.low !== undefined;
    });
  }

  private bonusPercent(c: ValueContext, bonus: number) {
    const m = c.m;
    if (m.rangeLow) return;
    const read = c.comparator;
    const share = c.followedBy('shareOfFee', 60);
    if (
      !share &&
      m.value >= 80 &&
      (read?.comparator === 'atLeast' ||
        read?.comparator === 'above' ||
        c.comparatorAfter === 'atLeast' ||
        c.inSegment('availability') ||
        unitHas(c.colHeader, 'availability') ||
        unitHas(c.rowLabel, 'availability'))
    )
      this.add('bonus_threshold', { kind: 'percent', value: m.value }, c, bonus);
    else if (share || (m.value < 50 && !c.inSegment('availability')))
      this.add('bonus_amount', { kind: 'percent', value: m.value }, c, bonus);
  }

  pairBands() {
    const groups = new Map<string, BandMark[]>();
    for (const mark of this.bandMarks) {
      const key = `${mark.place.clause.index}:${mark.place.unit.block}:${mark.key}`;
      const list = groups.get(key);
      if (list) list.push(mark);
      else groups.set(key, [mark]);
    }
    const pairs: { threshold: BandMark; credit: BandMark; source: string }[] = [];
    for (const [source, marks] of groups) {
      if (marks[0]!.place.table) this.pairTable(marks, source, pairs);
      else this.pairProse(marks, source, pairs);
    }
    this.addBands(pairs);
  }

  private pairProse(
    marks: BandMark[],
    source: string,
    out: { threshold: BandMark; credit: BandMark; source: string }[],
  ) {
    const thresholds = marks.filter((mark) => mark.type === 'threshold');
    const credits = marks.filter((mark) => mark.type === 'credit');
    if (thresholds.length === 0) return; // credit percentages without a threshold: not a schedule
    if (thresholds.length === credits.length) {
      thresholds.forEach((threshold, i) => out.push({ threshold, credit: credits[i]!, source }));
      return;
    }
    const used = new Set<BandMark>();
    for (const threshold of thresholds) {
      const credit = credits.find((mark) => !used.has(mark) && mark.m.start > threshold.m.start);
      if (!credit) {
        this.note('credit-band-incomplete', threshold.place, threshold.m);
        continue;
      }
      used.add(credit);
      out.push({ threshold, credit, source });
    }
  }

  private pairTable(
    marks: BandMark[],
    source: string,
    out: { threshold: BandMark; credit: BandMark; source: string }[],
  ) {
    const votes = marks.filter((mark) => mark.type === 'credit' && mark.along);
    const along = votes.filter((mark) => mark.along === 'col').length > votes.length / 2 ? 'col' : 'row';
    const lines = new Map<number, BandMark[]>();
    for (const mark of marks) {
      const line = along === 'row' ? mark.place.unit.row! : mark.place.unit.col!;
      const list = lines.get(line);
      if (list) list.push(mark);
      else lines.set(line, [mark]);
    }
    for (const line of [...lines.keys()].sort((a, b) => a - b)) {
      const list = lines.get(line)!;
      const thresholds = list.filter((mark) => mark.type === 'threshold');
      const credits = list.filter((mark) => mark.type === 'credit');
      if (thresholds.length === 1 && credits.length === 1)
        out.push({ threshold: thresholds[0]!, credit: credits[0]!, source });
      else if (thresholds.length + credits.length > 0 && thresholds.length !== credits.length)
        this.note('credit-band-incomplete', list[0]!.place, list[0]!.m);
    }
  }

  private addBands(pairs: { threshold: BandMark; credit: BandMark; source: string }[]) {
    // Each schedule (one table, one clause's prose) is read on its own; two different schedules → none.
    const bySource = new Map<string, typeof pairs>();
    for (const pair of pairs) {
      const key = pair.source
        .split(':')
        .slice(0, pair.threshold.place.table ? 2 : 1)
        .join(':');
      const list = bySource.get(key);
      if (list) list.push(pair);
      else bySource.set(key, [pair]);
    }
    const schedules = [...bySource.values()]
      .map((list) => list.filter((pair) => pair.credit.m.value > 0))
      .filter((list) => list.length > 0);
    if (schedules.length === 0) return;
    const signature = (list: typeof pairs) =>
      [...list]
        .sort((a, b) => b.threshold.m.value - a.threshold.m.value)
        .map((p) => `${p.threshold.m.value}/${p.credit.m.value}`)
        .join(';');
    const first = schedules[0]!;
    if (schedules.some((list) => signature(list) !== signature(first))) {
      this.note('conflicting-values', first[0]!.threshold.place, undefined, {
        termId: 'credit_band1_below',
        values: schedules.map(signature),
      });
      return;
    }
    const sorted = [...first].sort((a, b) => b.threshold.m.value - a.threshold.m.value);
    const thresholds = new Set(sorted.map((p) => p.threshold.m.value));
    if (thresholds.size !== sorted.length) {
      this.note('conflicting-values', sorted[0]!.threshold.place, undefined, {
        termId: 'credit_band1_below',
        values: [signature(sorted)],
      });
      return;
    }
    sorted.forEach((pair, i) => {
      if (i >= 9) return;
      const band = i + 1;
      this.candidates.push(
        {
          id: `credit_band${band}_below`,
          value: { kind: 'percent', value: pair.threshold.m.value },
          place: pair.threshold.place,
          start: pair.threshold.m.start,
          end: pair.threshold.m.end,
          score: SENTENCE,
        },
        {
          id: `credit_band${band}_credit`,
          value: { kind: 'percent', value: pair.credit.m.value },
          place: pair.credit.place,
          start: pair.credit.m.start,
          end: pair.credit.m.end,
          score: SENTENCE,
        },
      );
    });
  }

  // ----- money -----

  private money(c: ValueContext) {
    const m = c.m;
    if (m.problem) {
      if (c.local('fee') || c.local('liability')) this.note('unreadable-value', c.place, m);
      return;
    }
    const value: TermValue = { kind: 'money', value: m.value, currency: m.currency! };
    if (c.inSentence('insurance')) return;
    const liability = c.where('liability');
    const cap = c.local('cap') || c.comparator?.comparator === 'atMost';
    // "liquidated damages … capped at EUR 50,000": a penalty, read as credits, not as the liability cap.
    const creditHere = c.inSegment('credit') || (c.inSentence('credit') && !c.inSegment('liability'));
    if (!creditHere && (liability >= SENTENCE || (liability >= HEADING && cap)) && cap) {
      if (c.inSentence('liabilitySpecial')) {
        this.note('liability-special', c.place, m, { termId: 'liability_cap' });
        return;
      }
      const perIncident = c.inSegment('perOther') || c.followedBy('perOther', 30);
      const aggregate =
        c.inSegment('perYear') ||
        c.inSegment('total') ||
        /aggregate|insgesamt|in total|gesamt/i.test(c.unit.text.slice(c.segment[0], c.segment[1]));
      this.add(
        'liability_cap',
        value,
        c,
        liability,
        perIncident ? 'per-incident' : aggregate ? 'aggregate' : undefined,
      );
      return;
    }
    const credit = c.where('credit');
    if (credit >= SENTENCE) {
      const capNear =
        c.comparator?.comparator === 'atMost' ||
        c.inSegment('cap') ||
        c.hits('sentence', 'cap').some((hit) => hit.end <= c.m.start && !c.valueBetween(hit.end, c.m.start));
      if (capNear) this.add('credit_cap', value, c, credit);
      else this.note('credit-not-percent', c.place, m);
      return;
    }
    if (this.remoteHandsRate(c, value)) return;
    const fee = c.where('fee');
    if (fee < CELL_HEADER && !(fee >= HEADING && c.place.table)) return;
    if (c.inSentence('liability') || c.inSentence('bonus') || c.inSentence('otherPercent')) return;
    const rowText = c.rowLabel.slice(0, 1);
    if (c.inLabelled('feeOther') || unitHas([...rowText, ...c.colHeader], 'feeOther')) {
      if (c.local('onsite') && (c.followedBy('feeOther', 30) || /stunde|hour/i.test(c.afterInSentence(30)))) {
        this.add('onsite_hourly_rate', value, c, fee);
        return;
      }
      this.note('unit-price', c.place, m);
      return;
    }
    const period = this.feePeriod(c);
    const total = c.inSegment('total') || unitHas(rowText, 'total');
    if (period === 'month') this.add('monthly_fee', value, c, fee, total ? 'total' : undefined);
    else if (period === 'year') this.add('annual_fee', value, c, fee, total ? 'total' : undefined);
    else this.note('fee-period-unknown', c.place, m, { termId: 'monthly_fee' });
  }

  private feePeriod(c: ValueContext): 'month' | 'year' | 'quarter' | undefined {
    const near = (cue: Cue) => c.followedBy(cue, 40) || c.precededBy(cue, 60);
    for (const test of [
      (cue: Cue) => c.inLabelled(cue),
      near,
      (cue: Cue) => c.inSentence(cue),
      (cue: Cue) => unitHas([...c.colHeader, ...c.rowLabel], cue),
      (cue: Cue) => c.where(cue) >= INTRO,
    ]) {
      const month = test('perMonth');
      const year = test('perYear');
      const quarter = test('perQuarter');
      if (month && !year && !quarter) return 'month';
      if (year && !month && !quarter) return 'year';
      if (quarter && !month && !year) return 'quarter';
      if (month || year || quarter) return undefined;
    }
    return undefined;
  }

  // ----- durations -----

  private duration(c: ValueContext) {
    const m = c.m;
    const value = durationOf(m);
    // "24 hours a day", "7 days a week", "24 Stunden an 7 Tagen": service hours, not a time limit.
    if (
      /^[ \u00a0]*(?:a day|a week|per day|per week|am tag|pro tag|die woche|pro woche|an 7|,?[ \u00a0]*7[ \u00a0]*(?:days|tage))/i.test(
        c.afterInSentence(20),
      )
    )
      return;
    if (this.maintenance(c, value)) return;
    if (this.familyDuration(c, value)) return;
    if (this.creditClaim(c, value)) return;
    if (this.chronic(c, value)) return;
    if (this.reportDue(c, value)) return;
    if (this.review(c, value)) return;
    if (this.changeResponse(c, value)) return;
    if (this.forceMajeure(c, value)) return;
    if (this.security(c, value)) return;
    if (this.backup(c, value)) return;
    if (this.onsite(c, value)) return;
    if (this.measurement(c)) return;
    this.priorityTime(c, value);
  }

  private maintenance(c: ValueContext, value: TermValue | null): boolean {
    const where = c.where('maintenance');
    if (!(
      where >= SENTENCE ||
      (where >= HEADING &&
        (c.inSentence('advance') || c.inSentence('perMonth') || c.inSentence('maintenance')))
    ))
      return false;
    if (!value || value.kind !== 'duration') {
      if (c.m.problem && (c.inSentence('advance') || c.inSentence('perMonth')))
        this.note('unreadable-value', c.place, c.m);
      return where >= SENTENCE;
    }
    if (c.every || c.m.low !== undefined) return true;
    const read = c.comparator;
    // "at least 5 business days in advance", "5 working days' notice", a row "Planned works notice | ≥ 10 days".
    const advance = (cue: 'advance' | 'notice') =>
      c.followedBy(cue, 30) || c.inSegment(cue) || unitHas([...c.rowLabel, ...c.colHeader], cue);
    if (
      (c.local('advance') || c.local('notice')) &&
      !c.inSegment('perMonth') &&
      (advance('advance') || advance('notice') || read?.comparator === 'atLeast')
    ) {
      this.add('maintenance_notice', value, c, where);
      return true;
    }
    const perMonth = c.followedBy('perMonth', 40) || c.inSegment('perMonth');
    const perOther = c.followedBy('perOther', 25);
    const capped = read?.comparator === 'atMost' || c.inSentence('cap') || c.inSentence('total');
    if (perMonth && !perOther && capped && HOURS_OR_SHORTER.has(value.unit)) {
      this.add('maintenance_window_hours', value, c, where);
      return true;
    }
    return where >= SENTENCE;
  }

  private creditClaim(c: ValueContext, value: TermValue | null): boolean {
    const credit = c.where('credit');
    if (credit < SENTENCE && !(credit >= HEADING && c.inSentence('claim'))) return false;
    if (!c.inSentence('claim') || !value || value.kind !== 'duration' || c.every) return credit >= SENTENCE;
    if (!DAYS_OR_LONGER.has(value.unit) || c.m.low !== undefined) return true;
    this.add('credit_claim_deadline', value, c, credit);
    return true;
  }

  private chronic(c: ValueContext, value: TermValue | null): boolean {
    // "drei aufeinanderfolgende Monate": the adjective sits inside the value, so ask the values too.
    const consecutive = mentionsIn(c.unit, c.sentence).some((other) => other.consecutive);
    const inSentence =
      c.inSentence('terminate') &&
      (consecutive || c.inSentence('chronic') || c.inSentence('miss') || c.inSentence('availability'));
    const heading = c.place.clause.heading.cueSet;
    const byHeading =
      (heading.has('chronic') &&
        (c.inSentence('terminate') || c.inSentence('chronic') || c.inSentence('miss'))) ||
      (heading.has('terminate') && c.inSentence('miss'));
    if (!inSentence && !byHeading) return false;
    if (!value || value.kind !== 'duration' || c.m.low !== undefined) return true;
    const score = inSentence ? SENTENCE : HEADING;
    const before = c.before(40);
    if (c.inSegment('notice') || /notice|frist/i.test(c.after(20))) {
      this.add('chronic_failure_notice', value, c, score);
      return true;
    }
    if (CHRONIC_WINDOW_BEFORE.test(before)) {
      this.add('chronic_failure_window', value, c, score);
      return true;
    }
    if (value.unit === 'months') {
      const count = c.comparator?.comparator === 'above' ? value.value + 1 : value.value;
      if (Number.isInteger(count))
        this.add('chronic_failure_months', { kind: 'count', value: count }, c, score);
    }
    return true;
  }

  private times(c: ValueContext) {
    const chronic =
      (c.inSentence('terminate') || c.where('chronic') >= HEADING) &&
      (c.inSentence('chronic') || c.inSentence('miss'));
    if (!chronic || c.m.problem) return;
    const count = c.comparator?.comparator === 'above' ? c.m.value + 1 : c.m.value;
    this.add('chronic_failure_months', { kind: 'count', value: count }, c, SENTENCE);
  }

  private reportDue(c: ValueContext, value: TermValue | null): boolean {
    const where = c.where('report');
    if (where < SENTENCE && !(where >= HEADING && c.inSentence('report'))) return false;
    if (where < SENTENCE && where < HEADING) return false;
    if (!value || value.kind !== 'duration' || c.every) return where >= SENTENCE;
    const afterEnd =
      /^[ \u00a0]*(?:after|following|from|nach|ab|des|of the|im|zum)/i.test(c.after(20)) || c.m.ordinal;
    if (
      (c.comparator?.comparator === 'within' || afterEnd) &&
      (DAYS_OR_LONGER.has(value.unit) || value.unit === 'business-days')
    ) {
      this.add('report_due', value, c, where);
      return true;
    }
    return where >= SENTENCE;
  }

  private review(c: ValueContext, value: TermValue | null): boolean {
    const review = c.where('review');
    if (!(review >= SENTENCE && c.inSentence('agreement')) && !(review >= HEADING && c.inSentence('review')))
      return false;
    if (!value || value.kind !== 'duration') return true;
    if (
      (c.every || c.comparator?.comparator === 'atLeast') &&
      (value.unit === 'months' || value.unit === 'weeks')
    ) {
      this.add('review_interval', value, c, review);
      return true;
    }
    return c.inSentence('review');
  }

  private changeResponse(c: ValueContext, value: TermValue | null): boolean {
    if (!c.inSentence('change') || !c.inSentence('answer')) return false;
    if (
      value?.kind === 'duration' &&
      !c.every &&
      (c.comparator?.comparator === 'within' || /spätestens|innerhalb|within/i.test(c.before(30)))
    )
      this.add('change_response', value, c, SENTENCE);
    return true;
  }

  private forceMajeure(c: ValueContext, value: TermValue | null): boolean {
    const where = c.where('forceMajeure');
    if (where < HEADING || !(where >= SENTENCE || c.inSentence('terminate'))) return false;
    if (
      value?.kind === 'duration' &&
      (c.comparator?.comparator === 'above' ||
        /for a period of|period of|dauer von|zeitraum von/i.test(c.before(30))) &&
      DAYS_OR_LONGER.has(value.unit)
    )
      this.add('force_majeure_exit', value, c, where);
    return true;
  }

  private security(c: ValueContext, value: TermValue | null): boolean {
    if (!c.inSentence('security')) return false;
    if (
      value?.kind === 'duration' &&
      !c.every &&
      (c.comparator?.comparator === 'within' || /spätestens|innerhalb|within/i.test(c.before(30)))
    )
      this.add('security_notice', value, c, SENTENCE);
    return true;
  }

  private backup(c: ValueContext, value: TermValue | null): boolean {
    if (this.recoveryTime(c, value)) return true;
    const backup =
      c.local('backup') ||
      (c.where('backup') >= HEADING && (c.inSentence('retain') || c.inSentence('dataLoss')));
    if (!backup && !c.inSentence('disaster')) return false;
    if (c.inSentence('disaster') && !c.inSentence('dataLoss')) return true;
    if (!value || value.kind !== 'duration') return true;
    if (c.inSentence('dataLoss') && HOURS_OR_SHORTER.has(value.unit))
      this.add('recovery_point', value, c, SENTENCE);
    else if (c.inSentence('retain') && DAYS_OR_LONGER.has(value.unit))
      this.add('backup_retention', value, c, SENTENCE);
    return true;
  }

  private onsite(c: ValueContext, value: TermValue | null): boolean {
    if (!c.local('onsite') || !c.local('arrival')) return false;
    if (value?.kind === 'duration' && !c.every) this.add('onsite_arrival', value, c, SENTENCE);
    return true;
  }

  private measurement(c: ValueContext): boolean {
    const m = c.m;
    if (!c.inSentence('measure') || !c.every) return false;
    if (c.where('availability') < HEADING) return false;
    let minutes: number | undefined;
    if (m.unit === 'minutes') minutes = m.value;
    else if (m.unit === 'seconds' && Number.isInteger((m.value / 60) * 10_000)) minutes = m.value / 60;
    if (minutes !== undefined && !(m.problem && m.problem !== 'unsupported-unit'))
      this.add('measurement_interval', { kind: 'duration', value: minutes, unit: 'minutes' }, c, SENTENCE);
    return true;
  }

  // ----- response and resolution per priority -----

  private priorityTime(c: ValueContext, value: TermValue | null) {
    const m = c.m;
    // Escalation steps ("if not resolved within 2 hours, management is informed") are not the targets.
    if (c.inSentence('disaster') || m.ordinal || c.where('escalation') >= HEADING) return;
    // "Mean time to repair: 5 hours" is an average, not a limit per incident.
    if (c.local('average')) return;
    const kind = this.timeKind(c);
    if (!kind || kind.kind === 'update') return;
    const incidentTopic =
      c.where('incident') >= INTRO ||
      c.where('priority') >= HEADING ||
      c.place.clause.heading.cueSet.has('response') ||
      c.place.clause.heading.cueSet.has('support');
    const level = this.levelOf(c);
    if (level === undefined && !incidentTopic) return;
    if (c.every || c.inSegment('update')) return;
    if (!value) {
      if (m.problem)
        this.note(m.problem === 'unsupported-unit' ? 'value-out-of-range' : 'unreadable-value', c.place, m);
      return;
    }
    if (m.low !== undefined) {
      this.note('range-not-used', c.place, m);
      return;
    }
    let resolved = level;
    let tag: Tag | undefined;
    if (resolved === undefined) {
      if (this.hasPriorities) {
        this.note('priority-unknown', c.place, m);
        return;
      }
      resolved = 1;
      tag = 'uniform';
    }
    if (resolved < 1 || resolved > 9) return;
    const what = kind.kind === 'response' ? 'response' : 'resolution';
    if (kind.kind === 'restore' || kind.kind === 'resolve') tag ??= kind.kind;
    const id = `p${resolved}_${what}`;
    if (kind.pair) {
      this.pending.push({ c, value, level: resolved, pair: kind.pair, tag });
      return;
    }
    this.add(id, value, c, kind.score, tag);
  }

  private readonly pending: { c: ValueContext; value: TermValue; level: number; pair: PairCue; tag?: Tag }[] =
    [];

  get hasPriorities(): boolean {
    return this.priorityLabelsSeen;
  }
  priorityLabelsSeen = false;

  /** Which time a duration is: the nearest response/resolution word in its sentence, then its headers. */
  private timeKind(c: ValueContext): { kind: TimeKind; score: number; pair?: PairCue } | null {
    const cues: Cue[] = ['response', 'restore', 'resolve', 'update'];
    const hits = c.hits('sentence').filter((hit) => cues.includes(hit.cue));
    let best: CueHit | undefined;
    let bestCost = Infinity;
    for (const hit of hits) {
      const same = hit.start >= c.segment[0] && hit.end <= c.segment[1];
      const after = hit.start >= c.m.end;
      const distance = after ? hit.start - c.m.end : Math.max(0, c.m.start - hit.end);
      const cost = distance + (same ? 0 : 1000) + (after && !same ? 500 : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = hit;
      }
    }
    if (best) {
      const pair = pairAround(c.unit, hits, best);
      return {
        kind: best.cue as TimeKind,
        score: bestCost < 1000 ? SEGMENT : SENTENCE,
        ...(pair ? { pair } : {}),
      };
    }
    for (const [units, score] of [
      [c.colHeader, CELL_HEADER],
      [c.rowLabel.slice(0, 1), CELL_HEADER],
      [c.place.unit.sentences.length > 1 ? [c.place.unit] : [], BLOCK],
      [c.place.intro ? [c.place.intro] : [], INTRO],
      [[c.place.clause.heading], HEADING],
    ] as [TextUnit[], number][]) {
      const verdicts = units.map(timeVerdictOf).filter((v) => v.kinds.length > 0);
      if (verdicts.length === 0) continue;
      const kinds = [...new Set(verdicts.flatMap((v) => v.kinds))];
      if (kinds.length === 1) return { kind: kinds[0]!, score };
      const pair = verdicts[0]!.pair;
      if (pair) return { kind: pair[0], score, pair };
      if (units === c.colHeader || score <= BLOCK) return null;
    }
    return null;
  }

  private levelOf(c: ValueContext): number | undefined {
    const usable = (label: PriorityMention) =>
      this.scheme.levelOf(label) !== undefined && (!label.weak || this.weakAllowed(c.place));
    const level = (label: PriorityMention) => this.scheme.levelOf(label);
    const segment = labelsIn(c.unit, c.segment).filter(usable);
    if (segment.length) {
      const nearest = segment.reduce((best, label) =>
        Math.abs(label.start - c.m.start) < Math.abs(best.start - c.m.start) ? label : best,
      );
      return level(nearest);
    }
    const before = labelsIn(c.unit, [c.sentence[0], c.m.start]).filter(usable);
    if (before.length) return level(before[before.length - 1]!);
    for (const unit of c.rowLabel) {
      const found = unit.labels.filter(usable);
      if (found.length) return level(found[0]!);
    }
    for (const unit of c.colHeader) {
      const found = unit.labels.filter(usable);
      if (found.length === 1) return level(found[0]!);
    }
    for (let label = labelBefore(c.unit, c.m.start); label; label = labelBefore(c.unit, label.start))
      if (usable(label)) return level(label);
    if (c.place.intro) {
      const found = c.place.intro.labels.filter(usable);
      if (found.length) return level(found[found.length - 1]!);
    }
    return undefined;
  }

  private weakAllowed(place: Place): boolean {
    return (
      Boolean(
        place.table &&
        (place.table.wide.has('priority') ||
          place.table.wide.has('response') ||
          place.table.wide.has('resolve') ||
          place.table.wide.has('restore')),
      ) ||
      place.clause.heading.cueSet.has('priority') ||
      Boolean(place.intro?.cueSet.has('priority'))
    );
  }

  /** "Response and resolution: P1 30 min / 4 h": durations governed by a pair of words, in order. */
  private settlePairs() {
    const groups = new Map<string, typeof this.pending>();
    for (const item of this.pending) {
      const key = `${item.c.place.order}:${item.c.place.table ? 'cell' : item.c.sentence[0]}:${item.level}`;
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
    for (const list of groups.values()) {
      if (list.length !== 2) {
        for (const item of list) this.note('time-kind-unknown', item.c.place, item.c.m);
        continue;
      }
      list.forEach((item, i) => {
        const kind = item.pair[i]!;
        const what = kind === 'response' ? 'response' : 'resolution';
        const tag: Tag | undefined =
          item.tag === 'uniform' ? 'uniform' : kind === 'restore' || kind === 'resolve' ? kind : undefined;
        this.add(`p${item.level}_${what}`, item.value, item.c, SENTENCE, tag);
      });
    }
  }

  // ----- the hosting, service desk and SaaS families -----

  /**
   * Whether the document is about a data centre (it speaks of power, cooling or racks): only there is
   * "Netzverfügbarkeit" the uplink beside the platform; in a network service's own SLA it is the
   * availability of the service itself.
   */
  hostingContext = false;

  /** A cell's row label and column header, and the first cell of its row even when that holds a value. */
  private cellsOf(c: ValueContext): TextUnit[] {
    const table = c.place.table;
    if (!table) return [];
    const cells = [...c.rowLabel, ...c.colHeader];
    const first = c.unit.row === undefined ? undefined : table.cells[c.unit.row]?.[0];
    if (first && first !== c.unit && !cells.includes(first)) cells.push(first);
    return cells;
  }

  private sentenceText(c: ValueContext): string {
    return c.unit.text.slice(c.sentence[0], c.sentence[1]);
  }

  /** A cue in the value's sentence or, in a table, in its row label or column header. */
  private near(c: ValueContext, cue: Cue): boolean {
    return c.inSentence(cue) || unitHas(this.cellsOf(c), cue);
  }

  /** The customer announces or is told in advance ("mindestens 4 Wochen vorher", "6 weeks before it starts"). */
  private announced(c: ValueContext): boolean {
    return (
      this.near(c, 'advance') ||
      this.near(c, 'notice') ||
      this.near(c, 'announce') ||
      BEFORE_AFTER.test(c.afterInSentence(20))
    );
  }

  /** A priority label for this value in its own sentence or row (other rules read priority times). */
  private priorityInSentence(c: ValueContext): boolean {
    const usable = (label: PriorityMention) =>
      this.scheme.levelOf(label) !== undefined && (!label.weak || this.weakAllowed(c.place));
    return labelsIn(c.unit, c.sentence).some(usable) || c.rowLabel.some((unit) => unit.labels.some(usable));
  }

  /**
   * Which of `cues` a value is about: the nearest before it in its segment, then after it there, then
   * the same in the sentence, then the first named in its row label or column header.
   */
  private nearestTopic<T extends Cue>(
    c: ValueContext,
    cues: readonly T[],
    { sentenceAfter = true } = {},
  ): T | undefined {
    const wanted = (hit: CueHit) => (cues as readonly Cue[]).includes(hit.cue);
    for (const range of [c.segment, c.sentence]) {
      const hits = hitsIn(c.unit, range).filter(wanted);
      const before = hits.filter((hit) => hit.end <= c.m.start);
      if (before.length) return before[before.length - 1]!.cue as T;
      const after = hits.find((hit) => hit.start >= c.m.end);
      if (after && (range === c.segment || sentenceAfter)) return after.cue as T;
    }
    // A row label names its subject first ("Löschung nach Ende des Exports").
    for (const unit of this.cellsOf(c)) {
      const first = unit.cues.find(wanted);
      if (first) return first.cue as T;
    }
    return undefined;
  }

  /** A credit or bonus word closer to the value than any word of `topics`: the value is the money side. */
  private creditNearer(c: ValueContext, topics: readonly Cue[]): boolean {
    const hits = hitsIn(c.unit, c.labelled);
    const distance = (hit: CueHit) =>
      hit.end <= c.m.start ? c.m.start - hit.end : Math.max(0, hit.start - c.m.end);
    const nearest = (cues: readonly Cue[]) =>
      hits
        .filter((hit) => cues.includes(hit.cue))
        .reduce((best, hit) => Math.min(best, distance(hit)), Infinity);
    return nearest(['credit', 'bonus']) < nearest(topics);
  }

  /** "Mehrmengen bis 10 % über der Prognose", "volumes exceeding the forecast by more than 15 %". */
  private volumeTolerance(c: ValueContext): boolean {
    const m = c.m;
    if (m.rangeLow || m.low !== undefined) return false;
    if (!c.inLabelled('forecast') && !unitHas(this.cellsOf(c), 'forecast')) return false;
    if (c.inSegment('credit') || c.inSegment('liability') || c.inSegment('bonus')) return false;
    this.add('volume_tolerance', { kind: 'percent', value: m.value }, c, SENTENCE);
    return true;
  }

  /** What a share on a service desk is about; the more specific figure wins ("Anrufer legen auf" is abandonment). */
  private deskTopic(c: ValueContext): DeskTopic | undefined {
    const near = new Set(hitsIn(c.unit, c.labelled).map((hit) => hit.cue));
    const found = DESK_TOPICS.find((cue) => near.has(cue));
    if (found) return found;
    const cells = this.cellsOf(c);
    const inCells = DESK_TOPICS.find((cue) => unitHas(cells, cue));
    if (inCells) return inCells;
    // "Die Kundenzufriedenheit wird quartalsweise erhoben und soll mindestens 85 % betragen."
    const hits = c.hits('sentence');
    const isDesk = (hit: CueHit) => (DESK_TOPICS as readonly Cue[]).includes(hit.cue);
    const before = hits.filter((hit) => hit.end <= c.m.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const hit = before[i]!;
      if (isDesk(hit)) return this.valueBetween(c, hit.end, c.m.start) ? undefined : (hit.cue as DeskTopic);
      if (OTHER_SHARE_TOPICS.has(hit.cue)) return undefined;
    }
    // "löst mindestens 60 % der Tickets, die …, beim ersten Kontakt": the figure is named after the share,
    // and no other share in the sentence claims the name.
    for (const hit of hits.filter((h) => h.start >= c.m.end)) {
      if (OTHER_SHARE_TOPICS.has(hit.cue)) return undefined;
      if (!isDesk(hit)) continue;
      if (this.valueBetween(c, c.m.end, hit.start) || this.shareBetween(c, hit.end, c.sentence[1]))
        return undefined;
      return hit.cue as DeskTopic;
    }
    return undefined;
  }

  /** "zwischen 99,9 % und 99,99 %": no single value; said once, at the upper end, when the range is the term's size. */
  private rangeOf(c: ValueContext, termId: string, from: number): boolean {
    if (c.m.low !== undefined && c.m.low >= from) this.note('range-not-used', c.place, c.m, { termId });
    return true;
  }

  /** Another share between two places ("20 % bis 80 %" of a range do not count: they are its bounds). */
  private shareBetween(c: ValueContext, from: number, to: number): boolean {
    return mentionsIn(c.unit, [from, to]).some(
      (other) => other !== c.m && other.kind === 'percent' && !other.rangeLow && other.low === undefined,
    );
  }

  /** Another value between two places, a range's bounds aside: a word before it belongs to that value. */
  private valueBetween(c: ValueContext, from: number, to: number): boolean {
    return mentionsIn(c.unit, [from, to]).some(
      (other) => other !== c.m && other.kind !== 'number' && !other.rangeLow && other.low === undefined,
    );
  }

  /**
   * A call is answered ("angenommen", "answered", "Annahmequote"), or the sentence pairs a share of
   * calls with a time ("80 % aller Anrufe … innerhalb von 20 Sekunden"): the one says how many, the other how fast.
   */
  private callAnswered(c: ValueContext): boolean {
    if (c.inSentence('pickUp') || unitHas(this.cellsOf(c), 'pickUp')) return true;
    const partner = c.m.kind === 'percent' ? isCallTime : (other: ValueMention) => other.kind === 'percent';
    return mentionsIn(c.unit, c.sentence).some((other) => other !== c.m && partner(other));
  }

  /**
   * Service desk figures: answer rate, abandon rate, first-contact resolution, satisfaction, and the
   * satisfaction a bonus needs. A credit for missing one of them is `kpi_credit` (see familyCredit).
   */
  private deskPercent(c: ValueContext): boolean {
    const m = c.m;
    const topic = this.deskTopic(c);
    if (!topic) return false;
    if (m.rangeLow || m.low !== undefined) return this.rangeOf(c, DESK_PERCENT_ID[topic], 0);
    if (c.followedBy('shareOfFee', 60) || this.creditNearer(c, DESK_TOPICS)) return false;
    if (unitHas(c.colHeader, 'credit') || unitHas(c.colHeader, 'bonus')) return false;
    if (c.place.table && unitHas(c.rowLabel, 'credit') && !unitHas(c.rowLabel, topic)) return false;
    if (topic === 'call' && c.inLabelled('availability')) return false;
    if (c.inSentence('bonus') || unitHas(this.cellsOf(c), 'bonus')) {
      if (topic === 'satisfaction' && m.value >= 50)
        this.add('bonus_satisfaction_threshold', { kind: 'percent', value: m.value }, c, SENTENCE);
      return true;
    }
    // An answer rate below one half is no service level anyone writes; it is another figure misread.
    if (topic === 'call' && (!this.callAnswered(c) || m.value < 50)) return false;
    this.add(DESK_PERCENT_ID[topic], { kind: 'percent', value: m.value }, c, SENTENCE);
    return true;
  }

  /**
   * Power, cooling and network of a data centre: "Stromversorgung: 99,99 %", "power availability
   * 99.99 %", "the climate range is kept for 99.9 % of the time". Never the platform's availability.
   */
  private infrastructurePercent(c: ValueContext): boolean {
    const m = c.m;
    const topic = this.infrastructureTopic(c);
    if (!topic) return false;
    // "relative Luftfeuchte 20 % bis 80 %" is the climate range, not a share of time.
    if (m.rangeLow || m.low !== undefined) return this.rangeOf(c, `${topic}_availability`, 80);
    if (c.followedBy('shareOfFee', 60) || this.creditNearer(c, INFRASTRUCTURE_TOPICS)) return false;
    if (unitHas(c.colHeader, 'credit') || unitHas(c.colHeader, 'bonus')) return false;
    if (m.value < 80 || c.inSegment('availabilityOther')) return false;
    const stated =
      c.where('availability') >= HEADING ||
      c.inSentence('target') ||
      c.inSentence('measure') ||
      c.inSentence('perMonth') ||
      c.inSentence('perYear') ||
      c.comparator?.comparator === 'atLeast' ||
      Boolean(c.place.table);
    if (!stated) return false;
    // A bonus for perfect power, a right to terminate after misses: no term of ours, and no availability.
    if (c.inSentence('bonus') || c.local('chronic') || c.local('terminate')) return true;
    this.add(`${topic}_availability`, { kind: 'percent', value: m.value }, c, SENTENCE);
    return true;
  }

  private infrastructureTopic(c: ValueContext): InfrastructureTopic | undefined {
    const usable = (cue: Cue) =>
      cue === 'power' || cue === 'cooling' || (cue === 'network' && this.hostingContext);
    const hits = hitsIn(c.unit, c.labelled);
    const availability = hits.filter((hit) => hit.cue === 'availability');
    const supplies = hits.filter((hit) => usable(hit.cue));
    if (availability.length) {
      // The supply must be what is available: "Verfügbarkeit der Stromversorgung", "power availability";
      // "the availability of the Platform, measured at the network hand-over point" is the platform's.
      const bound = supplies.find((hit) => availability.some((a) => boundTo(c.unit.text, a, hit)));
      if (bound) return bound.cue as InfrastructureTopic;
      // "Für die Energieversorgung gilt eine Verfügbarkeit von 99,99 %", "Die Klimatisierung ist zu 99,95 %
      // verfügbar": a bare availability word after the supply, with nothing else named between them.
      const text = c.unit.text;
      const subject = supplies.find((hit) =>
        availability.some(
          (a) =>
            hit.end <= a.start &&
            !/\p{L}/u.test(text[a.start - 1] ?? ' ') &&
            !QUALIFIED.test(text.slice(a.end, a.end + 24)) &&
            !OTHER_SUBJECT.test(text.slice(hit.end, a.start)),
        ),
      );
      return subject?.cue as InfrastructureTopic | undefined;
    }
    const before = supplies.filter((hit) => hit.end <= c.m.start);
    if (before.length) return before[before.length - 1]!.cue as InfrastructureTopic;
    const cells = this.cellsOf(c);
    const inCells = INFRASTRUCTURE_TOPICS.find((cue) => usable(cue) && unitHas(cells, cue));
    if (inCells) return inCells;
    // "Klimatisierung: der Klimakorridor (… Luftfeuchte 20 % bis 80 %) wird während 99,9 % der Zeit eingehalten".
    const earlier = c.hits('sentence').filter((hit) => hit.end <= c.m.start);
    for (let i = earlier.length - 1; i >= 0; i--) {
      let hit = earlier[i]!;
      // "Stromverfügbarkeit … zwischen 99,9 % und 99,99 %": the availability word is the supply's own.
      if (hit.cue === 'availability') {
        const a = hit;
        hit = earlier.find((other) => usable(other.cue) && boundTo(c.unit.text, a, other)) ?? hit;
      }
      if (usable(hit.cue))
        return this.valueBetween(c, hit.end, c.m.start) ? undefined : (hit.cue as InfrastructureTopic);
      if (OTHER_SHARE_TOPICS.has(hit.cue)) return undefined;
    }
    return undefined;
  }

  /** A credit for a missed power/cooling/network commitment, or for a missed service desk figure. */
  private familyCredit(c: ValueContext): 'infrastructure_credit' | 'kpi_credit' | undefined {
    if (c.m.value >= 50 && !c.followedBy('shareOfFee', 60)) return undefined;
    const kindOf = (cue: Cue): 'infrastructure_credit' | 'kpi_credit' | 'availability' | undefined => {
      if (cue === 'power' || cue === 'cooling') return 'infrastructure_credit';
      if (cue === 'network') return this.hostingContext ? 'infrastructure_credit' : 'availability';
      if (cue === 'kpi' || (DESK_TOPICS as readonly Cue[]).includes(cue)) return 'kpi_credit';
      return cue === 'availability' ? 'availability' : undefined;
    };
    const firstOf = (units: readonly TextUnit[]) => {
      for (const unit of units)
        for (const hit of unit.cues) {
          const kind = kindOf(hit.cue);
          if (kind) return kind;
        }
      return undefined;
    };
    if (c.place.table) {
      // A credit column pairs with what its row is about; a credit row with what its column is about.
      const about = unitHas(c.colHeader, 'credit')
        ? this.cellsOf(c).filter((unit) => !c.colHeader.includes(unit))
        : unitHas(c.rowLabel, 'credit')
          ? c.colHeader
          : [];
      const kind = firstOf(about);
      if (kind || about.length) return kind === 'availability' ? undefined : kind;
    }
    // Prose: the topic nearest the credit ("… Stromversorgung, Klimatisierung oder Netzanbindung, erhält
    // der Kunde … eine Gutschrift von 10 %").
    let best: ReturnType<typeof kindOf>;
    let bestDistance = Infinity;
    for (const hit of c.hits('sentence')) {
      const kind = kindOf(hit.cue);
      if (!kind) continue;
      const distance = hit.end <= c.m.start ? c.m.start - hit.end : Math.max(0, hit.start - c.m.end);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = kind;
      }
    }
    return best === 'availability' ? undefined : best;
  }

  /** "Remote Hands: € 120 per hour": the rate for hands-on hours beyond the included ones. */
  private remoteHandsRate(c: ValueContext, value: TermValue): boolean {
    const hands = c.where('remoteHands');
    if (hands < HEADING || hands < c.where('onsite')) return false;
    if (hands < SENTENCE && !c.inSentence('fee')) return false;
    const cells = this.cellsOf(c);
    const words = [c.unit.text.slice(c.labelled[0], c.segment[1]), ...cells.map((unit) => unit.text)].join(
      ' ',
    );
    if (!PER_HOUR.test(words)) return false;
    this.add('remote_hands_rate', value, c, SENTENCE);
    return true;
  }

  /** Durations of the newer families; each rule needs its own topic word, so most values pass by. */
  private familyDuration(c: ValueContext, value: TermValue | null): boolean {
    if (this.callAnswerTime(c)) return true;
    if (!value || value.kind !== 'duration' || c.m.low !== undefined || c.m.ordinal) return false;
    return (
      this.dataAtEnd(c, value) ||
      this.noticeOfChange(c, value) ||
      this.sandboxRefresh(c, value) ||
      this.remoteHands(c, value, SENTENCE) ||
      this.hardwareReplacement(c, value) ||
      this.remoteHands(c, value, HEADING) ||
      this.accessNotice(c, value) ||
      this.expansionLeadTime(c, value) ||
      this.onboardingPeriod(c, value) ||
      this.ticketAcknowledgement(c, value) ||
      this.requestFulfilment(c, value)
    );
  }

  /**
   * "80 % der Anrufe innerhalb von 20 Sekunden", "calls answered within 3 minutes". The term holds
   * minutes; seconds are divided by 60 and, where that has more than four decimals, rounded with a note.
   */
  private callAnswerTime(c: ValueContext): boolean {
    const m = c.m;
    if (m.unit !== 'seconds' && m.unit !== 'minutes') return false;
    // The calls are named with the time, or the sentence gives their share ("Anrufannahme: 90 % in 15 Sekunden");
    // "Reaktionszeit … 30 Minuten; Anrufe werden sofort angenommen" is a response time.
    const shareOfCalls =
      c.inSentence('call') && mentionsIn(c.unit, c.sentence).some((o) => o.kind === 'percent');
    if (!c.inLabelled('call') && !unitHas(this.cellsOf(c), 'call') && !shareOfCalls) return false;
    const answered = c.hits('segment', 'pickUp');
    const timeWord = c
      .hits('segment')
      .some(
        (hit) =>
          TIME_CUES.has(hit.cue) && !answered.some((word) => word.start < hit.end && hit.start < word.end),
      );
    if (timeWord) return false;
    if (c.inLabelled('abandon') || c.inLabelled('firstContact') || !this.callAnswered(c)) return false;
    if (c.every || c.local('average') || CALL_BACK.test(c.unit.text.slice(c.segment[0], c.segment[1])))
      return false;
    if (m.low !== undefined) {
      this.note('range-not-used', c.place, m, { termId: 'call_answer_time' });
      return true;
    }
    if (m.problem && m.problem !== 'unsupported-unit') {
      this.note('unreadable-value', c.place, m, { termId: 'call_answer_time' });
      return true;
    }
    const minutes = m.unit === 'seconds' ? m.value / 60 : m.value;
    const rounded = Math.round(minutes * 10_000) / 10_000;
    if (rounded !== minutes) this.note('value-rounded', c.place, m, { termId: 'call_answer_time' });
    this.add('call_answer_time', { kind: 'duration', value: rounded, unit: 'minutes' }, c, SENTENCE);
    return true;
  }

  /** "Export noch 30 Tage nach Vertragsende", "Löschung spätestens 30 Tage nach Ablauf der Exportfrist". */
  private dataAtEnd(c: ValueContext, value: TermValue): boolean {
    // A later clause of the sentence ("…; danach ist der Export nicht mehr möglich") is about something else.
    const topic = this.nearestTopic(c, ['dataExport', 'deletion'] as const, { sentenceAfter: false });
    if (!topic || c.every) return false;
    const heading = c.place.clause.heading.cueSet;
    const atEnd =
      this.near(c, 'terminate') ||
      this.near(c, 'contractEnd') ||
      heading.has('terminate') ||
      heading.has('contractEnd') ||
      (topic === 'deletion' && this.near(c, 'dataExport'));
    if (!atEnd) return false;
    this.add(topic === 'dataExport' ? 'data_export_period' : 'data_deletion_period', value, c, SENTENCE);
    return true;
  }

  /** Notice the customer gets of a new release, of a withdrawn feature; notice it gives of a rollout or an audit. */
  private noticeOfChange(c: ValueContext, value: TermValue): boolean {
    if (c.every) return false;
    const heading = c.place.clause.heading.cueSet;
    let topic = this.nearestTopic(c, NOTICE_TOPICS, { sentenceAfter: false });
    if (!topic) {
      const named = NOTICE_TOPICS.filter((cue) => heading.has(cue));
      if (named.length !== 1) return false;
      topic = named[0]!;
    }
    if (topic === 'deprecation' && !this.near(c, 'feature') && !heading.has('feature')) return false;
    // "frühestens 9 Monate nach ihrer Abkündigung": a deprecation is itself the announcement.
    if (!this.announced(c) && !(topic === 'deprecation' && DEPRECATION_NOTICE.test(this.sentenceText(c))))
      return false;
    this.add(NOTICE_ID[topic], value, c, SENTENCE);
    return true;
  }

  /** "refreshes the test environment … at least every 3 months". */
  private sandboxRefresh(c: ValueContext, value: TermValue): boolean {
    const where = c.where('sandbox');
    if (where < HEADING || (where < SENTENCE && !c.inSentence('refresh'))) return false;
    const periodic =
      c.every ||
      ((c.inLabelled('refresh') || unitHas(this.cellsOf(c), 'refresh')) &&
        c.comparator?.comparator !== 'within');
    if (!periodic) return false;
    this.add('sandbox_refresh', value, c, SENTENCE);
    return true;
  }

  /**
   * Hands-on work in the data centre: hours included in the fee, and how soon an order is started. Asked
   * first where the sentence names remote hands, and after the hardware replacement where only the heading does.
   */
  private remoteHands(c: ValueContext, value: TermValue, where: number): boolean {
    if (value.kind !== 'duration' || c.where('remoteHands') < where || c.every) return false;
    const cells = this.cellsOf(c);
    if ((c.inLabelled('included') || unitHas(cells, 'included')) && HOURS_OR_SHORTER.has(value.unit)) {
      this.add('remote_hands_included', value, c, SENTENCE);
      return true;
    }
    if (c.comparator?.comparator !== 'within' && !c.local('response')) return false;
    this.add('remote_hands_response', value, c, SENTENCE);
    return true;
  }

  /** "tauscht defekte Hardware spätestens 4 Stunden nach Feststellung des Defekts aus". */
  private hardwareReplacement(c: ValueContext, value: TermValue): boolean {
    const cells = this.cellsOf(c);
    if (!c.inSentence('replace') && !unitHas(cells, 'replace')) return false;
    const hardware =
      c.inSentence('hardware') || unitHas(cells, 'hardware') || c.place.clause.heading.cueSet.has('hardware');
    if (!hardware || c.every) return false;
    if (c.comparator?.comparator !== 'within' && !cells.length) return false;
    this.add('hardware_replacement', value, c, SENTENCE);
    return true;
  }

  /** "Jeder Besuch ist mindestens 4 Stunden vorher anzumelden". */
  private accessNotice(c: ValueContext, value: TermValue): boolean {
    if (c.where('siteAccess') < HEADING || c.every) return false;
    const words = [
      c.unit.text.slice(c.sentence[0], c.sentence[1]),
      ...this.cellsOf(c).map((unit) => unit.text),
    ];
    const registered = words.some((text) => REGISTER.test(text));
    if (!this.announced(c) && !(registered && this.near(c, 'siteAccess'))) return false;
    this.add('access_notice', value, c, SENTENCE);
    return true;
  }

  /** "stellt zusätzliche Racks spätestens 6 Wochen nach Auftragseingang bereit". */
  private expansionLeadTime(c: ValueContext, value: TermValue): boolean {
    const heading = c.place.clause.heading.cueSet;
    const cells = this.cellsOf(c);
    const here = (cue: Cue) => c.inSentence(cue) || unitHas(cells, cue);
    if (!here('rack') && !here('additional')) return false;
    if (!(here('rack') || heading.has('rack')) || !(here('additional') || heading.has('additional')))
      return false;
    if (c.every || c.inSentence('terminate')) return false;
    // Ready for use: "stellt … bereit", "handed over"; "kann innerhalb von 12 Monaten nachbestellen" is an option.
    const ready = READY.test(this.sentenceText(c)) || cells.length > 0;
    if (!ready) return false;
    this.add('expansion_lead_time', value, c, SENTENCE);
    return true;
  }

  /** "richtet die Anwendung spätestens 10 Werktage nach Vertragsschluss ein". */
  private onboardingPeriod(c: ValueContext, value: TermValue): boolean {
    const heading = c.place.clause.heading.cueSet;
    if (!this.near(c, 'onboarding') && !heading.has('onboarding')) return false;
    const started =
      this.near(c, 'contractStart') || (heading.has('onboarding') && c.comparator?.comparator === 'within');
    if (!started || c.every || this.priorityInSentence(c)) return false;
    this.add('onboarding_period', value, c, SENTENCE);
    return true;
  }

  /** "bestätigt jede schriftliche Meldung spätestens 4 Stunden nach Eingang", "e-mails are acknowledged within 1 hour". */
  private ticketAcknowledgement(c: ValueContext, value: TermValue): boolean {
    const cells = this.cellsOf(c);
    const hits = [...c.hits('sentence', 'acknowledge'), ...cells.flatMap((unit) => unit.cues)].filter(
      (hit) => hit.cue === 'acknowledge',
    );
    if (!hits.length || c.every || c.inSegment('call') || this.priorityInSentence(c)) return false;
    // Confirming a termination, a change proposal or a credit claim is no ticket acknowledgement.
    if (c.inSentence('terminate') || c.inSentence('change') || c.inSentence('credit')) return false;
    const receipt = RECEIPT.test(c.unit.text.slice(c.sentence[0], c.sentence[1]));
    const written =
      receipt ||
      c.inSentence('written') ||
      unitHas(cells, 'written') ||
      c.place.clause.heading.cueSet.has('written');
    if (!written) return false;
    // "95 % of e-mails acknowledged within 2 hours": a share of them, which no term of ours holds.
    if (mentionsIn(c.unit, [c.segment[0], c.m.start]).some((other) => other.kind === 'percent')) return false;
    this.add('ticket_acknowledgement', value, c, SENTENCE);
    return true;
  }

  /** "Serviceanfragen aus dem Servicekatalog erledigt der Service-Desk spätestens 3 Werktage nach Eingang". */
  private requestFulfilment(c: ValueContext, value: TermValue): boolean {
    const cells = this.cellsOf(c);
    if (!c.inSentence('serviceRequest') && !unitHas(cells, 'serviceRequest')) return false;
    if (c.every || this.priorityInSentence(c)) return false;
    if (ANSWER_WORDS.test(c.unit.text.slice(c.segment[0], c.segment[1]))) return false;
    if (c.comparator?.comparator !== 'within' && !cells.length) return false;
    this.add('request_fulfilment', value, c, SENTENCE);
    return true;
  }

  /** RTO: "Recovery time objective (RTO): 4 hours", "stellt sie spätestens 4 Stunden nach Eintritt des Notfalls wieder bereit". */
  private recoveryTime(c: ValueContext, value: TermValue | null): boolean {
    const heading = c.place.clause.heading.cueSet;
    const disaster =
      c.inSentence('disaster') || (c.inSentence('disasterEvent') && !this.priorityInSentence(c));
    // "RTO", "Wiederanlaufzeit" say it alone; a plain "recovery time" only where disasters are the topic.
    const words: string[] = [];
    for (const unit of [c.unit, ...this.cellsOf(c)])
      for (const hit of unit === c.unit ? hitsIn(unit, c.labelled) : unit.cues)
        if (hit.cue === 'recoveryTime') words.push(unit.text.slice(hit.start, hit.end));
    const strong =
      words.some((word) => RTO_WORD.test(word)) ||
      (words.length > 0 && (disaster || heading.has('disaster') || heading.has('disasterEvent')));
    if (c.local('average')) return false;
    const restored =
      disaster &&
      c.comparator?.comparator === 'within' &&
      BACK_AGAIN.test(c.unit.text.slice(c.sentence[0], c.sentence[1]));
    if (!strong && !restored) return false;
    // "RPO 1 Stunde, RTO 4 Stunden": the nearer of the two says which.
    if (this.nearestTopic(c, ['recoveryTime', 'dataLoss'] as const) === 'dataLoss') return false;
    if (this.priorityInSentence(c)) return false;
    if (!value || value.kind !== 'duration' || c.every || c.m.low !== undefined) return strong;
    this.add('recovery_time', value, c, SENTENCE);
    return true;
  }

  /** "bis zu 50 namentlich benannte Anwender", "up to 250 named users". */
  private coveredUsers(place: Place, m: ValueMention) {
    if (!Number.isInteger(m.value) || m.value < 1) return;
    const text = place.unit.text;
    if (!USERS_AFTER.test(text.slice(m.end, m.end + 48))) return;
    if (!UP_TO_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return;
    this.add('covered_users', { kind: 'count', value: m.value }, new ValueContext(place, m), SENTENCE);
  }

  // ----- choosing one value per id -----

  resolve(): RecognisedTerm[] {
    this.settlePairs();
    const byId = new Map<string, Candidate[]>();
    for (const candidate of this.candidates) {
      const list = byId.get(candidate.id);
      if (list) list.push(candidate);
      else byId.set(candidate.id, [candidate]);
    }
    // A resolution time written as restoration and as permanent fix: ours is the restoration (a workaround counts).
    for (const [id, list] of byId) {
      if (!/^p\d_resolution$/.test(id)) continue;
      if (list.some((c) => c.tag === 'restore') && list.some((c) => c.tag === 'resolve'))
        byId.set(
          id,
          list.filter((c) => c.tag !== 'resolve'),
        );
    }
    // The period is best read where the availability itself stands.
    const availability = byId.has('availability')
      ? this.pick('availability', byId.get('availability')!)
      : undefined;
    if (availability)
      for (const period of byId.get('availability_period') ?? [])
        if (
          period.place === availability.place &&
          sentenceOf(period.place.unit, period.start) ===
            sentenceOf(availability.place.unit, availability.start)
        )
          period.score += 1;
    const chosen: Candidate[] = availability ? [availability] : [];
    for (const [id, list] of byId) {
      if (id === 'availability') continue;
      const pick = this.pick(id, list);
      if (pick) chosen.push(pick);
    }
    // The base of credits matters only where the document has credits.
    if (!chosen.some((c) => /^(?:credit_(?:band\d_|cap$)|kpi_credit$|infrastructure_credit$)/.test(c.id))) {
      const index = chosen.findIndex((c) => c.id === 'credit_base');
      if (index >= 0) chosen.splice(index, 1);
    }
    if (chosen.some((c) => c.tag === 'uniform')) {
      const first = chosen.find((c) => c.tag === 'uniform')!;
      this.note('uniform-times-as-p1', first.place, first);
    }
    chosen.sort((a, b) => a.place.order - b.place.order || a.start - b.start);
    const out: RecognisedTerm[] = [];
    for (const candidate of chosen) {
      const previous = out[out.length - 1];
      const samePlace = (t: RecognisedTerm) =>
        t.clause === candidate.place.unit.clause &&
        t.block === candidate.place.unit.block &&
        t.row === candidate.place.unit.row &&
        t.col === candidate.place.unit.col;
      if (out.some((t) => samePlace(t) && t.start < candidate.end && candidate.start < t.end)) {
        this.note('overlapping-terms', candidate.place, candidate, { termId: candidate.id });
        continue;
      }
      const term = this.toTerm(candidate);
      if (!term) continue;
      const recognised: RecognisedTerm = {
        term,
        clause: candidate.place.unit.clause,
        block: candidate.place.unit.block,
        start: candidate.start,
        end: candidate.end,
        text: candidate.place.unit.text.slice(candidate.start, candidate.end),
      };
      if (candidate.place.unit.row !== undefined) recognised.row = candidate.place.unit.row;
      if (candidate.place.unit.col !== undefined) recognised.col = candidate.place.unit.col;
      void previous;
      out.push(recognised);
    }
    return out;
  }

  private pick(id: string, list: Candidate[]): Candidate | undefined {
    const top = list.reduce((best, c) => Math.max(best, c.score), 0);
    let best = list.filter((c) => c.score === top);
    const keyOf = (c: Candidate) => JSON.stringify(c.value);
    if (new Set(best.map(keyOf)).size > 1) {
      // Tie-breaks the wording itself gives: the total fee, the aggregate liability cap.
      const preferred = best.filter((c) => c.tag === 'total' || c.tag === 'aggregate');
      const withoutSpecial = best.filter((c) => c.tag !== 'per-incident');
      if (preferred.length && new Set(preferred.map(keyOf)).size === 1) best = preferred;
      else if (
        withoutSpecial.length &&
        withoutSpecial.length < best.length &&
        new Set(withoutSpecial.map(keyOf)).size === 1
      ) {
        best = withoutSpecial;
      } else {
        const values = [...new Set(best.map((c) => c.place.unit.text.slice(c.start, c.end)))];
        this.note('conflicting-values', best[0]!.place, undefined, { termId: id, values });
        return undefined;
      }
      for (const other of list.filter((c) => c.tag === 'per-incident'))
        this.note('liability-special', other.place, other, { termId: id });
    }
    return best.sort((a, b) => a.place.order - b.place.order || a.start - b.start)[0];
  }

  private toTerm(candidate: Candidate): Term | null {
    const entry = catalogEntry(candidate.id);
    if (!entry) return null;
    const raw = {
      id: candidate.id,
      label: termLabel(candidate.id, this.language),
      favours: entry.favours,
      ...candidate.value,
    };
    const parsed = Term.safeParse(raw);
    if (!parsed.success) {
      this.note('value-out-of-range', candidate.place, candidate, { termId: candidate.id });
      return null;
    }
    return parsed.data;
  }
}

const CREDIT_FORMULA =
  /(?:for each|for every|per|je|pro|für jede[ns]?)\s+(?:(?:full|started|additional|further|commenced|angefangene[ns]?|volle[ns]?|weitere[ns]?)\s+)?(?:hour|minute|day|0[.,]\d|percentage point|stunde|minute|tag|prozentpunkt)/iu;

/** "within any period of 6 months", "innerhalb von 12 Monaten", "die letzten 6 Monate": the window, not the count. */
const CHRONIC_WINDOW_BEFORE =
  /(?:within|during|over|in any|in a|of any|out of|during any|over any)\s+(?:(?:the|a|any|each)\s+)?(?:rolling\s+|consecutive\s+)?(?:period\s+of\s+)?$|period\s+of\s+$|innerhalb\s+(?:von\s+|eines\s+|einer\s+|der\s+letzten\s+)?$|zeitraums?\s+von\s+$|(?:letzten|rolling|laufenden)\s+$/i;

const TIME_CUES = new Set<Cue>(['response', 'restore', 'resolve', 'update']);
const timeVerdicts = new WeakMap<TextUnit, { kinds: TimeKind[]; pair?: PairCue }>();

/**
 * Which time words a whole text uses, and the pair they form, worked out once per text: a header or a
 * long paragraph is asked once for every value it governs.
 */
function timeVerdictOf(unit: TextUnit): { kinds: TimeKind[]; pair?: PairCue } {
  let verdict = timeVerdicts.get(unit);
  if (!verdict) {
    const hits = unit.cues.filter((hit) => TIME_CUES.has(hit.cue));
    const kinds = [...new Set(hits.map((hit) => hit.cue as TimeKind))];
    const pair = hits.length ? pairAround(unit, hits, hits[0]!) : undefined;
    verdict = pair ? { kinds, pair } : { kinds };
    timeVerdicts.set(unit, verdict);
  }
  return verdict;
}

type TimeKind = 'response' | 'restore' | 'resolve' | 'update';
type PairCue = [TimeKind, TimeKind];

/** Words joining two time words into one pair ("response and resolution", "Reaktions-/Lösungszeit"). */
const PAIR_JOIN = /^[\s\u00a0]*(?:-?[\s\u00a0]*(?:and|und|&|\/|,|sowie)[\s\u00a0]*|\/[\s\u00a0]*)$/iu;

/**
 * A response word next to a restoration or resolution word ("Reaktions- und Wiederherstellungszeit"):
 * the durations they govern come in that order. Restoration and resolution side by side ("fix or
 * workaround") are one time, not a pair.
 */
function pairAround(unit: TextUnit, hits: readonly CueHit[], hit: CueHit): PairCue | undefined {
  const kinds = new Set<Cue>(['response', 'restore', 'resolve']);
  if (!kinds.has(hit.cue)) return undefined;
  const sorted = [...hits].filter((h) => kinds.has(h.cue)).sort((a, b) => a.start - b.start);
  const index = sorted.indexOf(hit);
  for (const [a, b] of [
    [sorted[index - 1], hit],
    [hit, sorted[index + 1]],
  ] as [CueHit | undefined, CueHit | undefined][]) {
    if (!a || !b || a.cue === b.cue) continue;
    if (a.cue !== 'response' && b.cue !== 'response') continue;
    if (b.start - a.end > 25 || b.start < a.end) continue;
    if (PAIR_JOIN.test(unit.text.slice(a.end, b.start))) return [a.cue as TimeKind, b.cue as TimeKind];
  }
  return undefined;
}

type DeskTopic = 'abandon' | 'firstContact' | 'satisfaction' | 'call';
/** Service desk figures in the order they win when one text names several ("Anrufer legen auf"). */
const DESK_TOPICS = ['abandon', 'firstContact', 'satisfaction', 'call'] as const satisfies readonly Cue[];
const DESK_PERCENT_ID: Record<DeskTopic, string> = {
  abandon: 'abandon_rate',
  firstContact: 'first_contact_resolution',
  satisfaction: 'customer_satisfaction',
  call: 'call_answer_rate',
};
/** Words that make a share before them something else than a service desk figure. */
const OTHER_SHARE_TOPICS = new Set<Cue>([
  'availability',
  'credit',
  'bonus',
  'liability',
  'fee',
  'tax',
  'forecast',
]);
type InfrastructureTopic = 'power' | 'cooling' | 'network';
const INFRASTRUCTURE_TOPICS = ['power', 'cooling', 'network'] as const satisfies readonly Cue[];
const NOTICE_TOPICS = ['deprecation', 'release', 'rollout', 'audit'] as const satisfies readonly Cue[];
const NOTICE_ID: Record<(typeof NOTICE_TOPICS)[number], string> = {
  deprecation: 'deprecation_notice',
  release: 'release_notice',
  rollout: 'rollout_notice',
  audit: 'audit_notice',
};
const BEFORE_AFTER = /^[\s\u00a0]*(?:vor|bevor|before|prior to|ahead of)(?![\p{L}])/iu;
const CALL_BACK =
  /r(?:ü|ue)ckruf|zur(?:ü|ue)ck(?:zu)?ruf|zur(?:ü|ue)ckgerufen|call[- ]?back|called back|returns? (?:the )?calls?/iu;
const PER_HOUR =
  /(?:per|je|pro|an|a|each|every|jede|für jede)[\s\u00a0]+(?:(?:started|additional|further|angefangene|begonnene|weitere|zusätzliche)[\s\u00a0]+)?(?:hour|stunde)|hourly|stündlich|stundensatz|\/[\s\u00a0]*(?:h|std\.?|stunde)(?![\p{L}])/iu;
/** "Verfügbarkeit der Plattform", "availability of the service": the availability of something named after it. */
const QUALIFIED =
  /^[\s\u00a0]+(?:der|des|vom|von|of|for|für)[\s\u00a0]+(?:(?:the|die|das|den|dem)[\s\u00a0]+)?\p{L}/iu;
const OTHER_SUBJECT =
  /(?<![\p{L}])(?:plattform|platform|dienst|service|system|anwendung|application|server(?!r(?:a|ä)um)|software)/iu;
const RTO_WORD = /rto|objective|wiederanlauf|notfall|katastroph/iu;
const DEPRECATION_NOTICE = /abkündig|abgekündigt|deprecat/iu;
const REGISTER = /anmeld|anzumelden|angemeldet|regist|book/iu;
const READY =
  /ready|available|provid|provision|deliver|handed over|set up|bereit|zur verfügung|übergeben|übergibt|install/iu;
const RECEIPT = /eingangsbest|empfangsbest|receipt/iu;
const ANSWER_WORDS = /respon|reakt|reagier|acknowledg|rückmeld|antwort|eingangsbest|bestätig|update|status/iu;
const BACK_AGAIN =
  /wieder[\s\u00a0]*(?:bereit|verfügbar|her|in betrieb|nutzbar|zur verfügung)|available again|back (?:in service|online|up)|restor|recover|wiederherstell|wiederanlauf/iu;
const USERS_AFTER =
  /^[\s\u00a0]*(?:(?:named|benannte[n]?|namentlich|aktive[n]?|active|concurrent|gleichzeitige[n]?|registered|registrierte[n]?|end)[\s\u00a0]+)*(?:users?|seats?|nutzer(?:n|innen)?|anwender(?:n|innen)?|benutzer(?:n|innen)?|arbeitsplätzen?)(?![\p{L}])/iu;
const UP_TO_BEFORE =
  /(?:up to|a maximum of|maximum of|no more than|not more than|max\.|bis zu|maximal|höchstens)[\s\u00a0]*$/iu;

const isCallTime = (m: ValueMention) =>
  m.kind === 'duration' && (m.unit === 'seconds' || m.unit === 'minutes');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HEADER_UNITS: [RegExp, Partial<ValueMention>][] = [
  [
    /(?:\(|\[|\bin\s+)(?:h|hrs?|hours|std\.?|stunden)(?:\)|\]|(?![\p{L}]))/iu,
    { kind: 'duration', unit: 'hours' },
  ],
  [
    /(?:\(|\[|\bin\s+)(?:min\.?|minuten|minutes)(?:\)|\]|(?![\p{L}]))/iu,
    { kind: 'duration', unit: 'minutes' },
  ],
  [
    /(?:\(|\[|\bin\s+)(?:werktagen?|business days|working days|wt|arbeitstagen?)(?:\)|\]|(?![\p{L}]))/iu,
    { kind: 'duration', unit: 'business-days' },
  ],
  [
    /(?:\(|\[|\bin\s+)(?:tagen?|days|kalendertagen?)(?:\)|\]|(?![\p{L}]))/iu,
    { kind: 'duration', unit: 'days' },
  ],
  [
    /(?:\(|\[|\bin\s+)(?:s|sek\.?|sekunden|sec\.?|secs|seconds)(?:\)|\]|(?![\p{L}]))/iu,
    { kind: 'duration', unit: 'seconds', problem: 'unsupported-unit' },
  ],
  [/(?:\(|\[|\bin\s+)(?:%|prozent|percent)(?:\)|\]|(?![\p{L}]))/iu, { kind: 'percent' }],
  [/(?:\(|\[|\bin\s+)(?:€|eur|euro)(?:\)|\]|(?![\p{L}]))/iu, { kind: 'money', currency: 'EUR' }],
  [/(?:\(|\[|\bin\s+)(?:chf)(?:\)|\]|(?![\p{L}]))/iu, { kind: 'money', currency: 'CHF' }],
  [/(?:\(|\[|\bin\s+)(?:usd|\$)(?:\)|\]|(?![\p{L}]))/iu, { kind: 'money', currency: 'USD' }],
];

function headerUnit(text: string): Partial<ValueMention> | undefined {
  return HEADER_UNITS.find(([pattern]) => pattern.test(text))?.[1];
}

// ---------------------------------------------------------------------------------------------------
// Priorities as the document names them

function prioritiesOf(
  places: Place[],
  scheme: PriorityScheme,
  terms: RecognisedTerm[],
): { level: number; name: string }[] {
  const used = new Set(
    terms
      .map((t) => /^p(\d)_/.exec(t.term.id)?.[1])
      .filter(Boolean)
      .map(Number),
  );
  const names = new Map<number, { name: string; named: boolean }>();
  for (const place of places) {
    for (const label of relevantLabels(place)) {
      const level = scheme.levelOf(label);
      if (level === undefined) continue;
      const topical =
        used.size > 0 ||
        place.clause.heading.cueSet.has('priority') ||
        place.unit.cueSet.has('priority') ||
        place.clause.heading.cueSet.has('incident');
      if (!topical) continue;
      const name = place.unit.text.slice(label.start, label.end).replace(/\s+/g, ' ').trim();
      const named = label.rank !== undefined && label.ordinal !== undefined;
      const known = names.get(level);
      if (!known || (named && !known.named)) names.set(level, { name, named });
    }
  }
  return [...names.entries()].sort((a, b) => a[0] - b[0]).map(([level, { name }]) => ({ level, name }));
}

// ---------------------------------------------------------------------------------------------------
// Notes in words

const NOTE_TEXT: Record<RecognitionNoteCode, string> = {
  'conflicting-values': 'has different values in different places; none is used',
  'unreadable-value': 'could not be read safely',
  'range-not-used': 'is written as a range; no single value is used',
  'priority-unknown': 'is a response or resolution time whose priority is not clear',
  'uniform-times-as-p1':
    'applies to every incident; the document names no priorities, so it is read as priority 1',
  'time-kind-unknown': 'is a response or resolution time, but which of the two is not clear',
  'priorities-reversed':
    'priority numbers run from least to most urgent; levels were reversed so 1 is the most urgent',
  'priorities-inconsistent': 'priority names and numbers do not agree; the numbers are used',
  'credit-formula': 'describes service credits as a formula, not as bands; no bands are read from it',
  'credit-band-incomplete': 'is part of a credit schedule that could not be read completely',
  'credit-not-percent': 'is a service credit written as an amount, not as a share of the fee',
  'fee-period-unknown': 'is a fee without a monthly or yearly period',
  'unit-price': 'is a price per user, hour or item, not the fee of the service',
  'liability-special': 'is a liability cap for a special case, not the general cap',
  'value-out-of-range': 'is beyond what the term can hold',
  'overlapping-terms': 'overlaps another term and is left out',
  'value-rounded': 'is held in minutes, rounded to four decimal places',
};

function describeNote(note: RecognitionNote): string {
  const where = note.clause !== undefined ? `clause ${note.clause + 1}` : 'the document';
  const subject = note.text ? `"${note.text}"` : note.termId ? note.termId : 'A value';
  const values = note.values?.length ? ` (${note.values.join(' | ')})` : '';
  const id = note.termId && note.text ? ` [${note.termId}]` : '';
  return `${subject}${id} in ${where} ${NOTE_TEXT[note.code]}${values}.`;
}
