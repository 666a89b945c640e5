import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { Block, Inline } from '../../../shared/model';
import { DocumentBlocks, DocumentInlines } from '../document/DocumentBlocks';
import { useDocumentView } from './DocumentViewContext';

/** A footnote or object of the clause, shown as the document shows it; not editable in place. */
export function InlineAtom({ node }: ReactNodeViewProps) {
  const { language, termsById } = useDocumentView();
  const inline = node.attrs.inline as Inline | null;
  return (
    <NodeViewWrapper as="span" className="ws-atom" contentEditable={false}>
      {inline && <DocumentInlines inlines={[inline]} language={language} termsById={termsById} />}
    </NodeViewWrapper>
  );
}

/** A text box of the clause, shown read-only. */
export function BoxAtom({ node, selected }: ReactNodeViewProps) {
  const { language, termsById } = useDocumentView();
  const block = node.attrs.block as Block | null;
  return (
    <NodeViewWrapper className="ws-atom-box" data-selected={selected || undefined} contentEditable={false}>
      {block && <DocumentBlocks blocks={[block]} language={language} termsById={termsById} />}
    </NodeViewWrapper>
  );
}
