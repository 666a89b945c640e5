import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { termInlineText } from '../../../shared/format/formatTermValue';
import { useContext } from 'react';
import { ClauseIdContext, useDocumentView } from './DocumentViewContext';
import { useTranslation } from 'react-i18next';

/**
 * A term reference shown as its value in the document's language (or, when it annotates text as
 * the counterparty wrote it, as that text); clicking it opens the term.
 */
export function TermChipView({ termId, text: written }: { termId: string; text?: string | undefined }) {
  const { t } = useTranslation('workspace');
  const { language, termsById, selectedTermId, onTermClick } = useDocumentView();
  const clauseId = useContext(ClauseIdContext);
  const term = termsById.get(termId);
  const text =
    termInlineText(written === undefined ? { termId } : { termId, text: written }, term, language) ??
    t('editor.unknownTerm', { id: termId });
  return (
    <button
      type="button"
      className="ws-chip"
      data-term-id={termId}
      data-selected={selectedTermId === termId || undefined}
      data-missing={term ? undefined : true}
      title={term?.label ?? termId}
      aria-label={term ? `${term.label}: ${text}` : text}
      contentEditable={false}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onTermClick(termId, clauseId);
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
