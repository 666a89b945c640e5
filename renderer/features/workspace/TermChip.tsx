import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { termInlineText } from '../../../shared/format/formatTermValue';
import { useContext } from 'react';
import type { Term } from '../../../shared/model';
import { ClauseIdContext, useDocumentView, type DocumentView } from './DocumentViewContext';
import { useTranslation } from 'react-i18next';

/**
 * A term reference shown as its value in the document's language (or, when it annotates text as
 * the counterparty wrote it, as that text); clicking it opens the term.
 */
export function TermChipView({ termId, text: written }: { termId: string; text?: string | undefined }) {
  const view = useDocumentView();
  const clauseId = useContext(ClauseIdContext);
  const term = view.termsById.get(termId);
  const text = termInlineText(
    written === undefined ? { termId } : { termId, text: written },
    term,
    view.language,
  );
  // A known term needs no translation: the hook runs for the rare unknown one only (issue 12 §4:
  // one chip per term reference on the page).
  if (text === undefined) return <UnknownTermChip termId={termId} view={view} clauseId={clauseId} />;
  return chipButton({ termId, term, text, view, clauseId });
}

interface ChipParts {
  termId: string;
  term: Term | undefined;
  text: string;
  view: DocumentView;
  clauseId: string | null;
}

function UnknownTermChip({ termId, view, clauseId }: Omit<ChipParts, 'term' | 'text'>) {
  const { t } = useTranslation('workspace');
  return chipButton({
    termId,
    term: undefined,
    text: t('editor.unknownTerm', { id: termId }),
    view,
    clauseId,
  });
}

function chipButton({ termId, term, text, view, clauseId }: ChipParts) {
  return (
    <button
      type="button"
      className="ws-chip"
      data-term-id={termId}
      data-selected={view.selectedTermId === termId || undefined}
      data-missing={term ? undefined : true}
      title={term?.label ?? termId}
      aria-label={term ? `${term.label}: ${text}` : text}
      contentEditable={false}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        view.onTermClick(termId, clauseId);
      }}
    >
      {text}
    </button>
  );
}

export function TermChip({ node }: ReactNodeViewProps) {
  const termId = String(node.attrs.termId ?? '');
  const text = typeof node.attrs.text === 'string' ? node.attrs.text : undefined;
  return (
    <NodeViewWrapper as="span" className="ws-chip-wrap">
      <TermChipView termId={termId} text={text} />
    </NodeViewWrapper>
  );
}
