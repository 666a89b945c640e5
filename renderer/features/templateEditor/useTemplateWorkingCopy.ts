import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Template } from '../../../shared/model';
import { canonicalize } from '../../../shared/rounds/hashRound';
import { RepositoryError } from '../../db/RepositoryError';
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
  update(edit: (template: Template) => Template): void;
  /** Saves the edit as a new version, refused when a newer version exists (`overwrite` = the user chose to). */
  save(options?: { overwrite?: boolean }): Promise<SaveOutcome>;
  discard(): void;
}

const same = (a: Template, b: Template) => canonicalize(a) === canonicalize(b);

/**
 * An own template as the editor changes it: loaded from the latest version, edited in memory and
 * saved in one transaction as the next version. A version saved elsewhere is taken over while
 * nothing is unsaved here; with unsaved changes it is shown as a conflict, never overwritten.
 */
export function useTemplateWorkingCopy(templateId: string): TemplateWorkingCopy {
  const { templates } = useRepositories();
  const latest = useLiveQuery(async () => (await templates.get(templateId)) ?? null, [templates, templateId]);
  const [working, setWorking] = useState<Working | null>(null);

  const current = working?.base.id === templateId ? working : null;
  const dirty = current !== null && !same(current.base, current.current);
  if (latest && (!current || (latest.version > current.base.version && !dirty)))
    setWorking({ base: latest, current: latest });
  const conflict = latest && current && dirty && latest.version > current.base.version ? latest : null;

  useEffect(() => {
    if (!dirty) return undefined;
    // The browser's own prompt: leaving with unsaved changes must be a choice.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

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
      try {
        const saved = await templates.saveVersion(current.current, {
          baseVersion: overwrite ? latest.version : current.base.version,
        });
        setWorking({ base: saved, current: saved });
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
    [current, latest, templates],
  );

  const discard = useCallback(() => {
    if (latest) setWorking({ base: latest, current: latest });
  }, [latest]);

  return {
    template: latest === null ? null : current?.current,
    latest,
    base: current?.base,
    dirty,
    conflict,
    update,
    save,
    discard,
  };
}
