import type { NoteInline, ObjectInline, Origin } from '../model/document';
import type { BlockNode, Span, SpanTerm } from './changeTree';
import { diffTokens } from './diffTokens';
import { sameMarks, sameOrigin, type Token } from './tokenize';

/*
 * The word diff of one text node, with the origin rule of issue 8:
 *
 * a is diffed against b's ORIGINAL view (b without its tracked insertions; its tracked deletions
 * kept), then b's inserted runs are put back where they stand. So
 * - an a-token matched to a b `del` token is a tracked deletion,
 * - an a-token matched to nothing is a silent deletion,
 * - a b `ins` token is a tracked insertion,
 * - a b plain token matched to nothing is a silent insertion,
 * - a b `del` token matched to nothing changes nothing (it is in neither a nor b's accepted view),
 * - matched tokens whose marks differ are a formatting change (tracked when b has `w:rPrChange`).
 * Paragraph boundaries are tokens too, so tracked paragraph marks count the same way. Without
 * origins on b (any pair not judged) the same walk is a plain word diff.
 */

export const EQ = 0;
export const INS = 1;
export const DEL = 2;
export const FMT = 3;

/** The walk's result: one item per token shown, with the token of each side it stands for. */
export interface UnitItems {
  ops: number[];
  a: (Token | undefined)[];
  /** For DEL items: the b `del` token that removed it (tracked), or undefined (silent). */
  b: (Token | undefined)[];
}

const isInserted = (token: Token) =>
  token.origin !== undefined && (token.origin.type === 'ins' || token.origin.type === 'moveTo');
const isDeleted = (token: Token) =>
  token.origin !== undefined && (token.origin.type === 'del' || token.origin.type === 'moveFrom');

export function walkUnit(aTokens: readonly Token[], bTokens: readonly Token[]): UnitItems {
  const items: UnitItems = { ops: [], a: [], b: [] };
  const push = (op: number, a: Token | undefined, b: Token | undefined) => {
    items.ops.push(op);
    items.a.push(a);
    items.b.push(b);
  };
  let anyInserted = false;
  for (const token of bTokens)
    if (isInserted(token)) {
      anyInserted = true;
      break;
    }
  const origIndex: number[] = [];
  let original: readonly Token[] = bTokens;
  if (anyInserted) {
    const kept: Token[] = [];
    bTokens.forEach((token, index) => {
      if (isInserted(token)) return;
      origIndex.push(index);
      kept.push(token);
    });
    original = kept;
  }
  const at = (k: number) => (anyInserted ? origIndex[k]! : k);
  let pos = 0;
  const insertUpTo = (j: number) => {
    for (; pos < j; pos++) push(INS, undefined, bTokens[pos]!);
  };
  for (const hunk of diffTokens(aTokens, original)) {
    if (hunk.op === 'equal') {
      for (let k = 0; k < hunk.aEnd - hunk.aStart; k++) {
        const j = at(hunk.bStart + k);
        insertUpTo(j);
        const a = aTokens[hunk.aStart + k]!;
        const b = bTokens[j]!;
        if (isDeleted(b)) push(DEL, a, b);
        else if (!sameMarks(a.marks, b.marks)) push(FMT, a, b);
        else push(EQ, a, b);
        pos = j + 1;
      }
      continue;
    }
    for (let i = hunk.aStart; i < hunk.aEnd; i++) push(DEL, aTokens[i]!, undefined);
    for (let k = hunk.bStart; k < hunk.bEnd; k++) {
      const j = at(k);
      insertUpTo(j);
      const b = bTokens[j]!;
      if (!isDeleted(b)) push(INS, undefined, b);
      // b's last paragraph mark, tracked as deleted: it decides whether that paragraph is there in
      // b's accepted view (an emptied paragraph goes), so it is a tracked deletion of the mark.
      else if (j === bTokens.length - 1 && b.kind === 'break') push(DEL, { ...b, origin: undefined }, b);
      pos = j + 1;
    }
  }
  insertUpTo(bTokens.length);
  return items;
}

/** A run of items that forms one change: text (insert/delete) or formatting, in one term or none. */
export interface UnitGroup {
  start: number;
  end: number;
  /** The term whose value changed that the group lies in: its change is the term's change. */
  termId: string | null;
  format: boolean;
}

function itemTerm(items: UnitItems, k: number): SpanTerm | undefined {
  return items.ops[k] === DEL ? items.a[k]!.term : items.b[k]!.term;
}

/** 't' all tracked, 's' all silent, 'm' both. */
function originClass(items: UnitItems, group: UnitGroup): 't' | 's' | 'm' {
  let tracked = false;
  let silent = false;
  for (let k = group.start; k < group.end; k++) {
    const op = items.ops[k];
    if (op === EQ) continue;
    const b = items.b[k];
    const isTracked =
      op === DEL ? b !== undefined : op === INS ? isInserted(b!) : b!.formatChange !== undefined;
    if (isTracked) tracked = true;
    else silent = true;
  }
  return tracked && silent ? 'm' : tracked ? 't' : 's';
}

/**
 * Text items of one contiguous run, split where they touch different changed terms. The run's
 * deletions and insertions may be reordered among each other (never within a side), which leaves
 * both sides' text as it was.
 */
function textGroups(
  items: UnitItems,
  start: number,
  end: number,
  changedTerm: (termId: string) => boolean,
): UnitGroup[] {
  const keyOf = (k: number) => {
    const term = itemTerm(items, k);
    return term && changedTerm(term.id) ? term.id : '';
  };
  const terms = new Set<string>();
  for (let k = start; k < end; k++) {
    const key = keyOf(k);
    if (key) terms.add(key);
  }
  if (terms.size === 0) return [{ start, end, termId: null, format: false }];
  const firstTerm = [...terms][0]!;
  let plain = false;
  for (let k = start; k < end && !plain; k++) if (!keyOf(k)) plain = true;
  if (terms.size === 1 && !plain) return [{ start, end, termId: firstTerm, format: false }];
  // Segments of each side by term; when both sides touch the same terms in the same order, each
  // segment pair is a change of its own (a wording change beside a term's change).
  const segments = (op: number) => {
    const out: { key: string; items: number[] }[] = [];
    for (let k = start; k < end; k++) {
      if (items.ops[k] !== op) continue;
      const key = keyOf(k);
      const last = out[out.length - 1];
      if (last && last.key === key) last.items.push(k);
      else out.push({ key, items: [k] });
    }
    return out;
  };
  const dels = segments(DEL);
  const inss = segments(INS);
  const aligned = dels.length === inss.length && dels.every((segment, s) => segment.key === inss[s]!.key);
  if (!aligned) return [{ start, end, termId: firstTerm, format: false }];
  const order: number[] = [];
  const groups: UnitGroup[] = [];
  let at = start;
  dels.forEach((segment, s) => {
    order.push(...segment.items, ...inss[s]!.items);
    const size = segment.items.length + inss[s]!.items.length;
    groups.push({ start: at, end: at + size, termId: segment.key || null, format: false });
    at += size;
  });
  const ops = order.map((k) => items.ops[k]!);
  const a = order.map((k) => items.a[k]);
  const b = order.map((k) => items.b[k]);
  for (let k = 0; k < order.length; k++) {
    items.ops[start + k] = ops[k]!;
    items.a[start + k] = a[k];
    items.b[start + k] = b[k];
  }
  return groups;
}

/**
 * The changes of a walked unit. Equal runs made only of whitespace between two changes of the same
 * sort (same term, same origin) are folded into one change, so a rewritten phrase reads as one
 * change, not one per word; a tracked and a silent edit are never folded together.
 */
export function planGroups(
  items: UnitItems,
  changedTerm: (termId: string) => boolean,
  judged: boolean,
): UnitGroup[] {
  const groups: UnitGroup[] = [];
  const n = items.ops.length;
  let i = 0;
  while (i < n) {
    if (items.ops[i] === EQ) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && items.ops[j] !== EQ) j++;
    let k = i;
    while (k < j) {
      const format = items.ops[k] === FMT;
      let m = k;
      while (m < j && (items.ops[m] === FMT) === format) m++;
      if (format) groups.push({ start: k, end: m, termId: null, format: true });
      else groups.push(...textGroups(items, k, m, changedTerm));
      k = m;
    }
    i = j;
  }
  const out: UnitGroup[] = [];
  for (const group of groups) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.format === group.format &&
      prev.termId === group.termId &&
      prev.end < group.start &&
      onlySpace(items, prev.end, group.start) &&
      (!judged ||
        (originClass(items, prev) === originClass(items, group) && originClass(items, prev) !== 'm'))
    )
      prev.end = group.end;
    else out.push({ ...group });
  }
  return out;
}

function onlySpace(items: UnitItems, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (items.ops[k] !== EQ || items.a[k]!.kind !== 'space') return false;
  return true;
}

const sameTerm = (x: SpanTerm | undefined | null, y: SpanTerm | undefined | null) =>
  x === y || (!!x && !!y && x.id === y.id && x.slot === y.slot && x.written === y.written);

/** Appends a span, merging it into the previous one when nothing but the text tells them apart. */
export function pushSpan(spans: Span[], span: Span): void {
  const last = spans[spans.length - 1];
  if (
    last &&
    last.op === span.op &&
    last.changeId === span.changeId &&
    !last.paragraphBreak &&
    !span.paragraphBreak &&
    !last.object &&
    !span.object &&
    !last.note &&
    !span.note &&
    sameMarks(last.marks, span.marks) &&
    sameMarks(last.marksBefore, span.marksBefore) &&
    sameTerm(last.term, span.term) &&
    sameTerm(last.termA, span.termA) &&
    (last.termA === undefined) === (span.termA === undefined) &&
    sameOrigin(last.origin, span.origin) &&
    last.formatChange === span.formatChange
  ) {
    last.text += span.text;
    return;
  }
  spans.push(span);
}

/** What emitting needs from the builder: change ids, and the content of notes. */
export interface EmitEnv {
  /** The change id of a group, allocated when the group is first emitted. */
  idOf(group: UnitGroup): string;
  /** Every span with a change id, as it is made. */
  record(changeId: string, span: Span): void;
  /** Both sides of a note reference that stayed: its body compared. */
  notePair(a: NoteInline, b: NoteInline): BlockNode[];
  /** A note inserted or removed whole: its body, one side, under the change. */
  noteSide(note: NoteInline, side: 'a' | 'b', changeId: string, origin: Origin | undefined): BlockNode[];
}

function objectOf(inline: ObjectInline): Span['object'] {
  const { origin: _origin, ...rest } = inline;
  return rest;
}

/** A span of one token standing alone on one side (inserted or deleted). */
export function sideSpan(
  token: Token,
  op: 'insert' | 'delete',
  changeId: string | undefined,
  origin: Origin | undefined,
  env: Pick<EmitEnv, 'noteSide'>,
): Span {
  const span: Span = { text: token.text, op };
  if (changeId) span.changeId = changeId;
  if (token.marks) span.marks = token.marks;
  if (token.term) span.term = token.term;
  if (origin) span.origin = origin;
  if (token.kind === 'break') span.paragraphBreak = op === 'delete' ? { a: token.end! } : { b: token.end! };
  else if (token.kind === 'object') span.object = objectOf(token.inline as ObjectInline);
  else if (token.kind === 'note') {
    const note = token.inline as NoteInline;
    span.note = {
      note: note.note,
      blocks: changeId ? env.noteSide(note, op === 'delete' ? 'a' : 'b', changeId, origin) : [],
    };
  }
  return span;
}

/** Spans of a walked unit, with change ids from its groups. */
export function emitUnit(items: UnitItems, groups: readonly UnitGroup[], env: EmitEnv): Span[] {
  const spans: Span[] = [];
  // Reused for recording tokens that only lengthen a span: the recorder reads it and keeps nothing.
  const scratch: Span = { text: '', op: 'insert' };
  let g = 0;
  let id: string | undefined;
  for (let k = 0; k < items.ops.length; k++) {
    while (g < groups.length && groups[g]!.end <= k) {
      g++;
      id = undefined;
    }
    const group = groups[g];
    const inGroup = group !== undefined && group.start <= k;
    if (inGroup && id === undefined) id = env.idOf(group);
    const changeId = inGroup ? id : undefined;
    const op = items.ops[k]!;
    const a = items.a[k];
    const b = items.b[k];
    // Most tokens are equal text continuing the span before: append, allocate nothing.
    if (
      op === EQ &&
      changeId === undefined &&
      b!.kind !== 'break' &&
      b!.kind !== 'object' &&
      b!.kind !== 'note'
    ) {
      const last = spans[spans.length - 1];
      const termDiffers = !sameTerm(a!.term, b!.term);
      if (
        last !== undefined &&
        last.op === 'equal' &&
        last.changeId === undefined &&
        last.paragraphBreak === undefined &&
        last.object === undefined &&
        last.note === undefined &&
        sameMarks(last.marks, b!.marks) &&
        sameTerm(last.term, b!.term) &&
        (termDiffers
          ? last.termA !== undefined && sameTerm(last.termA, a!.term ?? null)
          : last.termA === undefined)
      ) {
        last.text += b!.text;
        continue;
      }
    }
    // A changed token continuing the span before (a rewritten phrase): record it, append its text.
    if ((op === DEL || op === INS) && changeId !== undefined) {
      const token = op === DEL ? a! : b!;
      const origin = op === DEL ? b?.origin : isInserted(b!) ? b!.origin : undefined;
      const last = spans[spans.length - 1];
      if (
        token.kind !== 'break' &&
        token.kind !== 'object' &&
        token.kind !== 'note' &&
        last !== undefined &&
        last.op === (op === DEL ? 'delete' : 'insert') &&
        last.changeId === changeId &&
        last.paragraphBreak === undefined &&
        last.object === undefined &&
        last.note === undefined &&
        last.termA === undefined &&
        sameMarks(last.marks, token.marks) &&
        sameTerm(last.term, token.term) &&
        sameOrigin(last.origin, origin)
      ) {
        scratch.op = last.op;
        scratch.text = token.text;
        scratch.marks = token.marks;
        scratch.term = token.term;
        scratch.origin = origin;
        env.record(changeId, scratch);
        last.text += token.text;
        continue;
      }
    }
    let span: Span;
    if (op === DEL) span = sideSpan(a!, 'delete', changeId, b?.origin, env);
    else if (op === INS) span = sideSpan(b!, 'insert', changeId, isInserted(b!) ? b!.origin : undefined, env);
    else {
      span = { text: b!.text, op: op === FMT ? 'format' : 'equal' };
      if (changeId) span.changeId = changeId;
      if (b!.marks) span.marks = b!.marks;
      if (op === FMT) {
        span.marksBefore = a!.marks ?? [];
        if (!b!.marks) span.marks = [];
        if (b!.formatChange) span.formatChange = b!.formatChange;
      }
      if (b!.term) span.term = b!.term;
      if (!sameTerm(a!.term, b!.term)) span.termA = a!.term ?? null;
      if (b!.kind === 'break') span.paragraphBreak = { a: a!.end!, b: b!.end! };
      else if (b!.kind === 'object') span.object = objectOf(b!.inline as ObjectInline);
      else if (b!.kind === 'note')
        span.note = {
          note: (b!.inline as NoteInline).note,
          blocks: env.notePair(a!.inline as NoteInline, b!.inline as NoteInline),
        };
    }
    if (changeId) env.record(changeId, span);
    pushSpan(spans, span);
  }
  return spans;
}

/**
 * Spans of a unit that stands on one side only (inside an inserted or removed clause, block, row,
 * note): b's tracked deletions are in neither a nor b's accepted view and are left out.
 */
export function emitSide(
  tokens: readonly Token[],
  side: 'a' | 'b',
  changeId: string,
  fallbackOrigin: Origin | undefined,
  env: Pick<EmitEnv, 'record' | 'noteSide'>,
): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    if (side === 'b' && isDeleted(token)) continue;
    const origin = side === 'b' ? (isInserted(token) ? token.origin : fallbackOrigin) : fallbackOrigin;
    const span = sideSpan(token, side === 'a' ? 'delete' : 'insert', changeId, origin, env);
    env.record(changeId, span);
    pushSpan(spans, span);
  }
  return spans;
}
