import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, Inline, Language, Mark, Term } from '../../../shared/model';
import { termInlineText } from '../../../shared/format/formatTermValue';
import './document.css';

/**
 * Read-only rendering of document blocks of either kind (ours, or theirs exactly as written):
 * paragraphs, lists with their labels, tables with block cells, text boxes, footnotes at their
 * reference, objects as named placeholders. Term references go through `renderTerm`, so the
 * workspace can show chips and a preview can show highlighted text from the same walk.
 */
export interface DocumentBlocksProps {
  blocks: readonly Block[];
  language: Language;
  termsById: ReadonlyMap<string, Term>;
  /** How a term reference is shown; default: highlighted text with the term's label as title. */
  renderTerm?: (inline: Extract<Inline, { type: 'term' }>, key: number) => ReactNode;
}

const MARK_TAGS: Partial<Record<Mark, 'strong' | 'em' | 'u' | 's' | 'sup' | 'sub'>> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
  superscript: 'sup',
  subscript: 'sub',
};

function withMarks(node: ReactNode, marks: readonly Mark[] | undefined, hiddenLabel: string): ReactNode {
  let out = node;
  for (const mark of marks ?? []) {
    const Tag = MARK_TAGS[mark];
    if (Tag) out = <Tag>{out}</Tag>;
  }
  // Hidden text (w:vanish) is shown, but marked, so nobody reads it as ordinary text.
  if (marks?.includes('hidden'))
    out = (
      <span className="doc-hidden" title={hiddenLabel}>
        {out}
      </span>
    );
  return out;
}

export function DocumentInlines({
  inlines,
  ...props
}: Omit<DocumentBlocksProps, 'blocks'> & { inlines: readonly Inline[] }) {
  const { t } = useTranslation('document');
  return (
    <>
      {inlines.map((inline, index) => {
        if (inline.type === 'term') {
          if (props.renderTerm) return props.renderTerm(inline, index);
          const term = props.termsById.get(inline.termId);
          const text = termInlineText(inline, term, props.language) ?? `⟨${inline.termId}⟩`;
          return (
            <span key={index} className="doc-term" title={term?.label}>
              {withMarks(text, inline.marks, t('hidden'))}
            </span>
          );
        }
        if (inline.type === 'text')
          return <span key={index}>{withMarks(inline.text, inline.marks, t('hidden'))}</span>;
        if (inline.type === 'object')
          return (
            <span key={index} className="doc-object" title={inline.name ?? inline.text}>
              {t(`object.${inline.object}`)}
              {inline.name ? `: ${inline.name}` : ''}
            </span>
          );
        return (
          <span key={index} className="doc-note" role="note">
            <span className="doc-note-mark">{t(`note.${inline.note}`)}</span>
            <span className="doc-note-body">
              <DocumentBlocks {...props} blocks={inline.body} />
            </span>
          </span>
        );
      })}
    </>
  );
}

export function DocumentBlocks(props: DocumentBlocksProps) {
  return <>{props.blocks.map((block, index) => renderBlock(block, index, props))}</>;
}

function renderBlock(block: Block, index: number, props: DocumentBlocksProps): ReactNode {
  const inlines = (content: readonly Inline[]) => <DocumentInlines {...props} inlines={content} />;
  switch (block.type) {
    case 'paragraph':
      return <p key={index}>{inlines(block.content)}</p>;
    case 'list': {
      const ListTag = block.ordered ? 'ol' : 'ul';
      const labelled = block.items.some((item) => item.label !== undefined);
      return (
        <ListTag key={index} className={labelled ? 'doc-list-labelled' : undefined}>
          {block.items.map((item, i) => (
            <li key={i} data-level={item.level ?? 0}>
              {item.label !== undefined && <span className="doc-list-label">{item.label}</span>}
              {inlines(item.content)}
            </li>
          ))}
        </ListTag>
      );
    }
    case 'table': {
      const [head, ...body] = block.headerRow ? block.rows : [undefined, ...block.rows];
      const cells = (row: (typeof block.rows)[number], Tag: 'th' | 'td') =>
        row.cells.map((cell, i) =>
          cell.rowMerge === 'continue' ? null : (
            <Tag key={i} colSpan={cell.colSpan}>
              <DocumentBlocks {...props} blocks={cell.content} />
            </Tag>
          ),
        );
      return (
        <table key={index} className="doc-table" data-role={block.role}>
          {head && (
            <thead>
              <tr>{cells(head, 'th')}</tr>
            </thead>
          )}
          <tbody>{body.map((row, r) => (row ? <tr key={r}>{cells(row, 'td')}</tr> : null))}</tbody>
        </table>
      );
    }
    case 'box':
      return (
        <div key={index} className="doc-box">
          <DocumentBlocks {...props} blocks={block.blocks} />
        </div>
      );
  }
}
