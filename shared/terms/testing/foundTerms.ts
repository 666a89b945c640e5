import type { Recognition } from '../recognition';

/** What a test expects of a recognition: `id → "value unit (as written)"`. */
export type Found = Record<string, string>;

/** The recognised terms as `id → "value unit (as written)"`, for short, readable expectations. */
export function foundTerms(result: Recognition): Found {
  const terms: Found = {};
  for (const t of result.terms) {
    const v = t.term;
    const value =
      v.kind === 'duration'
        ? `${v.value} ${v.unit}`
        : v.kind === 'money'
          ? `${v.value} ${v.currency}`
          : String(v.value);
    terms[v.id] = `${value} (${t.text})`;
  }
  return terms;
}
