import { clauseNumbers, type Clause, type Language, type Term } from '../../../shared/model';
import { DocumentBlocks } from '../document/DocumentBlocks';

export interface DocumentPreviewProps {
  clauses: readonly Clause[];
  terms: readonly Term[];
  /** The document's language: term values are written as that language writes them (`99,9 %`). */
  language: Language;
  /** Numbers override for clauses shown outside their document (the optional clause set). */
  numbers?: readonly string[];
}

/** A read-only, page-like rendering of clauses: numbers, term values as highlighted text, tables. */
export function DocumentPreview({ clauses, terms, language, numbers }: DocumentPreviewProps) {
  const termsById = new Map(terms.map((term) => [term.id, term]));
  const shownNumbers = numbers ?? clauseNumbers(clauses);
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
            {(clause.heading || shownNumbers[index]) && (
              <Heading className="doc-heading">
                <span className="doc-number">{shownNumbers[index]}</span>
                {clause.heading}
              </Heading>
            )}
            <DocumentBlocks blocks={clause.body} language={language} termsById={termsById} />
          </section>
        );
      })}
    </div>
  );
}
