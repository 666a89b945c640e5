import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaDocument } from '../../../shared/model';
import { ClauseEditor } from './ClauseEditor';
import type { ClauseStatus } from './clauseStatus';

/**
 * How many clauses opening a deal draws at once: more than a screenful of short ones at the top of
 * the page (the page shows the title and two or three clauses).
 */
export const FIRST_CLAUSES = 4;

export interface ClausePageProps {
  doc: SlaDocument;
  numbers: readonly string[];
  statuses: ReadonlyMap<string, ClauseStatus>;
  /** Stable: applies a pure edit to the newest document. */
  update(edit: (doc: SlaDocument) => SlaDocument): void;
  readOnly: boolean;
}

/**
 * The middle pane: the document's title, its parties and every clause. Mounted per deal, it draws
 * the first clauses in the render that opens the deal and the others right after, in a render that
 * yields to the first paint (issue 12 §4: opening a deal under 100 ms, no task over 100 ms). Edits
 * never wait for that: from then on every clause is drawn in every render.
 */
export const ClausePage = memo(function ClausePage({
  doc,
  numbers,
  statuses,
  update,
  readOnly,
}: ClausePageProps) {
  const { t } = useTranslation('workspace');
  // Infinity once the deferred render ran; FIRST_CLAUSES in the render that mounts the page.
  const shown = useDeferredValue(Number.POSITIVE_INFINITY, FIRST_CLAUSES);
  const clauses = shown < doc.clauses.length ? doc.clauses.slice(0, shown) : doc.clauses;
  return (
    <article className="ws-page" lang={doc.language} aria-label={t('editor.label')}>
      <h2 className="ws-doc-title">{doc.title}</h2>
      <p className="ws-doc-parties">
        {doc.parties.provider || (
          <span className="ws-doc-parties-missing">{t('editor.providerMissing')}</span>
        )}{' '}
        · {doc.parties.customer}
      </p>
      {clauses.map((clause, index) => (
        <ClauseEditor
          key={clause.id}
          clause={clause}
          number={numbers[index] ?? ''}
          wordingChanged={statuses.get(clause.id)?.wordingChanged ?? false}
          changedTerms={statuses.get(clause.id)?.changedTerms.length ?? 0}
          update={update}
          readOnly={readOnly}
        />
      ))}
    </article>
  );
});
