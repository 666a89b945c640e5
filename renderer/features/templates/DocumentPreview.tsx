import type { ReactNode } from 'react';
import {
  numberClauses,
  type Block,
  type Clause,
  type Inline,
  type Language,
  type Term,
} from '../../../shared/model';
import { formatTermValue } from '../../../shared/format/formatTermValue';

export interface DocumentPreviewProps {
  clauses: readonly Clause[];
  terms: readonly Term[];
  /** The document's language: term values are written as that language writes them (`99,9 %`). */
  language: Language;
  /** Numbers override for clauses shown outside their document (the optional clause set). */
  numbers?: readonly string[];
}

/** A read-only, page-like rendering of clauses: derived numbers, term values as highlighted text, tables. */
export function DocumentPreview({ clauses, terms, language, numbers }: DocumentPreviewProps) {
  const termsById = new Map(terms.map((term) => [term.id, term]));
  const clauseNumbers = numbers ?? numberClauses(clauses);
  const inlines = (content: readonly Inline[]): ReactNode[] =>
    content.map((inline, index) => {
      if (inline.type === 'term') {
        const term = termsById.get(inline.termId);
        return (
          <span key={index} className="doc-term" title={term?.label}>
            {term ? formatTermValue(term, language) : `⟨${inline.termId}⟩`}
          </span>
        );
      }
      let node: ReactNode = inline.text;
      if (inline.marks?.includes('bold')) node = <strong>{node}</strong>;
      if (inline.marks?.includes('italic')) node = <em>{node}</em>;
      if (inline.marks?.includes('underline')) node = <u>{node}</u>;
      return <span key={index}>{node}</span>;
    });

  const block = (item: Block, index: number): ReactNode => {
    switch (item.type) {
      case 'paragraph':
        return <p key={index}>{inlines(item.content)}</p>;
      case 'list': {
        const ListTag = item.ordered ? 'ol' : 'ul';
        return (
          <ListTag key={index}>
            {item.items.map((entry, i) => (
              <li key={i}>{inlines(entry)}</li>
            ))}
          </ListTag>
        );
      }
      case 'table': {
        const [head, ...body] = item.headerRow ? item.rows : [undefined, ...item.rows];
        return (
          <table key={index} className="doc-table" data-role={item.role}>
            {head && (
              <thead>
                <tr>
                  {head.map((cell, i) => (
                    <th key={i}>{inlines(cell)}</th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {body.map((row, r) => (
                <tr key={r}>
                  {row?.map((cell, i) => (
                    <td key={i}>{inlines(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      }
    }
  };

  return (
    <div className="doc-page" lang={language}>
      {clauses.map((clause, index) => {
        const Heading = clause.level === 1 ? 'h3' : 'h4';
        return (
          <section
            key={clause.id}
            className={`doc-clause doc-level-${clause.level}`}
            data-clause-kind={clause.kind}
          >
            <Heading className="doc-heading">
              <span className="doc-number">{clauseNumbers[index]}</span>
              {clause.heading}
            </Heading>
            {clause.body.map(block)}
          </section>
        );
      })}
    </div>
  );
}
