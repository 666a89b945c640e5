import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Draft, SlaDocument } from '../../../shared/model';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { DraftConflictError, useAutosave, type AutosaveResult } from '../../db';
import { useRepositories } from '../../src/RepositoriesContext';

interface Working {
  dealId: string;
  doc: SlaDocument;
  /** The stored revision `doc` is based on: what the next save expects to replace. */
  baseRevision: number;
  /** `doc` is exactly what is stored (just loaded or taken over): nothing to save. */
  stored: boolean;
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
  const current = working?.dealId === dealId ? working : null;

  // The revision a save expects, for the save callback (which runs outside render).
  const baseRevision = useRef<{ dealId: string; revision: number } | null>(null);
  useEffect(() => {
    if (current) baseRevision.current = { dealId: current.dealId, revision: current.baseRevision };
  }, [current]);

  const save = useCallback(
    async (document: SlaDocument) => {
      const base = baseRevision.current;
      const saved = await repositories.drafts.save(
        dealId,
        document,
        base?.dealId === dealId ? { expectedRevision: base.revision } : {},
      );
      baseRevision.current = { dealId, revision: saved.revision };
      setWorking((prev) =>
        prev?.dealId === dealId && prev.baseRevision < saved.revision
          ? { ...prev, baseRevision: saved.revision }
          : prev,
      );
      return saved;
    },
    [repositories, dealId],
  );
  const drafts = useMemo(
    () => ({ ...repositories.drafts, save: (_id: string, doc: SlaDocument) => save(doc) }),
    [repositories, save],
  );

  const autosave = useAutosave(dealId, current?.doc, {
    delayMs,
    drafts,
    save,
    ...(current?.stored ? { baseline: current.doc } : {}),
  });

  // Derived during render (React's "adjust state when a prop changes"), not in an effect, so the
  // first paint already shows the document.
  if (draft && !current) {
    setWorking({ dealId, doc: draft.document, baseRevision: draft.revision, stored: true });
  } else if (draft && current && draft.revision > current.baseRevision && autosave.status === 'saved') {
    // Written elsewhere while nothing is unsaved here: nothing of ours can be lost by taking it.
    const same = canonicalize(draft.document) === canonicalize(current.doc);
    setWorking({
      dealId,
      doc: same ? current.doc : draft.document,
      baseRevision: draft.revision,
      stored: true,
    });
  }

  const update = useCallback((edit: (doc: SlaDocument) => SlaDocument) => {
    setWorking((prev) => {
      if (!prev) return prev;
      const doc = edit(prev.doc);
      return doc === prev.doc ? prev : { ...prev, doc, stored: false };
    });
  }, []);

  const mine = current?.doc;
  const conflict = useMemo<DraftConflict | null>(
    () =>
      autosave.status === 'conflict' && autosave.error instanceof DraftConflictError && mine
        ? { mine, theirs: autosave.error.stored }
        : null,
    [autosave.status, autosave.error, mine],
  );

  const keepMine = useCallback(async () => {
    if (!conflict) return;
    baseRevision.current = { dealId, revision: conflict.theirs.revision };
    setWorking((prev) => (prev ? { ...prev, baseRevision: conflict.theirs.revision } : prev));
    autosave.resolveConflict();
    await autosave.flush();
  }, [conflict, dealId, autosave]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const theirs = conflict.theirs;
    baseRevision.current = { dealId, revision: theirs.revision };
    autosave.resetBaseline(theirs.document);
    setWorking({ dealId, doc: theirs.document, baseRevision: theirs.revision, stored: true });
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
