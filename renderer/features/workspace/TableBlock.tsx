import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { Inline, TableRole } from '../../../shared/model';
import { TermChipView } from './TermChip';

function Cell({ inlines }: { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) =>
        inline.type === 'term' ? (
          <TermChipView key={i} termId={inline.termId} />
        ) : (
          <span
            key={i}
            className={(inline.marks ?? []).map((mark) => `ws-mark-${mark}`).join(' ') || undefined}
          >
            {inline.text}
          </span>
        ),
      )}
    </>
  );
}

/** A table of the document (service levels, credits …). Cells are read-only here; chips open terms. */
export function TableView({
  role,
  headerRow,
  rows,
}: {
  role: TableRole;
  headerRow: boolean;
  rows: readonly (readonly (readonly Inline[])[])[];
}) {
  const [head, ...body] = headerRow ? rows : [undefined, ...rows];
  return (
    <table className="ws-table" data-role={role}>
      {head && (
        <thead>
          <tr>
            {head.map((cell, i) => (
              <th key={i}>
                <Cell inlines={cell} />
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {body.map((row, r) =>
          row ? (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i}>
                  <Cell inlines={cell} />
                </td>
              ))}
            </tr>
          ) : null,
        )}
      </tbody>
    </table>
  );
}

export function TableBlock({ node, selected }: ReactNodeViewProps) {
  const { role, headerRow, rows } = node.attrs as {
    role: TableRole;
    headerRow: boolean;
    rows: Inline[][][];
  };
  return (
    <NodeViewWrapper className="ws-table-wrap" data-selected={selected || undefined} contentEditable={false}>
      <TableView role={role} headerRow={headerRow} rows={rows} />
    </NodeViewWrapper>
  );
}
