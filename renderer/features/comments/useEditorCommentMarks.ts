import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { anchorFromSelection, anchorRuns, shownTextOf } from '../../../shared/comments/textAnchor';
import { tiptapToBlocks } from '../workspace/tiptapBlocks';
import { useDocumentView } from '../workspace/DocumentViewContext';
import { highlightsKey } from './commentHighlights';
import { useComments } from './CommentsContext';
import { anchorPointsOf, editorBlocks, editorRangeOf } from './editorAnchors';
import type { ClauseMarks } from './useClauseMarks';
import { useCommentsStore } from './useCommentsStore';

/**
 * Keeps the editor's marks in step with the clause's marks, and the selection a new comment would
 * be on in the comments store (UI state): on every change of the selection, the words selected in
 * this clause, or none.
 */
export function useEditorCommentMarks(editor: Editor, clauseId: string, marks: ClauseMarks | null): void {
  const { termsById, language } = useDocumentView();
  // Only a deal that can be changed takes new comments (not a template, not a closed deal).
  const { dealId, readOnly } = useComments();
  const takesComments = dealId !== '' && !readOnly;
  const drawn = useRef('[]');

  useEffect(() => {
    if (editor.isDestroyed) return;
    const shown = shownTextOf(termsById, language);
    const blocks = marks ? editorBlocks(editor.state.doc, shown) : [];
    // The editor is a keystroke ahead of the clause the marks were found in: its decorations move
    // along with the edit until the clause catches up, rather than blinking off.
    const texts = marks?.runs.filter((run) => run.inEditor).map((run) => run.text) ?? [];
    if (marks && (texts.length !== blocks.length || texts.some((text, i) => text !== blocks[i]!.text)))
      return;
    const ranges = marks
      ? marks.marks.flatMap((mark) => {
          const range = editorRangeOf(blocks, marks.runs, mark.hit);
          return range ? [{ ...range, mark }] : [];
        })
      : [];
    const key = JSON.stringify(ranges.map(({ from, to, mark }) => [from, to, mark.threadId, mark.label]));
    if (key === drawn.current) return;
    drawn.current = key;
    const decorations = ranges.map(({ from, to, mark }) =>
      Decoration.inline(from, to, {
        class: mark.threadId ? 'cm-mark' : 'cm-mark cm-mark-pending',
        title: mark.label,
        ...(mark.threadId ? { 'data-comment-thread': mark.threadId } : {}),
      }),
    );
    const { state } = editor.view;
    editor.view.dispatch(
      state.tr
        .setMeta(highlightsKey, DecorationSet.create(state.doc, decorations))
        .setMeta('addToHistory', false),
    );
  }, [editor, marks, termsById, language]);

  useEffect(() => {
    if (!takesComments) return;
    const onSelection = () => {
      const store = useCommentsStore.getState();
      const { from, to, empty } = editor.state.selection;
      // A deal that cannot be changed takes no new comments.
      if (empty || !editor.isEditable) {
        if (store.selection) store.setSelection(null);
        return;
      }
      const shown = shownTextOf(termsById, language);
      const runs = anchorRuns(tiptapToBlocks(editor.getJSON()), shown);
      const points = anchorPointsOf(editorBlocks(editor.state.doc, shown), runs, from, to);
      const anchor = points && anchorFromSelection(runs, ...points);
      store.setSelection(anchor ? { clauseId, anchor } : null);
    };
    editor.on('selectionUpdate', onSelection);
    return () => {
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor, clauseId, termsById, language, takesComments]);
}
