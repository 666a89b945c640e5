import type { Currency, DurationUnit } from '../model/term';
import type { ChoiceKey, ChoiceTermKey, TermKey, TextKey, TextTermKey } from './termSpecs';

/** The three tiers we ship templates for (`custom` is for own templates). */
export const BUILT_IN_TIERS = ['basic', 'business', 'premium'] as const;
export type BuiltInTier = (typeof BUILT_IN_TIERS)[number];

/** One value of a term, independent of language; choices and texts name a key the vocabulary spells out. */
export type Figure =
  | { kind: 'percent'; value: number }
  | { kind: 'duration'; value: number; unit: DurationUnit }
  | { kind: 'money'; value: number; currency: Currency }
  | { kind: 'count'; value: number }
  | { kind: 'choice'; key: string }
  | { kind: 'text'; key: string };

export const pct = (value: number): Figure => ({ kind: 'percent', value });
export const dur = (value: number, unit: DurationUnit): Figure => ({ kind: 'duration', value, unit });
export const eur = (value: number): Figure => ({ kind: 'money', value, currency: 'EUR' });
export const count = (value: number): Figure => ({ kind: 'count', value });
export const choice = <K extends ChoiceTermKey>(_term: K, key: ChoiceKey<K>): Figure => ({
  kind: 'choice',
  key,
});
export const text = <K extends TextTermKey>(_term: K, key: TextKey<K>): Figure => ({ kind: 'text', key });

/**
 * The figures of one tier of one family, so German and English always agree. `document` holds the
 * terms of the default clauses (each must be used by a clause, and every term a clause uses must be
 * here); `library` the terms the optional clauses bring.
 */
export interface TierFigures {
  document: Partial<Record<TermKey, Figure>>;
  library: Partial<Record<TermKey, Figure>>;
}
