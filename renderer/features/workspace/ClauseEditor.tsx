import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { mapInlineRuns, type Block, type Clause, type SlaDocument } from '../../../shared/model';
import { updateClause } from '../../../shared/model/operations';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { clauseEditorExtensions } from './clauseEditorExtensions';
import { blocksToTiptap, tiptapToBlocks } from './tiptapBlocks';
import { useWorkspaceStore } from './useWorkspaceStore';
import { ClauseIdContext } from './DocumentViewContext';
import { requestEditorActivation } from './editorActivation';
import { StaticClauseBody, type FocusRequest } from './StaticClauseBody';
import { StatusDots } from './StatusDots';
import { ClauseCommentButton } from '../comments/CommentMarkers';
import { useEditorCommentMarks } from '../comments/useEditorCommentMarks';
import { useClauseMarks } from '../comments/useClauseMarks';

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

/** How far outside the visible page a clause gets its editor ahead of being scrolled to. */
const ACTIVATION_MARGIN = '100% 0px';

/**
 * One clause on the page: number, editable heading and its wording. The wording is drawn without
 * an editor until the clause comes near the view or the reader clicks or tabs into it; then its
 * TipTap editor takes over (see StaticClauseBody).
 */
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
  const [live, setLive] = useState(false);
  const focusRequest = useRef<FocusRequest | null>(null);
  const clauseId = clause.id;

  useEffect(() => {
    const section = sectionRef.current;
    if (live || !section || typeof IntersectionObserver === 'undefined') return;
    let cancel: (() => void) | null = null;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting) cancel ??= requestEditorActivation(() => setLive(true));
        else {
          cancel?.();
          cancel = null;
        }
      },
      { rootMargin: ACTIVATION_MARGIN },
    );
    observer.observe(section);
    return () => {
      observer.disconnect();
      cancel?.();
    };
  }, [live]);

  useEffect(() => {
    if (selected && scrollRequest > 0)
      sectionRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    // Only a new request scrolls; selecting by clicking into the text must not jump.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRequest]);

  const bodyLabel = t('editor.bodyLabel', { number, heading: clause.heading });
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
        <ClauseCommentButton clauseId={clauseId} number={number} />
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
      {live ? (
        <LiveClauseBody
          clause={clause}
          label={bodyLabel}
          update={update}
          readOnly={readOnly}
          focusRequestRef={focusRequest}
          onFocus={() => selectClause(clauseId)}
        />
      ) : (
        <StaticClauseBody
          clauseId={clauseId}
          body={clause.body}
          label={bodyLabel}
          readOnly={readOnly}
          onActivate={(request) => {
            focusRequest.current = request;
            selectClause(clauseId);
            setLive(true);
          }}
        />
      )}
    </section>
  );
});

interface LiveClauseBodyProps {
  clause: Clause;
  label: string;
  update: ClauseEditorProps['update'];
  readOnly: boolean;
  /** Set when the reader clicked or tabbed into the static body: the caret goes there. */
  focusRequestRef: React.RefObject<FocusRequest | null>;
  onFocus(): void;
}

/** The clause's TipTap editor. Its own undo history (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z) per clause. */
function LiveClauseBody({ clause, label, update, readOnly, focusRequestRef, onFocus }: LiveClauseBodyProps) {
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
          'aria-label': label,
          'data-testid': `clause-body-${clauseId}`,
        },
      },
      onUpdate: ({ editor: current }) => {
        const body = tiptapToBlocks(current.getJSON());
        shown.current = canonicalize(body);
        update(applyBody(clauseId, body));
      },
      onFocus,
    },
    [clauseId],
  );

  // The caret goes where the reader clicked before the editor existed (same layout, same place).
  useLayoutEffect(() => {
    const request = focusRequestRef.current;
    if (!request || editor.isDestroyed) return;
    focusRequestRef.current = null;
    const at = request === 'start' ? null : editor.view.posAtCoords({ left: request.x, top: request.y });
    if (at) editor.chain().setTextSelection(at.pos).focus(undefined, { scrollIntoView: false }).run();
    else editor.commands.focus('start');
  }, [editor, focusRequestRef]);

  // Content changed outside this editor (undo of a removal, a draft adopted from elsewhere). Not
  // added to the editor's undo history: Ctrl+Z undoes the reader's typing, not someone else's change.
  useEffect(() => {
    const incoming = canonicalize(clause.body);
    if (shown.current === null) {
      shown.current = incoming;
      return;
    }
    if (incoming === shown.current || editor.isDestroyed) return;
    shown.current = incoming;
    editor
      .chain()
      .command(({ tr }) => {
        tr.setMeta('addToHistory', false);
        return true;
      })
      .setContent(blocksToTiptap(clause.body), { emitUpdate: false })
      .run();
  }, [clause.body, editor]);

  useEffect(() => {
    if (!editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // The words our comments are on, and the words selected for a new one (issue 12 §6).
  useEditorCommentMarks(editor, clauseId, useClauseMarks(clauseId, clause.body));

  // The accessible name follows renumbering and renaming (editor attributes are set only once).
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dom.setAttribute('aria-label', label);
  }, [editor, label]);

  return (
    <ClauseIdContext.Provider value={clauseId}>
      <EditorContent editor={editor} className="ws-clause-body" />
    </ClauseIdContext.Provider>
  );
}
