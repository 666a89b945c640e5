import { alignSequence, type AlignStep } from './alignSequence';

/** A unit of b for matching: its kind and the keys of what it is in b's original view (maybe none). */
export interface MatchUnit {
  kind: string;
  virtuals: readonly string[];
}

/** a's elements paired with one unit of b (possibly none: inserted), or an element of a alone (removed). */
export interface UnitMatch {
  a: number[];
  b: number | null;
}

export type SimilarityFactory = (
  aKeys: readonly string[],
  vKeys: readonly string[],
  vUnit: readonly number[],
) => (i: number, j: number) => number;

/**
 * Pairs a's elements (blocks, list items, rows) with b's units in order. b's units are compared by
 * what they are in b's original view (`virtuals`: a paragraph group joined by tracked marks may be
 * several paragraphs there, a block inserted with tracking none), so a is compared with what the
 * counterparty's file claims a was. Elements of a that fall between the partners of one unit join
 * it when they are of `joinKind` (paragraphs of one text node). The result is in document order:
 * removed elements of a stand where they stood, before the unit that follows them.
 */
export function matchUnits(
  aKinds: readonly string[],
  aKeys: readonly string[],
  units: readonly MatchUnit[],
  joinKind: string | null,
  similarity: SimilarityFactory,
): UnitMatch[] {
  const vKeys: string[] = [];
  const vUnit: number[] = [];
  const vKind: string[] = [];
  units.forEach((unit, index) => {
    for (const key of unit.virtuals) {
      vKeys.push(key);
      vUnit.push(index);
      vKind.push(unit.kind);
    }
  });
  const identical =
    aKeys.length === vKeys.length && aKeys.every((key, i) => key === vKeys[i] && aKinds[i] === vKind[i]);
  const steps: AlignStep[] = identical
    ? aKeys.map((_, i) => ({ a: i, b: i }))
    : alignSequence(aKeys, vKeys, (i, j) => aKinds[i] === vKind[j], similarity(aKeys, vKeys, vUnit));
  const lastStep = new Array<number>(units.length).fill(-1);
  steps.forEach((step, s) => {
    if (step.b !== null) lastStep[vUnit[step.b]!] = s;
  });
  const out: UnitMatch[] = [];
  let s = 0;
  units.forEach((unit, index) => {
    if (lastStep[index]! < 0) {
      // Not in b's original view: placed after the elements of a removed before the next unit.
      while (s < steps.length && steps[s]!.b === null) out.push({ a: [steps[s++]!.a!], b: null });
      out.push({ a: [], b: index });
      return;
    }
    const paired: number[] = [];
    let seen = false;
    for (; s <= lastStep[index]!; s++) {
      const step = steps[s]!;
      if (step.b === null) {
        if (seen && joinKind !== null && unit.kind === joinKind && aKinds[step.a!] === joinKind)
          paired.push(step.a!);
        else out.push({ a: [step.a!], b: null });
        continue;
      }
      seen = true;
      if (step.a !== null) paired.push(step.a);
    }
    out.push({ a: paired, b: index });
  });
  for (; s < steps.length; s++) out.push({ a: [steps[s]!.a!], b: null });
  return out;
}
