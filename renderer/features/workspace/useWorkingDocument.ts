import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SlaDocument } from '../../../shared/model';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { useAutosave, type AutosaveResult, type DraftsRepository } from '../../db';
import { useRepositories } from '../../src/RepositoriesContext';

interface Working {
  dealId: string;
  doc: SlaDocument;
  /** Revision of the stored draft this document was loaded from or last adopted. */
  revision: number;
}

export interface WorkingDocument {
  /** `undefined` while loading; `null` when the deal has no draft. */
  doc: SlaDocument | undefined | null;
  /** Applies a pure edit to the newest document; an edit that returns its input changes nothing. */
  update(edit: (doc: SlaDocument) => SlaDocument): void;
  autosave: AutosaveResult;
}

/**
 * The deal's draft as the workspace edits it: loaded once from the database, edited in memory,
 * written back by the debounced autosave. The live query echoes every save of ours; those echoes
 * (and any older revision) are ignored so typing is never overwritten. A newer revision written
 * elsewhere (e.g. a currency change of the deal) is taken over only while nothing is unsaved here.
 */
export function useWorkingDocument(dealId: string, { delayMs = 500 } = {}): WorkingDocument {
  const repositories = useRepositories();
  const draft = useLiveQuery(
    async () => (await repositories.drafts.get(dealId)) ?? null,
    [repositories, dealId],
  );
  const [working, setWorking] = useState<Working | null>(null);
  const [savedRevision, setSavedRevision] = useState(-1);

  const drafts = useMemo<DraftsRepository>(
    () => ({
      get: (id) => repositories.drafts.get(id),
      replace: (id, document) => repositories.drafts.replace(id, document),
      async save(id, document, options) {
        const saved = await repositories.drafts.save(id, document, options);
        setSavedRevision((revision) => Math.max(revision, saved.revision));
        return saved;
      },
    }),
    [repositories],
  );

  const current = working?.dealId === dealId ? working : null;
  const autosave = useAutosave(dealId, current?.doc, { delayMs, drafts });

  // Derived during render (React's "adjust state when a prop changes"), not in an effect, so the
  // first paint already shows the document.
  if (draft && (!current || current.dealId !== dealId)) {
    setWorking({ dealId, doc: draft.document, revision: draft.revision });
  } else if (
    draft &&
    current &&
    autosave.status === 'saved' &&
    draft.revision > Math.max(current.revision, savedRevision)
  ) {
    const same = canonicalize(draft.document) === canonicalize(current.doc);
    setWorking({ dealId, doc: same ? current.doc : draft.document, revision: draft.revision });
  }

  const update = useCallback((edit: (doc: SlaDocument) => SlaDocument) => {
    setWorking((prev) => {
      if (!prev) return prev;
      const doc = edit(prev.doc);
      return doc === prev.doc ? prev : { ...prev, doc };
    });
  }, []);

  return {
    doc: draft === null ? null : current?.doc,
    update,
    autosave,
  };
}
