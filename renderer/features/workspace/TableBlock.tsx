import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { Table, TableRole } from '../../../shared/model';
import { DocumentBlocks } from '../document/DocumentBlocks';
import { useDocumentView } from './DocumentViewContext';
import { TermChipView } from './TermChip';

/** A table of the document (service levels, credits …). Cells are read-only here; chips open terms. */
export function TableView({ role, headerRow, rows }: Pick<Table, 'role' | 'headerRow' | 'rows'>) {
  const { language, termsById } = useDocumentView();
  return (
    <div className="ws-table-host">
      <DocumentBlocks
        blocks={[{ type: 'table', role, headerRow, rows }]}
        language={language}
        termsById={termsById}
        renderTerm={(inline, key) => <TermChipView key={key} termId={inline.termId} text={inline.text} />}
      />
    </div>
  );
}

export function TableBlock({ node, selected }: ReactNodeViewProps) {
  const { role, headerRow, rows } = node.attrs as {
    role: TableRole;
    headerRow: boolean;
    rows: Table['rows'];
  };
  return (
    <NodeViewWrapper className="ws-table-wrap" data-selected={selected || undefined} contentEditable={false}>
      <TableView role={role} headerRow={headerRow} rows={rows} />
    </NodeViewWrapper>
  );
}
