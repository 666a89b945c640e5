import type { ReactNode } from 'react';
import { shownLength, shownTextOf } from '../../../shared/comments/textAnchor';
import type { Block, Inline } from '../../../shared/model';
import { useClauseMarks, type ClauseMark } from '../comments/useClauseMarks';
import { ClauseIdContext, useDocumentView, type DocumentView } from './DocumentViewContext';
import { TableView } from './TableBlock';
import { TermChipView } from './TermChip';
import { DocumentBlocks, DocumentInlines } from '../document/DocumentBlocks';

/** Where the reader put the caret before the editor existed: a point on screen, or the start. */
export type FocusRequest = { x: number; y: number } | 'start';

export interface StaticClauseBodyProps {
  clauseId: string;
  body: readonly Block[];
  label: string;
  /** Turns this body into the editor, putting the caret where the reader asked for it. */
  onActivate(request: FocusRequest): void;
  /** A closed deal or a deal open in another window: said as the editor says it (not editable). */
  readOnly?: boolean;
}

/** A mark of a run: characters `start`–`end` of its text. */
type RunMark = { start: number; end: number; mark: ClauseMark };

/** Words a comment is on, drawn as the editor's decoration draws them. */
function marked(node: ReactNode, key: string | number, mark: ClauseMark | undefined): ReactNode {
  if (!mark) return node;
  return (
    <span
      key={key}
      className={mark.threadId ? 'cm-mark' : 'cm-mark cm-mark-pending'}
      title={mark.label}
      data-comment-thread={mark.threadId}
    >
      {node}
    </span>
  );
}

function textNode(inline: Extract<Inline, { type: 'text' }>, text: string): ReactNode {
  let node: ReactNode = text;
  if (inline.marks?.includes('hidden'))
    node = (
      <span data-hidden="" className="ws-mark-hidden">
        {node}
      </span>
    );
  if (inline.marks?.includes('subscript')) node = <sub>{node}</sub>;
  if (inline.marks?.includes('superscript')) node = <sup>{node}</sup>;
  if (inline.marks?.includes('strike')) node = <s>{node}</s>;
  if (inline.marks?.includes('underline')) node = <u>{node}</u>;
  if (inline.marks?.includes('italic')) node = <em>{node}</em>;
  if (inline.marks?.includes('bold')) node = <strong>{node}</strong>;
  return node;
}

function inlines(
  content: readonly Inline[],
  view: DocumentViewParts,
  marks: readonly RunMark[] = [],
): ReactNode[] {
  const shown = shownTextOf(view.termsById, view.language);
  let offset = 0;
  return content.map((inline, index) => {
    const start = offset;
    const length = marks.length > 0 ? shownLength(inline, shown) : 0;
    offset += length;
    const covering = (from: number, to: number) =>
      marks.find((item) => item.start <= from && item.end >= to && to > from)?.mark;
    if (inline.type === 'term')
      return marked(
        <span key={index} className="ws-chip-host">
          <span className="ws-chip-wrap">
            <TermChipView termId={inline.termId} text={inline.text} />
          </span>
        </span>,
        index,
        covering(start, start + length),
      );
    if (inline.type === 'note' || inline.type === 'object')
      return (
        <span key={index} className="ws-atom" contentEditable={false}>
          <DocumentInlines inlines={[inline]} language={view.language} termsById={view.termsById} />
        </span>
      );
    const edges = [
      ...new Set([
        0,
        inline.text.length,
        ...marks
          .flatMap((item) => [item.start - start, item.end - start])
          .filter((edge) => edge > 0 && edge < length),
      ]),
    ].sort((a, b) => a - b);
    if (edges.length <= 2)
      return (
        <span key={index}>{marked(textNode(inline, inline.text), 0, covering(start, start + length))}</span>
      );
    return (
      <span key={index}>
        {edges.slice(0, -1).map((from, i) => {
          const to = edges[i + 1]!;
          return marked(
            <span key={from}>{textNode(inline, inline.text.slice(from, to))}</span>,
            from,
            covering(start + from, start + to),
          );
        })}
      </span>
    );
  });
}

type DocumentViewParts = Pick<DocumentView, 'language' | 'termsById'>;

type MarksByRun = ReadonlyMap<readonly Inline[], RunMark[]>;

function block(item: Block, index: number, view: DocumentViewParts, marks: MarksByRun): ReactNode {
  switch (item.type) {
    case 'paragraph':
      return <p key={index}>{inlines(item.content, view, marks.get(item.content))}</p>;
    case 'list': {
      const List = item.ordered ? 'ol' : 'ul';
      return (
        <List key={index}>
          {item.items.map((entry, i) => (
            <li key={i}>
              <p>{inlines(entry.content, view, marks.get(entry.content))}</p>
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <div key={index} className="ws-table-wrap">
          <TableView role={item.role} headerRow={item.headerRow} rows={item.rows} />
        </div>
      );
    case 'box':
      return (
        <div key={index} className="ws-atom-box" contentEditable={false}>
          <DocumentBlocks blocks={[item]} language={view.language} termsById={view.termsById} />
        </div>
      );
  }
}

/**
 * A clause body drawn exactly as its TipTap editor draws it (same elements and classes), without
 * the editor: opening a deal draws every clause at once but creates editors only for the clauses
 * near the view (issue 12 §4: fifteen editors at once cost more than the whole rest of the screen).
 * Pressing the mouse on it or tabbing into it makes it the editor at once.
 */
export function StaticClauseBody({
  clauseId,
  body,
  label,
  onActivate,
  readOnly = false,
}: StaticClauseBodyProps) {
  const view = useDocumentView();
  const clauseMarks = useClauseMarks(clauseId, body);
  const marks = new Map<readonly Inline[], RunMark[]>();
  for (const mark of clauseMarks?.marks ?? []) {
    const run = clauseMarks!.runs[mark.hit.run]!;
    if (run.inEditor) marks.set(run.inlines, [...(marks.get(run.inlines) ?? []), { ...mark.hit, mark }]);
  }
  return (
    <div className="ws-clause-body">
      <div
        className="ws-prose"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        tabIndex={0}
        translate="no"
        data-testid={`clause-body-${clauseId}`}
        data-static=""
        contentEditable={readOnly ? false : undefined}
        aria-readonly={readOnly || undefined}
        onMouseDown={(event) => {
          // A chip keeps its own click (it opens the term); anywhere else starts editing there.
          if ((event.target as HTMLElement).closest('.ws-chip') || event.button !== 0) return;
          onActivate({ x: event.clientX, y: event.clientY });
        }}
        onFocus={(event) => {
          if (event.target === event.currentTarget) onActivate('start');
        }}
      >
        <ClauseIdContext.Provider value={clauseId}>
          {body.length > 0 ? body.map((item, index) => block(item, index, view, marks)) : <p />}
        </ClauseIdContext.Provider>
      </div>
    </div>
  );
}
