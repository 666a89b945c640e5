import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { useWorkspaceStore } from '../workspace/useWorkspaceStore';
import { useCommentsStore } from './useCommentsStore';

/** The plugin's state: the decorations of the words comments are on (set by useEditorCommentMarks). */
export const highlightsKey = new PluginKey<DecorationSet>('commentHighlights');

/** Opens the Comments tab at the new comment box, for the words selected (if any). */
export function startComment(): void {
  useWorkspaceStore.getState().setInspectorTab('comments');
  useCommentsStore.getState().requestCompose();
}

/**
 * The words comments are on, marked in the clause editor (set from React, moved along with edits
 * until the next set), and Ctrl+Alt+M to comment on the selected words, as in Word.
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key: highlightsKey,
      state: {
        init: () => DecorationSet.empty,
        apply: (tr, set) =>
          (tr.getMeta(highlightsKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
      },
      props: { decorations: (state) => highlightsKey.getState(state) },
    }),
  ],
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        if (!this.editor.isEditable) return false;
        startComment();
        return true;
      },
    };
  },
});
