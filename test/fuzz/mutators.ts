import type { Prng } from './prng';

/** One way of damaging an input. `name` goes into failure reports so a case can be understood. */
export interface Mutator<I> {
  name: string;
  apply(input: I, rng: Prng): I | Promise<I>;
}

const clampLength = (length: number) => Math.max(0, length);

// ——— raw bytes ———

export const byteMutators: readonly Mutator<Uint8Array>[] = [
  {
    name: 'bit-flips',
    apply(input, rng) {
      const out = input.slice();
      const flips = rng.between(1, 8);
      for (let i = 0; i < flips && out.length > 0; i++) {
        const at = rng.int(out.length);
        out[at] = (out[at] ?? 0) ^ (1 << rng.int(8));
      }
      return out;
    },
  },
  {
    name: 'truncate',
    apply: (input, rng) => input.slice(0, rng.int(input.length + 1)),
  },
  {
    name: 'insert-bytes',
    apply(input, rng) {
      const at = rng.int(input.length + 1);
      const extra = Uint8Array.from({ length: rng.between(1, 64) }, () => rng.int(256));
      return concat(input.subarray(0, at), extra, input.subarray(at));
    },
  },
  {
    name: 'delete-bytes',
    apply(input, rng) {
      const at = rng.int(input.length + 1);
      const length = rng.between(1, 256);
      return concat(input.subarray(0, at), input.subarray(at + length));
    },
  },
  {
    name: 'duplicate-chunk',
    apply(input, rng) {
      const at = rng.int(input.length + 1);
      const chunk = input.subarray(at, at + rng.between(1, 512));
      const times = rng.between(2, 50);
      return concat(input.subarray(0, at), ...Array.from({ length: times }, () => chunk), input.subarray(at));
    },
  },
  {
    name: 'overwrite-run',
    apply(input, rng) {
      const out = input.slice();
      const at = rng.int(out.length + 1);
      out.fill(rng.pick([0x00, 0xff, 0x7f, 0x80]), at, at + rng.between(1, 128));
      return out;
    },
  },
];

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// ——— text (XML or JSON source) ———

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export const textMutators: readonly Mutator<string>[] = [
  {
    name: 'char-flips',
    apply(input, rng) {
      const chars = [...input];
      const flips = rng.between(1, 6);
      for (let i = 0; i < flips && chars.length > 0; i++)
        chars[rng.int(chars.length)] = rng.pick([
          '<',
          '>',
          '"',
          '{',
          '}',
          '[',
          ']',
          '\\',
          '&',
          '\u0000',
          'ß',
          '\uD800',
        ]);
      return chars.join('');
    },
  },
  {
    name: 'truncate-text',
    apply: (input, rng) => input.slice(0, rng.int(input.length + 1)),
  },
  {
    name: 'delete-range',
    apply(input, rng) {
      const at = rng.int(input.length + 1);
      return input.slice(0, at) + input.slice(at + rng.between(1, 200));
    },
  },
  {
    name: 'oversized-field',
    // Repeats a short stretch of the input 10⁵ times: a huge text, attribute or run of elements.
    apply(input, rng) {
      const at = rng.int(input.length + 1);
      const piece = input.slice(at, at + rng.between(1, 16)) || 'A';
      return input.slice(0, at) + piece.repeat(100_000) + input.slice(at);
    },
  },
];

/** Random positions just after `token` (e.g. just inside a `{`), or the empty list. */
export function positionsAfter(input: string, token: string, limit = 5_000): number[] {
  const found: number[] = [];
  for (let at = input.indexOf(token); at >= 0 && found.length < limit; at = input.indexOf(token, at + 1))
    found.push(at + token.length);
  return found;
}

export function insertAt(input: string, at: number, text: string): string {
  return input.slice(0, clampLength(at)) + text + input.slice(at);
}

export { FORBIDDEN_KEYS };
