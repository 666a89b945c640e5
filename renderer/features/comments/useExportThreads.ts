import { useLiveQuery } from 'dexie-react-hooks';
import { threadsForExport, type ExportThread } from '../../../shared/comments/threadsForExport';
import type { Round } from '../../../shared/model';
import { useRepositories } from '../../src/RepositoriesContext';

/** What an exported document is: the draft (`round: null`) or a round, with its text. */
export interface ThreadsSource {
  round: Round | null;
  document: { clauses: readonly { id: string }[] };
}

/**
 * The comment threads a Word file of the deal carries (issue 12 §6), for the export dialog: the one
 * pure rule of shared/comments decides which and in what order.
 */
export function useExportThreads(
  dealId: string,
  rounds: readonly Round[] | undefined,
): (source: ThreadsSource) => ExportThread[] {
  const repositories = useRepositories();
  const records = useLiveQuery(() => repositories.commentThreads.list(dealId), [repositories, dealId]);
  return (source) =>
    threadsForExport(
      {
        rounds: rounds ?? [],
        records: records ?? [],
        clauseIds: source.document.clauses.map((clause) => clause.id),
      },
      source.round
        ? {
            kind: 'round',
            side: source.round.side,
            number: source.round.number,
            createdAt: source.round.createdAt,
          }
        : { kind: 'draft' },
    );
}
