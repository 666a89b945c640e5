import type { Mark } from '../model/document';
import type { Term } from '../model/term';
import type { Change, ChangeKind, ChangeLocation, ChangeRevision, Span } from './changeTree';
import { CHANGE_KINDS } from './changeTree';
import { classifyHunk } from './classifyChange';

/** Where the builder is in the document while it records changes. */
export interface ChangeContext {
  clauseId: string;
  clauseNumberA: string | null;
  clauseNumberB: string | null;
  heading: string;
  location: ChangeLocation;
}

/** How a change's kind is found: fixed, or from its text when it is complete. */
type KindRule = ChangeKind | 'text';

interface Pending {
  change: Change;
  rule: KindRule;
  /** Texts given by the builder (clause moves, headings, terms) rather than gathered from spans. */
  explicit: boolean;
  before: string;
  after: string;
  gap: string;
  tracked: number;
  silent: number;
  trackedBefore: string;
  trackedAfter: string;
  silentBefore: string;
  silentAfter: string;
  /** Made when the first revision comes: most changes of a long pair have none or one. */
  revisions: Map<string, ChangeRevision> | undefined;
  object: boolean;
  hidden: boolean;
  marksBefore?: Mark[];
  marksAfter?: Mark[];
}

export interface TermChangeInfo {
  before: Term | null;
  after: Term | null;
  beforeText: string;
  afterText: string;
  effect: Change['effect'];
}

const revisionKey = (revision: ChangeRevision) =>
  `${revision.type}\u0000${revision.id}\u0000${revision.author}\u0000${revision.date ?? ''}`;

/**
 * Collects the changes of one tree in document order while the builder walks the pair. Each change
 * gathers the spans that carry its id; when the walk is done, `finish` gives every change its text,
 * kind, and origin — tracked, silent or mixed — from exactly those spans and their revisions.
 */
export class ChangeRecorder {
  private readonly pending: Pending[] = [];
  private readonly byId = new Map<string, Pending>();
  /**
   * Inserted and deleted text lying in a changed term, under whatever change it is shown (a clause
   * inserted whole, a move): where a term's own change has no text of its own, this text is the
   * evidence of where its new value came from.
   */
  private readonly termEvidence = new Map<
    string,
    { tracked: number; silent: number; revisions: Map<string, ChangeRevision> }
  >();
  private nextId = 1;
  /** Spans recorded so far: lets the builder tell whether a clause changed. */
  touched = 0;
  context: ChangeContext = {
    clauseId: '',
    clauseNumberA: null,
    clauseNumberB: null,
    heading: '',
    location: 'body',
  };

  constructor(
    private readonly judged: boolean,
    private readonly changedTerm: (termId: string) => boolean = () => false,
  ) {}

  private create(id: string, rule: KindRule, explicit?: { before: string; after: string }): Pending {
    const entry: Pending = {
      change: {
        id,
        kind: rule === 'text' ? 'wording' : rule,
        location: this.context.location,
        clauseId: this.context.clauseId,
        clauseNumberA: this.context.clauseNumberA,
        clauseNumberB: this.context.clauseNumberB,
        heading: this.context.heading,
        before: '',
        after: '',
        effect: 'neutral',
        origin: null,
        revisions: [],
      },
      rule,
      explicit: explicit !== undefined,
      before: explicit?.before ?? '',
      after: explicit?.after ?? '',
      gap: '',
      tracked: 0,
      silent: 0,
      trackedBefore: '',
      trackedAfter: '',
      silentBefore: '',
      silentAfter: '',
      revisions: undefined,
      object: false,
      hidden: false,
    };
    this.pending.push(entry);
    this.byId.set(id, entry);
    return entry;
  }

  /** A new change at the current place: `c1`, `c2` … in the order they are opened. */
  open(rule: KindRule, explicit?: { before: string; after: string }): string {
    const id = `c${this.nextId++}`;
    this.create(id, rule, explicit);
    return id;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The one change of a term, listed where the document first shows it changed. */
  term(termId: string, label: string, info: TermChangeInfo): string {
    const id = termChangeId(termId);
    if (this.byId.has(id)) return id;
    const entry = this.create(id, 'term', { before: info.beforeText, after: info.afterText });
    entry.change.term = { id: termId, label, before: info.before, after: info.after };
    entry.change.effect = info.effect;
    return id;
  }

  /**
   * Text put between the next pieces of a change's before/after text (a new block, a new cell);
   * the first separator asked for since the last text wins (a cell's ' | ' over its paragraph's '\n').
   */
  gap(id: string, separator: string): void {
    const entry = this.byId.get(id);
    if (entry && !entry.gap) entry.gap = separator;
  }

  private lastId = '';
  private lastEntry: Pending | undefined;

  add(id: string, span: Span): void {
    // Spans of one change come in runs: look the change up once per run.
    const entry = id === this.lastId ? this.lastEntry! : this.byId.get(id)!;
    this.lastId = id;
    this.lastEntry = entry;
    this.touched++;
    const { op } = span;
    const text = span.text;
    const toBefore = op === 'delete' || op === 'equal' || op === 'format';
    const toAfter = op === 'insert' || op === 'equal' || op === 'format';
    if (!entry.explicit && text) {
      if (toBefore) entry.before += (entry.before && entry.gap ? entry.gap : '') + text;
      if (toAfter) entry.after += (entry.after && entry.gap ? entry.gap : '') + text;
      entry.gap = '';
    }
    if (span.object) entry.object = true;
    if (span.marks?.includes('hidden') || span.marksBefore?.includes('hidden')) entry.hidden = true;
    if (op === 'equal') return;
    if (op === 'format') {
      entry.marksBefore ??= span.marksBefore ?? [];
      entry.marksAfter ??= span.marks ?? [];
      if (span.formatChange) {
        entry.tracked++;
        const { marks: _marks, ...revision } = span.formatChange;
        this.addRevision(entry, { ...revision, type: 'format' });
      } else entry.silent++;
      return;
    }
    const origin = span.origin;
    const tracked =
      origin !== undefined &&
      (op === 'insert'
        ? origin.type === 'ins' || origin.type === 'moveTo'
        : origin.type === 'del' || origin.type === 'moveFrom');
    if (span.term && this.changedTerm(span.term.id) && !id.startsWith('term:')) {
      let evidence = this.termEvidence.get(span.term.id);
      if (!evidence)
        this.termEvidence.set(span.term.id, (evidence = { tracked: 0, silent: 0, revisions: new Map() }));
      if (tracked) {
        evidence.tracked++;
        const revision: ChangeRevision = { type: origin.type, id: origin.id, author: origin.author };
        if (origin.date !== undefined) revision.date = origin.date;
        evidence.revisions.set(revisionKey(revision), revision);
      } else evidence.silent++;
    }
    if (tracked) {
      entry.tracked++;
      this.addRevision(entry, { ...origin });
      if (op === 'delete') entry.trackedBefore += text;
      else entry.trackedAfter += text;
    } else {
      entry.silent++;
      if (op === 'delete') entry.silentBefore += text;
      else entry.silentAfter += text;
    }
  }

  private addRevision(entry: Pending, revision: ChangeRevision) {
    const clean: ChangeRevision = { type: revision.type, id: revision.id, author: revision.author };
    if (revision.date !== undefined) clean.date = revision.date;
    const key = revisionKey(clean);
    entry.revisions ??= new Map();
    if (!entry.revisions.has(key)) entry.revisions.set(key, clean);
  }

  /** The change list, every change complete. */
  finish(): { changes: Change[]; counts: Record<ChangeKind, number> } {
    const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
    const changes = this.pending.map((entry) => {
      const change = entry.change;
      change.before = entry.before;
      change.after = entry.after;
      if (entry.rule === 'text')
        change.kind = entry.object
          ? 'object'
          : change.location === 'table'
            ? 'table-cell'
            : classifyHunk(entry.before, entry.after);
      if (entry.marksBefore || entry.marksAfter)
        change.marks = { before: entry.marksBefore ?? [], after: entry.marksAfter ?? [] };
      if (entry.hidden) change.hidden = true;
      const evidence = change.term ? this.termEvidence.get(change.term.id) : undefined;
      if (evidence && entry.tracked === 0 && entry.silent === 0) {
        entry.tracked = evidence.tracked;
        entry.silent = evidence.silent;
        entry.revisions = evidence.revisions;
      }
      change.revisions = entry.revisions ? [...entry.revisions.values()] : [];
      // A term's value shown nowhere in the text: the file says nothing about where it came from.
      const unseenTerm = change.kind === 'term' && entry.tracked === 0 && entry.silent === 0;
      if (this.judged && !unseenTerm) {
        // Nothing tracked at all (text or a structural difference no Word revision records) is silent.
        change.origin = entry.tracked > 0 ? (entry.silent > 0 ? 'mixed' : 'tracked') : 'silent';
        if (change.origin === 'mixed')
          change.parts = {
            tracked: { before: entry.trackedBefore, after: entry.trackedAfter },
            silent: { before: entry.silentBefore, after: entry.silentAfter },
          };
      }
      counts[change.kind]++;
      return change;
    });
    return { changes, counts };
  }
}

/** The id of a term's one change, the same wherever the term shows it. */
export function termChangeId(termId: string): string {
  return `term:${termId}`;
}
