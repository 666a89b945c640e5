import type { RecognitionBlock, RecognitionInput, RecognitionNoteCode } from '../recognition';

/** What a careful reader takes from a document for one term id. */
export interface ExpectedTerm {
  /** Number for percent, duration, money and count terms; the option or text for choice and text terms. */
  value: number | string;
  unit?: string;
  currency?: string;
  /** The characters the term covers, exactly as written. */
  text: string;
}

export interface CorpusDocument {
  name: string;
  language: 'de' | 'en';
  clauses: RecognitionInput['clauses'];
  /** Every term the document states — and nothing else: any other id recognised is a wrong find. */
  expected: Record<string, ExpectedTerm>;
  priorities?: { level: number; name: string }[];
  /** Note codes the document must produce (ambiguities a user should be told about). */
  notes?: RecognitionNoteCode[];
}

export function clause(heading: string, blocks: RecognitionBlock[]): RecognitionInput['clauses'][number] {
  return { heading, blocks };
}

export function text(value: string): RecognitionBlock {
  return { type: 'text', text: value };
}

export function table(rows: string[][]): RecognitionBlock {
  return { type: 'table', rows };
}
