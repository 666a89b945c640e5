import type { Template } from '../../../shared/model';
import { playbookRecordId, PlaybookRecord, type PlaybookEntry } from '../../../shared/playbook';
import {
  buildPack,
  planPackImport,
  type PackFile,
  type PackImportPlan,
  type PackPlanError,
  type PackPlaybook,
} from '../../../shared/templates/pack';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { TemplatesRepository } from './templatesRepository';

/** A pack the database refuses (e.g. it would add versions to a built-in template); nothing written. */
export class PackImportError extends Error {
  override name = 'PackImportError';
  constructor(readonly error: PackPlanError) {
    super(`The pack cannot be imported: ${error.code} (${error.templateId}).`);
  }
}

export interface TemplatePacksRepository {
  /**
   * A pack of the given own templates (every stored version, or the latest only) with their
   * clause libraries and playbooks. Built-in templates are refused: they come with the app.
   */
  exportPack(input: {
    templateIds: readonly string[];
    allVersions: boolean;
    author: string;
  }): Promise<PackFile>;
  /** What importing the (already read and checked) pack would do; writes nothing. */
  previewImport(pack: PackFile): Promise<PackImportPlan>;
  /**
   * Imports the pack in one transaction, planned again inside it so a change made since the
   * preview is respected: new versions are added (old ones kept), playbooks replaced. Importing the
   * same pack again changes nothing.
   */
  importPack(pack: PackFile): Promise<PackImportPlan>;
}

export function createTemplatePacksRepository(
  deps: RepositoryDeps,
  templates: TemplatesRepository,
): TemplatePacksRepository {
  const { db } = deps;

  async function playbookEntries(templateId: string): Promise<PlaybookEntry[]> {
    const id = playbookRecordId('template', templateId);
    return readValid(deps, PlaybookRecord, 'playbooks', id, await db.playbooks.get(id))?.entries ?? [];
  }

  async function plan(pack: PackFile): Promise<PackImportPlan> {
    const ids = [...new Set(pack.content.templates.map((template) => template.id))];
    const versions = new Map<string, Template[]>();
    const playbooks = new Map<string, PlaybookEntry[]>();
    for (const id of ids) {
      versions.set(id, await templates.versions(id));
      playbooks.set(id, await playbookEntries(id));
    }
    const result = planPackImport(pack, { versions, playbooks });
    if (!result.ok) throw new PackImportError(result.error);
    return result.plan;
  }

  return {
    async exportPack({ templateIds, allVersions, author }) {
      return db.transaction('r', [db.templates, db.settings, db.playbooks], async () => {
        const packed: Template[] = [];
        const playbooks: PackPlaybook[] = [];
        for (const id of templateIds) {
          const versions = await templates.versions(id);
          const latest = versions.at(-1);
          if (!latest) throw new RepositoryError('not-found', `The template ${id} does not exist.`);
          if (latest.builtIn)
            throw new RepositoryError('refused', 'Built-in templates come with the app and are not packed.');
          packed.push(...(allVersions ? versions : [latest]));
          const entries = await playbookEntries(id);
          if (entries.length > 0) playbooks.push({ templateId: id, entries });
        }
        return buildPack({ author, createdAt: deps.now(), content: { templates: packed, playbooks } });
      });
    },

    // Reads only, and importPack plans again inside its own transaction, so no transaction here.
    previewImport: (pack) => plan(pack),

    async importPack(pack) {
      return db.transaction('rw', [db.templates, db.settings, db.playbooks, db.audit], async () => {
        const planned = await plan(pack);
        if (planned.upToDate) return planned;
        if (planned.additions.length > 0) await db.templates.bulkAdd(planned.additions);
        for (const { templateId, entries } of planned.playbooks) {
          const record = validateOrThrow(
            PlaybookRecord,
            {
              id: playbookRecordId('template', templateId),
              scope: 'template',
              ownerId: templateId,
              entries,
              updatedAt: deps.now(),
            },
            'playbook',
          );
          await db.playbooks.put(record);
        }
        await appendAudit(deps, 'template-pack-imported', {
          detail: `${pack.author || '–'} ${pack.createdAt} ${pack.contentHash.slice(0, 12)}: ${planned.templates
            .map((t) => `${t.templateId} ${t.newVersions.map((v) => `v${v.storedAs}`).join(',')}`)
            .join('; ')}`,
        });
        return planned;
      });
    },
  };
}
