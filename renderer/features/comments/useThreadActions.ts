import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadKey } from '../../../shared/comments/dealThreads';
import type { TextAnchor } from '../../../shared/comments/textAnchor';
import { showToast } from '../../components/useToastStore';
import { describeError } from '../../errors/describeError';
import { useRepositories } from '../../src/RepositoriesContext';
import { useComments } from './CommentsContext';

/**
 * Reply, resolve/reopen, new comments, and edit or delete of our own, of the open deal: each one
 * repository call (one transaction); a refusal is said in the user's language and nothing is
 * written. A delete can be undone from its notice.
 */
export function useThreadActions() {
  const { t } = useTranslation('comments');
  const repositories = useRepositories();
  const { dealId } = useComments();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (
      action: () => Promise<unknown>,
      saved: string,
      undo?: () => Promise<unknown>,
    ): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        showToast({
          message: saved,
          ...(undo
            ? {
                action: {
                  label: t('saved.undo'),
                  run: async () => {
                    try {
                      await undo();
                      showToast({ message: t('saved.restored') });
                    } catch (error) {
                      showToast({ message: t('failed', { message: describeError(error) }), tone: 'error' });
                    }
                  },
                },
              }
            : {}),
        });
        return true;
      } catch (error) {
        showToast({ message: t('failed', { message: describeError(error) }), tone: 'error' });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  return {
    busy,
    reply: (key: ThreadKey, text: string, author?: string) =>
      run(() => repositories.commentThreads.reply(dealId, key, text, author), t('saved.reply')),
    setResolved: (key: ThreadKey, resolved: boolean, author?: string) =>
      run(
        () => repositories.commentThreads.setResolved(dealId, key, resolved, author),
        resolved ? t('saved.resolved') : t('saved.reopened'),
      ),
    /** A comment of ours on the clause, or on the words `anchor` of it. */
    addComment: (clauseId: string, text: string, author?: string, anchor?: TextAnchor) =>
      run(
        () =>
          repositories.commentThreads.addComment(
            dealId,
            { clauseId, text, ...(anchor ? { anchor } : {}) },
            author,
          ),
        t('saved.added'),
      ),
    edit: (entryId: string, text: string, author?: string) =>
      run(() => repositories.commentThreads.editEntry(dealId, entryId, text, author), t('saved.edited')),
    /** Deletes our comment (`first`: with its thread) or reply; the notice offers Undo. */
    remove: (entryId: string, first: boolean, author?: string) =>
      run(
        () => repositories.commentThreads.deleteEntry(dealId, entryId, author),
        first ? t('saved.deletedComment') : t('saved.deletedReply'),
        () => repositories.commentThreads.restoreEntry(dealId, entryId, author),
      ),
  };
}
