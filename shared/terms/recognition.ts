import type { Term } from '../model/term';

/**
 * The term recogniser's contract. Independent of the document model on purpose: whoever holds a
 * document (Word import, CLI, "start a deal from a customer's document", monitoring) turns it into
 * clauses of text blocks and tables of cell texts, exactly as written, and gets back where each term is.
 */
export interface RecognitionInput {
  /** Detected from the text when absent. */
  language?: 'de' | 'en';
  clauses: { heading: string; blocks: RecognitionBlock[] }[];
}

export type RecognitionBlock =
  /** A paragraph or list item, exactly as written. */
  | { type: 'text'; text: string }
  /** Cell texts exactly as written, row by row. */
  | { type: 'table'; rows: string[][] };

export interface RecognisedTerm {
  /** Our stable id, kind, value and unit or currency; label in the document's language. */
  term: Term;
  clause: number;
  block: number;
  row?: number;
  col?: number;
  /** UTF-16 offsets of the characters the value covers in that text or cell. */
  start: number;
  end: number;
  /** Those characters, exactly as written ("99,95 %", "thirty (30) minutes"). */
  text: string;
}

export type RecognitionNoteCode =
  /** The same term was found with different values; none is used. */
  | 'conflicting-values'
  /** A value that looks like a term could not be read safely (ambiguous separators, words and digits disagree). */
  | 'unreadable-value'
  /** A range ("2–4 hours") where a single value is needed. */
  | 'range-not-used'
  /** A response or resolution time whose priority is not clear. */
  | 'priority-unknown'
  /** One response or resolution time for every incident, with no priorities in the document: read as P1. */
  | 'uniform-times-as-p1'
  /** A response/resolution pair ("response and resolution: 30 min") that could not be split. */
  | 'time-kind-unknown'
  /** Priority numbers run the other way (1 = low); levels were reversed so 1 is the most urgent. */
  | 'priorities-reversed'
  /** Priority names and numbers disagree; the numbers are used. */
  | 'priorities-inconsistent'
  /** A credit schedule written as a formula ("1 % for each 0.1 % below"), not as bands. */
  | 'credit-formula'
  /** A credit or threshold without its partner, or a band written only as a lower bound. */
  | 'credit-band-incomplete'
  /** Credits written as money, not as a share of the fee. */
  | 'credit-not-percent'
  /** A fee without a period (monthly or yearly), or per quarter. */
  | 'fee-period-unknown'
  /** A price per user, hour or device: not the fee of the service. */
  | 'unit-price'
  /** A liability cap for special cases (data loss, per incident …) beside the general one. */
  | 'liability-special'
  /** A value beyond what a term can hold (a share above 100 %, seconds). */
  | 'value-out-of-range'
  /** Two terms would cover the same characters; the second is left out. */
  | 'overlapping-terms'
  /** Seconds held as minutes with more decimals than a term keeps ("20 Sekunden" → 0.3333 minutes). */
  | 'value-rounded';

export interface RecognitionNote {
  code: RecognitionNoteCode;
  termId?: string;
  clause?: number;
  block?: number;
  row?: number;
  col?: number;
  start?: number;
  end?: number;
  /** The characters concerned, exactly as written. */
  text?: string;
  /** Values involved, as written ("99,9 %", "99,5 %"). */
  values?: string[];
}

export interface Recognition {
  language: 'de' | 'en';
  /** In document order; each id at most once; no two terms share characters. */
  terms: RecognisedTerm[];
  /** The document's own names for each level, 1 = most urgent ("Severity 1 (Critical)"). */
  priorities: { level: number; name: string }[];
  /** One English sentence per note (CLI, logs); screens map `notes` to their own language. */
  warnings: string[];
  notes: RecognitionNote[];
}
