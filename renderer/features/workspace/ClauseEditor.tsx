import { memo, useEffect, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { mapInlineRuns, type Block, type Clause, type SlaDocument } from '../../../shared/model';
import { updateClause } from '../../../shared/model/operations';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { clauseEditorExtensions } from './clauseEditorExtensions';
import { blocksToTiptap, tiptapToBlocks } from './tiptapBlocks';
import { useWorkspaceStore } from './useWorkspaceStore';
import { ClauseIdContext } from './DocumentViewContext';
import { StatusDots } from './StatusDots';

export interface ClauseEditorProps {
  clause: Clause;
  number: string;
  wordingChanged: boolean;
  changedTerms: number;
  /** Stable: applies a pure edit to the newest document. */
  update(edit: (doc: SlaDocument) => SlaDocument): void;
  /** A closed deal: the text can be read and copied, not changed. */
  readOnly?: boolean;
}

/** Term references the document does not define (e.g. pasted from another deal) are dropped. */
function withKnownTerms(body: Block[], known: ReadonlySet<string>): Block[] {
  return mapInlineRuns(body, (inlines) =>
    inlines.filter((inline) => inline.type !== 'term' || known.has(inline.termId)),
  );
}

function applyBody(clauseId: string, body: Block[]) {
  return (doc: SlaDocument): SlaDocument => {
    if (!doc.clauses.some((clause) => clause.id === clauseId)) return doc;
    const known = new Set(doc.terms.map((term) => term.id));
    return updateClause(doc, clauseId, { body: withKnownTerms(body, known) });
  };
}

/** One clause on the page: number, editable heading and a TipTap editor for its wording. */
export const ClauseEditor = memo(function ClauseEditor({
  clause,
  number,
  wordingChanged,
  changedTerms,
  update,
  readOnly = false,
}: ClauseEditorProps) {
  const { t } = useTranslation('workspace');
  const selected = useWorkspaceStore((state) => state.selectedClauseId === clause.id);
  const scrollRequest = useWorkspaceStore((state) => state.clauseScrollRequest);
  const selectClause = useWorkspaceStore((state) => state.selectClause);
  const sectionRef = useRef<HTMLElement>(null);
  /** Canonical form of the body the editor last produced or was given. */
  const shown = useRef<string | null>(null);
  const clauseId = clause.id;

  const editor = useEditor(
    {
      extensions: clauseEditorExtensions,
      content: blocksToTiptap(clause.body),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editable: !readOnly,
      editorProps: {
        attributes: {
          class: 'ws-prose',
          'aria-label': t('editor.bodyLabel', { number, heading: clause.heading }),
          'data-testid': `clause-body-${clauseId}`,
        },
      },
      onUpdate: ({ editor: current }) => {
        const body = tiptapToBlocks(current.getJSON());
        shown.current = canonicalize(body);
        update(applyBody(clauseId, body));
      },
      onFocus: () => selectClause(clauseId),
    },
    [clauseId],
  );

  // Content changed outside this editor (undo of a removal, a draft adopted from elsewhere).
  useEffect(() => {
    const incoming = canonicalize(clause.body);
    if (shown.current === null) {
      shown.current = incoming;
      return;
    }
    if (incoming === shown.current || editor.isDestroyed) return;
    shown.current = incoming;
    editor.commands.setContent(blocksToTiptap(clause.body), { emitUpdate: false });
  }, [clause.body, editor]);

  useEffect(() => {
    if (!editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // The accessible name follows renumbering and renaming (editor attributes are set only once).
  const bodyLabel = t('editor.bodyLabel', { number, heading: clause.heading });
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dom.setAttribute('aria-label', bodyLabel);
  }, [editor, bodyLabel]);

  useEffect(() => {
    if (selected && scrollRequest > 0)
      sectionRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    // Only a new request scrolls; selecting by clicking into the text must not jump.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRequest]);

  const headingId = `clause-heading-${clauseId}`;
  return (
    <section
      ref={sectionRef}
      className={`ws-clause ws-clause-level-${clause.level}`}
      data-selected={selected || undefined}
      data-clause-id={clauseId}
      data-testid={`clause-${clauseId}`}
      aria-labelledby={headingId}
    >
      <div className="ws-clause-head">
        <span className="ws-clause-number" data-testid={`clause-number-${clauseId}`}>
          {number}
        </span>
        <input
          id={headingId}
          className="ws-clause-heading"
          value={clause.heading}
          aria-label={t('editor.headingLabel', { number })}
          placeholder={t('editor.headingPlaceholder')}
          readOnly={readOnly}
          onFocus={() => selectClause(clauseId)}
          onChange={(event) => {
            const heading = event.target.value;
            update((doc) =>
              doc.clauses.some((c) => c.id === clauseId) ? updateClause(doc, clauseId, { heading }) : doc,
            );
          }}
        />
        <StatusDots wordingChanged={wordingChanged} changedTerms={changedTerms} />
      </div>
      <ClauseIdContext.Provider value={clauseId}>
        <EditorContent editor={editor} className="ws-clause-body" />
      </ClauseIdContext.Provider>
    </section>
  );
});
