import type { Template } from '../../model/template';
import type { PlaybookEntry } from '../../playbook/playbook';
import { canonicalize } from '../../rounds/hashRound';
import { templateChanges, type TemplateChanges } from '../editTemplate';
import { templateStatusOf, withStatusOf } from '../templateLifecycle';
import type { PackFile } from './packFormat';

/** What importing a pack does to one template. */
export interface PackTemplatePlan {
  templateId: string;
  name: string;
  /** No version of it was stored before. */
  isNew: boolean;
  /** Pack version → the version number it is stored as (a local edit may have taken the number). */
  newVersions: { packVersion: number; storedAs: number }[];
  /** The newest imported version against the newest stored one (or against nothing, when new). */
  changes: TemplateChanges;
  playbook: 'unchanged' | 'added' | 'replaced';
  /** Retired here: the versions it adds stay retired (a pack never changes a template's status). */
  retired: boolean;
}

export interface PackImportPlan {
  templates: PackTemplatePlan[];
  /** The records to add, already numbered; old versions are never touched. */
  additions: Template[];
  /** Playbooks to write (template id → entries), each replacing the template's playbook. */
  playbooks: { templateId: string; entries: PlaybookEntry[] }[];
  /** True when the pack holds nothing the database does not already have (a repeated import). */
  upToDate: boolean;
}

export type PackPlanError = { code: 'built-in-id'; templateId: string; name: string };

export type PackPlanResult = { ok: true; plan: PackImportPlan } | { ok: false; error: PackPlanError };

export interface StoredTemplates {
  /** Every stored version of each template id the pack holds, built-ins included. */
  versions: ReadonlyMap<string, readonly Template[]>;
  /** The stored playbook entries per template id. */
  playbooks: ReadonlyMap<string, readonly PlaybookEntry[]>;
}

/**
 * Identity of a template version's content, regardless of its number, date, where it came from and
 * its status here: a pack version equal to a stored one is the same version (so importing twice
 * adds nothing, retired or not).
 */
function contentKey(template: Template): string {
  return canonicalize({
    ...withStatusOf(template, undefined),
    version: undefined,
    updatedAt: undefined,
    builtIn: undefined,
  });
}

/**
 * Plans the import of a valid pack against what is stored: which versions are new and which
 * number each gets, what changed per template, and which playbooks change. Pure; linear in the
 * size of the pack and of the stored versions of its templates.
 */
export function planPackImport(pack: PackFile, stored: StoredTemplates): PackPlanResult {
  const byId = new Map<string, Template[]>();
  for (const template of pack.content.templates) {
    const list = byId.get(template.id) ?? [];
    list.push(template);
    byId.set(template.id, list);
  }
  const packPlaybooks = new Map(pack.content.playbooks.map((entry) => [entry.templateId, entry.entries]));

  const templates: PackTemplatePlan[] = [];
  const additions: Template[] = [];
  const playbooks: PackImportPlan['playbooks'] = [];
  for (const [templateId, packVersions] of byId) {
    const existing = [...(stored.versions.get(templateId) ?? [])].sort((a, b) => a.version - b.version);
    const builtIn = existing.find((template) => template.builtIn);
    if (builtIn) return { ok: false, error: { code: 'built-in-id', templateId, name: builtIn.name } };
    const known = new Set(existing.map(contentKey));
    const taken = new Set(existing.map((template) => template.version));
    let latest = existing.at(-1)?.version ?? 0;
    const newVersions: PackTemplatePlan['newVersions'] = [];
    let newest: Template | undefined;
    for (const version of [...packVersions].sort((a, b) => a.version - b.version)) {
      const key = contentKey(version);
      if (known.has(key)) continue;
      known.add(key);
      // Keep the team lead's number where it is free, so everyone speaks of the same "version 3".
      const storedAs = version.version > latest && !taken.has(version.version) ? version.version : latest + 1;
      latest = storedAs;
      taken.add(storedAs);
      // The status is this installation's: new templates start active, a retired one stays retired.
      newest = withStatusOf({ ...version, version: storedAs, builtIn: false }, existing.at(-1));
      additions.push(newest);
      newVersions.push({ packVersion: version.version, storedAs });
    }
    const entries = packPlaybooks.get(templateId);
    const had = stored.playbooks.get(templateId) ?? [];
    let playbook: PackTemplatePlan['playbook'] = 'unchanged';
    if (entries !== undefined && canonicalize(entries) !== canonicalize(had)) {
      playbook = had.length === 0 ? 'added' : 'replaced';
      playbooks.push({ templateId, entries });
    }
    const shown = newest ?? [...packVersions].sort((a, b) => a.version - b.version).at(-1);
    templates.push({
      templateId,
      name: shown?.name ?? templateId,
      isNew: existing.length === 0,
      newVersions,
      changes: newest
        ? templateChanges(existing.at(-1), newest)
        : templateChanges(existing.at(-1), existing.at(-1) ?? (shown as Template)),
      playbook,
      retired: existing.length > 0 && templateStatusOf(existing.at(-1)!) === 'retired',
    });
  }
  return {
    ok: true,
    plan: {
      templates,
      additions,
      playbooks,
      upToDate: additions.length === 0 && playbooks.length === 0,
    },
  };
}
