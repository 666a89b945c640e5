import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadKey } from '../../../shared/comments/dealThreads';
import { showToast } from '../../components/useToastStore';
import { describeError } from '../../errors/describeError';
import { useRepositories } from '../../src/RepositoriesContext';
import { useComments } from './CommentsContext';

/**
 * Reply, resolve/reopen and new comments of the open deal, each one repository call (one
 * transaction); a refusal is said in the user's language and nothing is written.
 */
export function useThreadActions() {
  const { t } = useTranslation('comments');
  const repositories = useRepositories();
  const { dealId } = useComments();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (action: () => Promise<unknown>, saved: string): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        showToast({ message: saved });
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
    addComment: (clauseId: string, text: string, author?: string) =>
      run(
        () => repositories.commentThreads.addComment(dealId, { clauseId, anchorText: '', text }, author),
        t('saved.added'),
      ),
  };
}
