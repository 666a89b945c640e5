import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Template } from '../../../shared/model';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { AutosaveScheduler, type AutosaveStatus } from '../../db/AutosaveScheduler';
import { RepositoryError } from '../../db/RepositoryError';
import { classifySaveFailure, useFlushWhenLeaving } from '../../db/useAutosave';
import { useRepositories } from '../../src/RepositoriesContext';

interface Working {
  /** The stored version the edit started from. */
  base: Template;
  current: Template;
}

export type SaveOutcome = { ok: true; saved: Template } | { ok: false; conflict: boolean; message: string };

export interface TemplateWorkingCopy {
  /** The edited template (undefined while loading, null when it does not exist). */
  template: Template | null | undefined;
  /** The latest stored version. */
  latest: Template | null | undefined;
  base: Template | undefined;
  dirty: boolean;
  /** A newer version was saved elsewhere (another window) while this one has unsaved changes. */
  conflict: Template | null;
  /** When the unsaved edit shown was kept from an earlier visit (a reload, a crash): its last save. */
  restoredFrom: string | null;
  /** Whether the unsaved edit is stored yet (`saved`), about to be (`pending`, `saving`), or failed. */
  keeping: AutosaveStatus;
  update(edit: (template: Template) => Template): void;
  /** Saves the edit as a new version, refused when a newer version exists (`overwrite` = the user chose to). */
  save(options?: { overwrite?: boolean }): Promise<SaveOutcome>;
  /** Drops the unsaved edit, here and in the database. */
  discard(): Promise<void>;
}

const same = (a: Template, b: Template) => canonicalize(a) === canonicalize(b);
const sameWorking = (a: Working, b: Working) =>
  a.base.version === b.base.version && same(a.current, b.current);

/** The edit kept from an earlier visit, with the version it started from; null when there is none. */
async function readKept(
  templates: ReturnType<typeof useRepositories>['templates'],
  templateId: string,
): Promise<{ working: Working; savedAt: string } | null> {
  const kept = await templates.workingCopy(templateId);
  if (!kept) return null;
  const base = await templates.get(templateId, kept.baseVersion);
  return base ? { working: { base, current: kept.template }, savedAt: kept.updatedAt } : null;
}

/**
 * An own template as the editor changes it: loaded from the latest version (or from the unsaved edit
 * kept from an earlier visit), edited in memory, kept in the database while the user types (debounced,
 * and at once when the window is hidden or closed, as the deal draft is) and saved in one transaction
 * as the next version, which removes the kept edit. A version saved elsewhere is taken over while
 * nothing is unsaved here; with unsaved changes, or a kept edit older than the stored version, it is
 * shown as a conflict, never overwritten.
 */
export function useTemplateWorkingCopy(
  templateId: string,
  { delayMs = 500 }: { delayMs?: number } = {},
): TemplateWorkingCopy {
  const { templates } = useRepositories();
  const latest = useLiveQuery(async () => (await templates.get(templateId)) ?? null, [templates, templateId]);
  // Read once per template: afterwards this window's state is the newer one.
  const [kept, setKept] = useState<{
    templateId: string;
    value: { working: Working; savedAt: string } | null;
  } | null>(null);
  useEffect(() => {
    let cancelled = false;
    readKept(templates, templateId).then(
      (value) => {
        if (!cancelled) setKept({ templateId, value });
      },
      () => {
        if (!cancelled) setKept({ templateId, value: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [templates, templateId]);
  const keptHere = kept?.templateId === templateId ? kept : null;

  const [working, setWorking] = useState<Working | null>(null);
  const [restoredFrom, setRestoredFrom] = useState<{ templateId: string; at: string } | null>(null);
  const current = working?.base.id === templateId ? working : null;
  const dirty = current !== null && !same(current.base, current.current);
  if (latest && keptHere && !current) {
    const restored = keptHere.value && !keptHere.value.working.base.builtIn ? keptHere.value : null;
    setWorking(restored ? restored.working : { base: latest, current: latest });
    if (restored) setRestoredFrom({ templateId, at: restored.savedAt });
  } else if (latest && current && latest.version > current.base.version && !dirty)
    setWorking({ base: latest, current: latest });
  const conflict = latest && current && dirty && latest.version > current.base.version ? latest : null;

  // Keeps the edit in the database; an edit undone back to its base removes the kept copy.
  const scheduler = useMemo(
    () =>
      new AutosaveScheduler<Working>(
        async ({ base, current: edited }) => {
          // One scheduler per template: a value of another template is never written under this one.
          if (base.builtIn || base.id !== templateId) return;
          if (same(base, edited)) await templates.discardWorkingCopy(base.id);
          else await templates.saveWorkingCopy(edited, base.version);
        },
        { delayMs, sameContent: sameWorking, classify: classifySaveFailure },
      ),
    [templates, templateId, delayMs],
  );
  const keeping = useSyncExternalStore(scheduler.subscribe, scheduler.getSnapshot, scheduler.getSnapshot);
  useEffect(() => scheduler.update(current ?? undefined), [scheduler, current]);
  useFlushWhenLeaving(scheduler);

  useEffect(() => {
    if (!dirty || keeping.status === 'saved') return undefined;
    // Only while the edit is not stored yet: once kept, leaving loses nothing.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, keeping.status]);

  const update = useCallback((edit: (template: Template) => Template) => {
    setWorking((prev) => {
      if (!prev) return prev;
      const next = edit(prev.current);
      return next === prev.current ? prev : { ...prev, current: next };
    });
  }, []);

  const save = useCallback(
    async ({ overwrite = false } = {}): Promise<SaveOutcome> => {
      if (!current || !latest) return { ok: false, conflict: false, message: 'not loaded' };
      // A kept-copy write still under way must land before the version removes the copy.
      await scheduler.flush().catch(() => undefined);
      try {
        const saved = await templates.saveVersion(current.current, {
          baseVersion: overwrite ? latest.version : current.base.version,
        });
        const next = { base: saved, current: saved };
        scheduler.resetBaseline(next);
        setWorking(next);
        setRestoredFrom(null);
        return { ok: true, saved };
      } catch (error) {
        const isConflict = error instanceof RepositoryError && error.code === 'conflict';
        return {
          ok: false,
          conflict: isConflict,
          message: error instanceof Error ? error.message : String(error),
        };
      }
    },
    [current, latest, templates, scheduler],
  );

  const discard = useCallback(async () => {
    if (!latest) return;
    await scheduler.flush().catch(() => undefined);
    const next = { base: latest, current: latest };
    scheduler.resetBaseline(next);
    setWorking(next);
    setRestoredFrom(null);
    await templates.discardWorkingCopy(latest.id);
  }, [latest, templates, scheduler]);

  return {
    template: latest === null ? null : current?.current,
    latest,
    base: current?.base,
    dirty,
    conflict,
    restoredFrom: dirty && restoredFrom?.templateId === templateId ? restoredFrom.at : null,
    keeping: keeping.status,
    update,
    save,
    discard,
  };
}
