import type { MessageParams } from '../DocxImportError';

/**
 * What reading a Word file could not do fully, named so a person can check it (issue 8: "anything
 * still not understood is named in a warning, never dropped silently"). Persisted with a received
 * round: changing a code needs a migration; the renderer maps codes and params to German and English
 * (renderer/features/word/importMessages.ts); `text` is the English sentence for the CLI and as a
 * fallback.
 */
export const IMPORT_WARNING_CODES = [
  'external-link',
  'external-image',
  'external-reference',
  'macros',
  'object-content-only',
  'embedded-object',
  'unknown-content',
  'alt-chunk',
  'sub-document',
  'hidden-text',
  'cell-revision',
  'property-revision',
  'clause-truncated',
  'table-truncated',
  'term-unreadable',
  'term-conflict',
  'too-many-warnings',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

export interface ImportWarning {
  code: ImportWarningCode;
  params: MessageParams;
  /** English sentence, for the CLI and as a fallback where no translation exists. */
  text: string;
}

/**
 * Where in the file something is: `where` is `clause` (with `clause`: its number and heading as
 * written), `front` (title and parties), `header`, `footer`, `footnote`, `endnote`, `comment` or
 * `document` (the file as a whole).
 */
export type WarningPlace =
  | { where: 'clause'; clause: string }
  | { where: 'front' | 'header' | 'footer' | 'footnote' | 'endnote' | 'comment' | 'document' };

const PLACE_TEXT: Record<Exclude<WarningPlace['where'], 'clause'>, string> = {
  front: 'the opening lines',
  header: 'a header',
  footer: 'a footer',
  footnote: 'a footnote',
  endnote: 'an endnote',
  comment: 'a comment',
  document: 'the document',
};

function placeText(params: MessageParams): string {
  if (params['where'] === 'clause') {
    const clause = String(params['clause'] ?? '').trim();
    return clause ? `“${clause}”` : 'the text before the first clause';
  }
  return PLACE_TEXT[params['where'] as keyof typeof PLACE_TEXT] ?? 'the document';
}

const OBJECT_WORDS: Record<string, string> = {
  image: 'an image',
  chart: 'a chart',
  diagram: 'a diagram (SmartArt)',
  shape: 'a drawing',
  object: 'an object',
  equation: 'an equation',
  ink: 'a handwritten drawing (ink)',
};

const PROGRAM_WORDS: Record<string, string> = {
  spreadsheet: 'an embedded spreadsheet',
  presentation: 'an embedded presentation',
  document: 'an embedded document',
  pdf: 'an embedded PDF',
  drawing: 'an embedded drawing',
  other: 'an embedded object',
};

/** The English sentence of a warning. */
export function warningText(code: ImportWarningCode, params: MessageParams): string {
  const place = placeText(params);
  switch (code) {
    case 'external-link':
      return 'Web links in the Word file are kept as plain text and never opened.';
    case 'external-image':
      return 'An image linked from outside the Word file was never fetched; only its address is compared.';
    case 'external-reference':
      return `An external reference (${params['kind']}) in the Word file was ignored (never fetched).`;
    case 'macros':
      return 'The Word file contains macros; they were neither read nor run.';
    case 'object-content-only':
      return `${capitalise(OBJECT_WORDS[String(params['object'])] ?? 'an object')} in ${place} is compared by its content only, not word by word.`;
    case 'embedded-object':
      return `${capitalise(PROGRAM_WORDS[String(params['program'])] ?? 'an embedded object')} in ${place} is compared by its content only, not word by word.`;
    case 'unknown-content':
      return `Content the reader does not know (${params['element']}) in ${place}: its text was kept where it had any; anything else of it is not compared.`;
    case 'alt-chunk':
      return `An embedded foreign document (altChunk) in ${place} was not read; open the file in Word to see it.`;
    case 'sub-document':
      return `A linked sub-document in ${place} was not read (it is never opened).`;
    case 'hidden-text':
      return `${capitalise(place)} contains hidden text; it is kept and marked as hidden.`;
    case 'cell-revision':
      return `A tracked insertion or deletion of single table cells in ${place} is not shown as a change; the cells are read as they stand.`;
    case 'property-revision':
      return `Tracked changes of ${params['what']} formatting in ${place} are not compared.`;
    case 'clause-truncated':
      return `${capitalise(place)} has more than ${params['limit']} paragraphs; the rest was cut off.`;
    case 'table-truncated':
      return `A table in ${place} has more than ${params['rows']} rows or ${params['columns']} columns; the rest was cut off.`;
    case 'term-unreadable':
      return `The value of “${params['term']}” in ${place} could not be read from the Word file; it is kept as text.`;
    case 'term-conflict':
      return `“${params['term']}” has different values in different places of the Word file; the first is used.`;
    case 'too-many-warnings':
      return `There were ${params['count']} more notes of these kinds; only the first are listed.`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MAX_WARNINGS = 200;

/** Collects warnings once each (same code and params), in the order they were first met, capped. */
export class WarningList {
  private readonly seen = new Set<string>();
  private readonly list: ImportWarning[] = [];
  private dropped = 0;

  add(code: ImportWarningCode, params: MessageParams = {}): void {
    const key = `${code}\u0000${JSON.stringify(params)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.list.length >= MAX_WARNINGS) {
      this.dropped += 1;
      return;
    }
    this.list.push({ code, params, text: warningText(code, params) });
  }

  /** A warning at a place of the document. */
  at(code: ImportWarningCode, place: WarningPlace, params: MessageParams = {}): void {
    this.add(code, { ...params, ...place });
  }

  toArray(): ImportWarning[] {
    if (this.dropped === 0) return [...this.list];
    return [
      ...this.list,
      {
        code: 'too-many-warnings',
        params: { count: this.dropped },
        text: warningText('too-many-warnings', { count: this.dropped }),
      },
    ];
  }
}
