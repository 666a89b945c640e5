import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Draft, SlaDocument } from '../../../shared/model';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { DraftConflictError, useAutosave, type AutosaveResult } from '../../db';
import { useRepositories } from '../../src/RepositoriesContext';

interface Working {
  dealId: string;
  doc: SlaDocument;
}

/** Both versions of a draft that was saved elsewhere while this window had unsaved edits. */
export interface DraftConflict {
  mine: SlaDocument;
  theirs: Draft;
}

export interface WorkingDocument {
  /** `undefined` while loading; `null` when the deal has no draft. */
  doc: SlaDocument | undefined | null;
  /** Applies a pure edit to the newest document; an edit that returns its input changes nothing. */
  update(edit: (doc: SlaDocument) => SlaDocument): void;
  autosave: AutosaveResult;
  /** Set while the user must choose between this window's version and the stored one. */
  conflict: DraftConflict | null;
  /** Writes this window's version over the stored one (the user chose it, seeing both). */
  keepMine(): Promise<void>;
  /** Drops this window's unsaved edits and continues with the stored version. */
  takeTheirs(): void;
}

/**
 * The deal's draft as the workspace edits it: loaded once from the database, edited in memory,
 * written back by the debounced autosave, which passes the revision the edits are based on (issue 9:
 * one writer, or a visible conflict). The live query echoes every save of ours; those echoes are
 * ignored. A newer revision written elsewhere is taken over only while nothing is unsaved here;
 * otherwise the next save is refused as a conflict and the user sees both versions and chooses.
 */
export function useWorkingDocument(dealId: string, { delayMs = 500 } = {}): WorkingDocument {
  const repositories = useRepositories();
  const draft = useLiveQuery(
    async () => (await repositories.drafts.get(dealId)) ?? null,
    [repositories, dealId],
  );
  const [working, setWorking] = useState<Working | null>(null);
  /** The stored revision this window's document is based on: what every save expects to replace. */
  const base = useRef<{ dealId: string; revision: number } | null>(null);
  /** A newer stored draft taken over during render, handed to the autosave as its baseline after it. */
  const adopted = useRef<SlaDocument | null>(null);

  const save = useCallback(
    async (document: SlaDocument) => {
      const expected = base.current?.dealId === dealId ? base.current.revision : undefined;
      const saved = await repositories.drafts.save(
        dealId,
        document,
        expected === undefined ? {} : { expectedRevision: expected },
      );
      base.current = { dealId, revision: saved.revision };
      return saved;
    },
    [repositories, dealId],
  );
  const drafts = useMemo(
    () => ({ ...repositories.drafts, save: (id: string, doc: SlaDocument) => save(doc) }),
    [repositories, save],
  );

  const current = working?.dealId === dealId ? working : null;
  const autosave = useAutosave(dealId, current?.doc, { delayMs, drafts, save });

  // Derived during render (React's "adjust state when a prop changes"), not in an effect, so the
  // first paint already shows the document.
  if (draft && (!current || current.dealId !== dealId)) {
    base.current = { dealId, revision: draft.revision };
    setWorking({ dealId, doc: draft.document });
  } else if (
    draft &&
    current &&
    base.current?.dealId === dealId &&
    draft.revision > base.current.revision &&
    autosave.status === 'saved'
  ) {
    // Written elsewhere while nothing is unsaved here: nothing of ours can be lost by taking it.
    base.current = { dealId, revision: draft.revision };
    const same = canonicalize(draft.document) === canonicalize(current.doc);
    if (!same) {
      adopted.current = draft.document;
      setWorking({ dealId, doc: draft.document });
    }
  }

  // The adopted document is what is stored: the autosave must not write it back as a change of ours.
  // (After useAutosave's own effect has seen it; effects run in the order the hooks were called.)
  useEffect(() => {
    if (adopted.current && adopted.current === current?.doc) autosave.resetBaseline(adopted.current);
    adopted.current = null;
  }, [current?.doc, autosave]);

  const update = useCallback((edit: (doc: SlaDocument) => SlaDocument) => {
    setWorking((prev) => {
      if (!prev) return prev;
      const doc = edit(prev.doc);
      return doc === prev.doc ? prev : { ...prev, doc };
    });
  }, []);

  const conflict: DraftConflict | null =
    autosave.status === 'conflict' && autosave.error instanceof DraftConflictError && current
      ? { mine: current.doc, theirs: autosave.error.stored }
      : null;

  const keepMine = useCallback(async () => {
    if (!conflict) return;
    base.current = { dealId, revision: conflict.theirs.revision };
    autosave.resolveConflict();
    await autosave.flush();
  }, [conflict, dealId, autosave]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    base.current = { dealId, revision: conflict.theirs.revision };
    autosave.resetBaseline(conflict.theirs.document);
    setWorking({ dealId, doc: conflict.theirs.document });
  }, [conflict, dealId, autosave]);

  return {
    doc: draft === null ? null : current?.doc,
    update,
    autosave,
    conflict,
    keepMine,
    takeTheirs,
  };
}
