import { Draft, SlaDocument } from '../../../shared/model';
import { DraftConflictError, RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { requireOpenDeal } from './closedDealGuard';
import { readValid, type RepositoryDeps } from './RepositoryDeps';

export interface SaveDraftOptions {
  /**
   * The revision the caller's document was based on. When given and the stored draft has moved on
   * (another window saved meanwhile), the save is refused with a `conflict` instead of overwriting.
   */
  expectedRevision?: number;
}

export interface DraftsRepository {
  get(dealId: string): Promise<Draft | undefined>;
  /**
   * Validates the whole document first (ValidationError, database untouched), then writes it as the
   * next revision and marks the deal as updated, in one transaction. A signed or walked-away deal
   * is refused (`refused`) until it is reopened.
   */
  save(dealId: string, document: SlaDocument, options?: SaveDraftOptions): Promise<Draft>;
  /** Saves a new draft and returns the one it replaced (for Undo), read in the same transaction. */
  replace(dealId: string, document: SlaDocument): Promise<{ previous: Draft | null; draft: Draft }>;
}

export function createDraftsRepository(deps: RepositoryDeps): DraftsRepository {
  const { db } = deps;
  return {
    async get(dealId) {
      return readValid(deps, Draft, 'drafts', dealId, await db.drafts.get(dealId));
    },

    save(dealId, document, options = {}) {
      return write(dealId, document, options).then((result) => result.draft);
    },

    replace(dealId, document) {
      return write(dealId, document, {});
    },
  };

  async function write(
    dealId: string,
    document: SlaDocument,
    options: SaveDraftOptions,
  ): Promise<{ previous: Draft | null; draft: Draft }> {
    const valid = validateOrThrow(SlaDocument, document, 'draft');
    return db.transaction('rw', [db.deals, db.drafts], async () => {
      await requireOpenDeal(deps, dealId);
      const current = await db.drafts.get(dealId);
      const revision = current?.revision ?? -1;
      if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
        const stored = current ? readValid(deps, Draft, 'drafts', dealId, current) : undefined;
        if (stored) throw new DraftConflictError(stored);
        throw new RepositoryError('conflict', 'The draft was changed in another window.');
      }
      const now = deps.now();
      const draft = validateOrThrow(
        Draft,
        { dealId, document: valid, revision: revision + 1, updatedAt: now },
        'draft',
      );
      await db.drafts.put(draft);
      await db.deals.update(dealId, { updatedAt: now });
      const previous = current ? (readValid(deps, Draft, 'drafts', dealId, current) ?? null) : null;
      return { previous, draft };
    });
  }
}
