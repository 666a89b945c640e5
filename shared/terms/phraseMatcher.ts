/**
 * Finds many literal phrases in one pass over a text (Aho–Corasick), so the recogniser's hundreds of cue
 * words cost one walk over the document instead of one regular-expression pass per word family. Phrases
 * are matched in a case-folded copy of the text that keeps every offset (see {@link foldCase}).
 */

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface State<T> {
  next: Map<number, number>;
  fail: number;
  /** Phrases ending here: [length, value]. */
  out: [number, T][];
}

export class PhraseMatcher<T> {
  private readonly states: State<T>[] = [{ next: new Map(), fail: 0, out: [] }];
  private built = false;

  add(phrase: string, value: T): void {
    if (this.built) throw new Error('PhraseMatcher: add() after the first search');
    let state = 0;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      let next = this.states[state]!.next.get(code);
      if (next === undefined) {
        next = this.states.length;
        this.states.push({ next: new Map(), fail: 0, out: [] });
        this.states[state]!.next.set(code, next);
      }
      state = next;
    }
    this.states[state]!.out.push([phrase.length, value]);
  }

  private build(): void {
    const queue: number[] = [];
    for (const child of this.states[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const index = queue[head]!;
      const state = this.states[index]!;
      for (const [code, child] of state.next) {
        let fail = state.fail;
        while (fail !== 0 && !this.states[fail]!.next.has(code)) fail = this.states[fail]!.fail;
        const target = this.states[fail]!.next.get(code);
        const childState = this.states[child]!;
        childState.fail = target !== undefined && target !== child ? target : 0;
        childState.out.push(...this.states[childState.fail]!.out);
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** For ASCII, the full transition table (state × code → state), so a step never follows failure links. */
  private ascii?: Int32Array;

  private transition(state: number, code: number): number {
    for (;;) {
      const next = this.states[state]!.next.get(code);
      if (next !== undefined) return next;
      if (state === 0) return 0;
      state = this.states[state]!.fail;
    }
  }

  /** Every occurrence of every phrase in `text` (already case-folded), in order of their ends. */
  findAll(text: string): PhraseMatch<T>[] {
    if (!this.built) this.build();
    if (!this.ascii) {
      const table = new Int32Array(this.states.length * 128);
      for (let s = 0; s < this.states.length; s++)
        for (let code = 0; code < 128; code++) table[s * 128 + code] = this.transition(s, code);
      this.ascii = table;
    }
    const table = this.ascii;
    const out: PhraseMatch<T>[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? table[state * 128 + code]! : this.transition(state, code);
      const found = this.states[state]!.out;
      for (let k = 0; k < found.length; k++) {
        const [length, value] = found[k]!;
        out.push({ start: i + 1 - length, end: i + 1, value });
      }
    }
    return out;
  }
}

const folded = new Map<string, string>();

/**
 * Lower case with every space-like character as a plain space, one UTF-16 unit for one: offsets in the
 * folded text are offsets in the original. (A character whose lower case is longer, like "İ", is kept.)
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  const spaced = lower.replace(/[\u00a0\u202f\u2009\u2007\t\n\r\f\v]/g, ' ');
  if (lower.length === text.length) return spaced;
  let out = '';
  for (const char of text) {
    let low = folded.get(char);
    if (low === undefined) {
      low = char.toLowerCase();
      if (low.length !== char.length) low = char;
      folded.set(char, low);
    }
    out += low;
  }
  return out.replace(/[\u00a0\u202f\u2009\u2007\t\n\r\f\v]/g, ' ');
}
