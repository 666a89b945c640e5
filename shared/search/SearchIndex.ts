import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { formatTermValue } from '../format/formatTermValue';
import type { Language, SlaDocument } from '../model/document';
import type { Term } from '../model/term';
import { documentText, type TextPart } from './documentText';
import { isNumberWord, prefixTerm, searchTerms, words, wordSpans } from './normalizeWords';

/** What a search result belongs to: a deal (with its draft and rounds) or a template. */
export type OwnerKind = 'deal' | 'template';
export interface OwnerRef {
  kind: OwnerKind;
  id: string;
}

/** Where inside its owner a text was found. */
export type SearchSource =
  | { kind: 'deal' }
  | { kind: 'draft' }
  | { kind: 'round'; number: number }
  | { kind: 'template'; version: number };

export interface SearchHit {
  owner: OwnerRef;
  score: number;
  /** Where the best matching text is; `deal` or `template` source for a name, customer or title. */
  source: SearchSource;
  clauseId?: string;
  heading?: string;
  /** The matching text around the first hit, term values filled in; absent for names and titles. */
  snippet?: { text: string; highlights: [start: number, end: number][] };
}

export interface SearchResults {
  query: string;
  /** Every match, best first (the deals list filters and orders by it). */
  owners: OwnerRef[];
  /** The best `limit` matches with where they matched. */
  hits: SearchHit[];
}

type PassageKind = 'customer' | 'title' | 'name' | 'description' | 'clause' | 'term';

/** Names and titles count more than a word somewhere in a clause. */
const BOOST: Record<PassageKind, number> = {
  customer: 4,
  title: 3,
  name: 3,
  description: 1,
  term: 1.5,
  clause: 1,
};

/**
 * One distinct text. Deals started from the same template share most of their wording, and a
 * round mostly repeats the one before: each distinct text is indexed once, however many drafts,
 * rounds and templates contain it (term values are references, see documentText).
 */
interface Passage {
  id: number;
  key: string;
  kind: PassageKind;
  heading: string;
  parts: TextPart[];
  /** Owner key → how many of its documents contain this text. */
  owners: Map<string, number>;
  /** The same owners as a bit set over owner slots: joining words over thousands of deals is AND/OR. */
  bits: Uint32Array;
}

interface Location {
  passageId: number;
  clauseId?: string;
  termId?: string;
}

interface OwnerDocument {
  source: SearchSource;
  locations: Location[];
  /** Formatted term values of this document, for snippets. */
  values: Map<string, string>;
}

interface Owner {
  ref: OwnerRef;
  key: string;
  /** Its bit in every passage's owner set. */
  slot: number;
  documents: Map<string, OwnerDocument>;
}

export interface DocumentInput {
  source: SearchSource;
  document: SlaDocument;
}

const SNIPPET_LENGTH = 140;

function popCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function ownerKey(ref: OwnerRef): string {
  return `${ref.kind}:${ref.id}`;
}

function partsText(parts: readonly TextPart[], values?: ReadonlyMap<string, string>): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : (values?.get(part.termId) ?? ' ')))
    .join('')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * The search over deals (customer, title, draft and every round) and templates (name, description,
 * document): MiniSearch over distinct texts, with owners joined in here, so that every word of the
 * query must occur somewhere in the same deal or template (not necessarily in the same clause).
 * Kept up to date one document at a time; pure, so the worker, the tests and the bench share it.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: [],
    tokenize: words,
    processTerm: (term) => searchTerms(term),
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  private readonly passages = new Map<number, Passage>();
  private readonly passageByKey = new Map<string, number>();
  private readonly owners = new Map<string, Owner>();
  private readonly ownerAt: (Owner | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /** Length of every passage's bit set, in 32-bit words. */
  private words = 1;
  private nextPassageId = 1;

  get size(): { owners: number; passages: number } {
    return { owners: this.owners.size, passages: this.passages.size };
  }

  setDeal(dealId: string, meta: { customer: string; title: string }): void {
    this.replace({ kind: 'deal', id: dealId }, 'meta', {
      source: { kind: 'deal' },
      locations: [this.meta('customer', meta.customer), this.meta('title', meta.title)],
      values: new Map(),
    });
  }

  /** The draft (`key` "draft") or a round (`key` = its id) of a deal. */
  setDealDocument(dealId: string, key: string, input: DocumentInput): void {
    this.replace({ kind: 'deal', id: dealId }, key, this.fromDocument(input));
  }

  removeDealDocument(dealId: string, key: string): void {
    this.replace({ kind: 'deal', id: dealId }, key, null);
  }

  /** A template as its latest version: name, description and document. */
  setTemplate(
    templateId: string,
    meta: { name: string; description: string; version: number; document: SlaDocument },
  ): void {
    const ref: OwnerRef = { kind: 'template', id: templateId };
    const source: SearchSource = { kind: 'template', version: meta.version };
    this.replace(ref, 'meta', {
      source,
      locations: [this.meta('name', meta.name), this.meta('description', meta.description)],
      values: new Map(),
    });
    this.replace(ref, 'document', this.fromDocument({ source, document: meta.document }));
  }

  removeOwner(ref: OwnerRef): void {
    const owner = this.owners.get(ownerKey(ref));
    if (!owner) return;
    for (const key of [...owner.documents.keys()]) this.replace(ref, key, null);
  }

  /** The document keys an owner has (to find the rounds that are gone). */
  documentKeys(ref: OwnerRef): string[] {
    return [...(this.owners.get(ownerKey(ref))?.documents.keys() ?? [])];
  }

  clear(): void {
    this.mini.removeAll();
    this.passages.clear();
    this.passageByKey.clear();
    this.owners.clear();
    this.ownerAt.length = 0;
    this.freeSlots.length = 0;
  }

  search(query: string, limit = 30): SearchResults {
    let spans = words(query);
    let typing = !/\s$/.test(query);
    // A first letter typed after other words is no word yet: until the second, the answer is that
    // of the words before it, not an empty list between two keystrokes ("99,95 v").
    const last = spans[spans.length - 1];
    if (typing && spans.length > 1 && last!.length < 2 && !isNumberWord(last!)) {
      spans = spans.slice(0, -1);
      typing = false;
    }
    if (spans.length === 0) return { query, owners: [], hits: [] };
    const matchedTerms = new Set<string>();
    /** Per word: the passages it matched, best first, with their boosted scores. */
    const perWord = spans.map((word, index) => {
      const found: { passage: Passage; score: number }[] = [];
      for (const result of this.mini.search(this.wordQuery(word, typing && index === spans.length - 1))) {
        const passage = this.passages.get(result.id as number);
        if (!passage || passage.owners.size === 0) continue;
        for (const term of (result as SearchResult).terms) matchedTerms.add(term);
        found.push({ passage, score: result.score * BOOST[passage.kind] });
      }
      return found.sort((a, b) => b.score - a.score);
    });

    // The owners that have every word somewhere: OR over a word's passages, AND over the words.
    const all = new Uint32Array(this.words).fill(0xffffffff);
    for (const found of perWord) {
      const any = new Uint32Array(this.words);
      for (const { passage } of found) for (let w = 0; w < this.words; w++) any[w]! |= passage.bits[w]!;
      for (let w = 0; w < this.words; w++) all[w]! &= any[w]!;
    }
    let count = 0;
    for (let w = 0; w < this.words; w++) count += popCount(all[w]!);
    if (count === 0) return { query, owners: [], hits: [] };

    // An owner's score: per word, its best passage's score (passages are visited best first, and
    // each owner takes the first one it is in), summed over the words.
    const scores = new Float64Array(this.words * 32);
    for (const found of perWord) {
      const scored = new Uint32Array(this.words);
      let left = count;
      for (const { passage, score } of found) {
        for (let w = 0; w < this.words && left > 0; w++) {
          let fresh = passage.bits[w]! & all[w]! & ~scored[w]!;
          if (fresh === 0) continue;
          scored[w]! |= fresh;
          while (fresh !== 0) {
            const low = fresh & -fresh;
            scores[w * 32 + 31 - Math.clz32(low)]! += score;
            fresh ^= low;
            left--;
          }
        }
        if (left === 0) break;
      }
    }
    const matches: Owner[] = [];
    for (let w = 0; w < this.words; w++) {
      let bits = all[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        const owner = this.ownerAt[w * 32 + 31 - Math.clz32(low)];
        if (owner) matches.push(owner);
        bits ^= low;
      }
    }
    matches.sort((a, b) => scores[b.slot]! - scores[a.slot]! || (a.key < b.key ? -1 : 1));

    const hits = matches
      .slice(0, limit)
      .map((owner) => this.hit(owner, scores[owner.slot]!, perWord, matchedTerms));
    return { query, owners: matches.map((owner) => owner.ref), hits };
  }

  private wordQuery(word: string, typing: boolean): Query {
    const number = isNumberWord(word);
    const queries: Query[] = [
      // A typo forgiven in longer words, two in long ones (`Verfügbarkiet`), never in numbers.
      {
        queries: searchTerms(word),
        fuzzy: (term) => (number || term.length < 6 ? false : term.length < 10 ? 1 : 2),
      },
    ];
    const prefix = prefixTerm(word);
    if (typing && prefix.length >= 2) queries.push({ queries: [prefix], prefix: true });
    return { combineWith: 'OR', queries };
  }

  private hit(
    owner: Owner,
    score: number,
    perWord: readonly { passage: Passage; score: number }[][],
    matchedTerms: ReadonlySet<string>,
  ): SearchHit {
    // The owner's text that matched most words, then the highest score; names and titles only
    // when they matched more words than any clause did.
    const candidates = new Map<number, { words: number; score: number }>();
    for (const found of perWord)
      for (const { passage, score: value } of found) {
        if (!passage.owners.has(owner.key)) continue;
        const entry = candidates.get(passage.id) ?? { words: 0, score: 0 };
        entry.words += 1;
        entry.score += value;
        candidates.set(passage.id, entry);
      }
    const isText = (id: number) => ['clause', 'term'].includes(this.passages.get(id)!.kind);
    const [bestId] = [...candidates.entries()].sort(
      ([idA, a], [idB, b]) =>
        b.words - a.words || Number(isText(idB)) - Number(isText(idA)) || b.score - a.score,
    )[0]!;
    const passage = this.passages.get(bestId)!;
    const place = this.placeOf(owner, passage.id);
    const hit: SearchHit = { owner: owner.ref, score, source: place?.document.source ?? { kind: 'deal' } };
    if (passage.kind !== 'clause' && passage.kind !== 'term') return hit;
    if (place?.location.clauseId) hit.clauseId = place.location.clauseId;
    // A term's label leads its own snippet ("Availability: 99.95 %"); a clause's heading is its place.
    if (passage.kind === 'clause' && passage.heading) hit.heading = passage.heading;
    const text =
      passage.kind === 'term'
        ? `${passage.heading}: ${place?.document.values.get(place.location.termId ?? '') ?? ''}`
        : partsText(passage.parts, place?.document.values);
    hit.snippet = snippet(text, matchedTerms);
    return hit;
  }

  /** Where an owner has a text: the draft first, then the newest round, then a template. */
  private placeOf(owner: Owner, passageId: number) {
    let found: { document: OwnerDocument; location: Location } | undefined;
    let rank = -Infinity;
    for (const document of owner.documents.values()) {
      const location = document.locations.find((candidate) => candidate.passageId === passageId);
      if (!location) continue;
      const { source } = document;
      const order =
        source.kind === 'draft'
          ? Infinity
          : source.kind === 'round'
            ? source.number
            : source.kind === 'template'
              ? source.version
              : -1;
      if (order > rank) {
        rank = order;
        found = { document, location };
      }
    }
    return found;
  }

  private meta(kind: PassageKind, text: string): Location {
    return { passageId: this.passage(kind, '', [text]) };
  }

  /** formatTermValue, remembered: thousands of documents show the same few values. */
  private readonly format = (term: Term, language: Language): string => {
    const extra = term.kind === 'duration' ? term.unit : term.kind === 'money' ? term.currency : '';
    const key = `${language}|${term.kind}|${extra}|${term.value}`;
    let value = this.formatted.get(key);
    if (value === undefined) this.formatted.set(key, (value = formatTermValue(term, language)));
    return value;
  };
  private readonly formatted = new Map<string, string>();

  private fromDocument({ source, document }: DocumentInput): OwnerDocument {
    const text = documentText(document, this.format);
    const locations: Location[] = [];
    for (const clause of text.clauses)
      locations.push({
        passageId: this.passage('clause', clause.heading, clause.parts),
        clauseId: clause.clauseId,
      });
    const values = new Map<string, string>();
    for (const term of text.terms) {
      values.set(term.termId, term.value);
      const passageId = this.passage('term', term.label, [`${term.label} ${term.value} ${term.raw}`]);
      locations.push({ passageId, termId: term.termId });
    }
    return { source, locations, values };
  }

  /** The id of a text, created (not yet owned, not yet indexed) when it is new. */
  private passage(kind: PassageKind, heading: string, parts: TextPart[]): number {
    const body = parts
      .map((part) => (typeof part === 'string' ? part : `\u0002${part.termId}`))
      .join('\u0001');
    const key = `${kind}\u0003${heading}\u0003${body}`;
    const known = this.passageByKey.get(key);
    if (known !== undefined) return known;
    const id = this.nextPassageId++;
    this.passages.set(id, {
      id,
      key,
      kind,
      heading,
      parts,
      owners: new Map(),
      bits: new Uint32Array(this.words),
    });
    this.passageByKey.set(key, id);
    return id;
  }

  /** Puts `next` in the place of the owner's document `key`, texts counted in before out. */
  private replace(ref: OwnerRef, key: string, next: OwnerDocument | null): void {
    const ownerId = ownerKey(ref);
    let owner = this.owners.get(ownerId);
    if (!owner) {
      if (!next) return;
      owner = { ref, key: ownerId, slot: this.takeSlot(), documents: new Map() };
      this.ownerAt[owner.slot] = owner;
      this.owners.set(ownerId, owner);
    }
    const previous = owner.documents.get(key);
    if (next) {
      for (const location of next.locations) this.own(location.passageId, owner, 1);
      owner.documents.set(key, next);
    } else owner.documents.delete(key);
    if (previous) for (const location of previous.locations) this.own(location.passageId, owner, -1);
    if (owner.documents.size === 0) {
      this.owners.delete(ownerId);
      this.ownerAt[owner.slot] = undefined;
      this.freeSlots.push(owner.slot);
    }
    // Passages created for `next` but owned by nobody (an empty text) are dropped here too.
    for (const location of next?.locations ?? []) this.dropIfUnowned(location.passageId);
  }

  private takeSlot(): number {
    const free = this.freeSlots.pop();
    if (free !== undefined) return free;
    const slot = this.ownerAt.length;
    this.ownerAt.push(undefined);
    if (slot >= this.words * 32) {
      // Twice the room: every passage's bit set grows with it (rare: doubling).
      this.words *= 2;
      for (const passage of this.passages.values()) {
        const grown = new Uint32Array(this.words);
        grown.set(passage.bits);
        passage.bits = grown;
      }
    }
    return slot;
  }

  private own(passageId: number, owner: Owner, delta: number): void {
    const passage = this.passages.get(passageId);
    if (!passage) return;
    const count = (passage.owners.get(owner.key) ?? 0) + delta;
    const wasIndexed = passage.owners.size > 0;
    const word = owner.slot >>> 5;
    const bit = 1 << (owner.slot & 31);
    if (count > 0) {
      passage.owners.set(owner.key, count);
      passage.bits[word]! |= bit;
    } else {
      passage.owners.delete(owner.key);
      passage.bits[word]! &= ~bit;
    }
    if (!wasIndexed && passage.owners.size > 0) {
      const text =
        passage.kind === 'clause'
          ? `${passage.heading}\n${partsText(passage.parts)}`
          : partsText(passage.parts);
      this.mini.add({ id: passage.id, text });
    } else if (wasIndexed && passage.owners.size === 0) this.dropIfUnowned(passageId);
  }

  private dropIfUnowned(passageId: number): void {
    const passage = this.passages.get(passageId);
    if (!passage || passage.owners.size > 0) return;
    if (this.mini.has(passageId)) this.mini.discard(passageId);
    this.passages.delete(passageId);
    this.passageByKey.delete(passage.key);
  }
}

/** A window of the text around its first matching word, with every matching word marked. */
function snippet(text: string, matchedTerms: ReadonlySet<string>): SearchHit['snippet'] {
  const hits = wordSpans(text).filter((span) =>
    searchTerms(span.word).some((term) => matchedTerms.has(term)),
  );
  if (hits.length === 0) {
    // A prefix match (`verfügb…`): mark words that begin with a matched term's start.
    const prefixes = [...matchedTerms];
    hits.push(
      ...wordSpans(text).filter((span) =>
        searchTerms(span.word).some((term) =>
          prefixes.some((matched) => term.startsWith(matched) || matched.startsWith(term)),
        ),
      ),
    );
  }
  // The window with the most marked words, led in by a few words of context.
  let first = hits[0]?.start ?? 0;
  let most = 0;
  for (const [index, hit] of hits.entries()) {
    let count = 0;
    for (let next = index; next < hits.length && hits[next]!.end <= hit.start + SNIPPET_LENGTH - 40; next++)
      count++;
    if (count > most) {
      most = count;
      first = hit.start;
    }
  }
  let start = Math.max(0, first - 40);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: hits
      .filter((span) => span.start >= start && span.end <= end)
      .map((span): [number, number] => [span.start + shift, span.end + shift]),
  };
}
