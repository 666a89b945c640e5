import type { Template } from '../../../shared/model';
import { playbookRecordId, PlaybookRecord, type PlaybookEntry } from '../../../shared/playbook';
import type {
  PackSigner,
  PackFile,
  PackImportPlan,
  PackPlanError,
  PackPlaybook,
} from '../../../shared/templates/pack';
import type * as PackCode from '../../../shared/templates/pack';
import { withStatusOf } from '../../../shared/templates/templateLifecycle';
import { RepositoryError } from '../RepositoryError';
import { webCryptoVerify } from '../signing/ed25519';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { readValid, type RepositoryDeps } from './RepositoryDeps';
import type { SigningKeysRepository } from './signingKeysRepository';
import type { TemplatesRepository } from './templatesRepository';

/**
 * A pack that is refused: its signature does not verify, or the database refuses it (it would add
 * versions to a built-in template). Nothing written.
 */
export class PackImportError extends Error {
  override name = 'PackImportError';
  constructor(readonly error: PackPlanError | { code: 'bad-signature' }) {
    super(
      `The pack cannot be imported: ${error.code}${'templateId' in error ? ` (${error.templateId})` : ''}.`,
    );
  }
}

/** Who signed a pack, and whether this installation has met that key before. */
export interface PackSignerStatus extends PackSigner {
  /** `own`: signed here; `known`: a key a backup or an earlier pack brought; `new`: never seen here. */
  seen: 'own' | 'known' | 'new';
}

/** The import plan, with the pack's signer (null for a pack made before packs were signed). */
export type PackImportPreview = PackImportPlan & { signer: PackSignerStatus | null };

export interface TemplatePacksRepository {
  /**
   * A pack of the given own templates (every stored version, or the latest only) with their
   * clause libraries and playbooks, without their status here (a retired one is packed as content
   * only). Built-in templates are refused: they come with the app.
   */
  exportPack(input: {
    templateIds: readonly string[];
    allVersions: boolean;
    author: string;
  }): Promise<PackFile>;
  /**
   * What importing the (already read, hash-checked) pack would do, and who signed it; writes
   * nothing. A signature that does not verify is refused (PackImportError `bad-signature`).
   */
  previewImport(pack: PackFile): Promise<PackImportPreview>;
  /**
   * Checks the signature again, then imports the pack in one transaction, planned again inside it
   * so a change made since the preview is respected: new versions are added (old ones kept),
   * playbooks replaced, and the signer's public key is remembered (so later packs and rounds of that
   * installation are known). Importing the same pack again changes nothing.
   */
  importPack(pack: PackFile): Promise<PackImportPreview>;
}

/**
 * The pack format, planning and signature code, loaded on the first export or import: it is not
 * part of the start-up code (issue 12 §4). Loaded before any transaction, which awaiting a chunk
 * load inside would end.
 */
const loadPackCode = (): Promise<typeof PackCode> => import('../../../shared/templates/pack');

export function createTemplatePacksRepository(
  deps: RepositoryDeps,
  templates: TemplatesRepository,
  signingKeys: SigningKeysRepository,
): TemplatePacksRepository {
  const { db } = deps;

  /** Verified before any transaction: WebCrypto is not IndexedDB, awaiting it would end one. */
  async function signerOf(pack: PackFile, code: typeof PackCode): Promise<PackSigner | null> {
    const checked = await code.verifyPackSignature(pack, webCryptoVerify);
    if (checked.status === 'bad-signature') throw new PackImportError({ code: 'bad-signature' });
    return checked.status === 'signed' ? checked.signer : null;
  }

  async function statusOf(signer: PackSigner | null): Promise<PackSignerStatus | null> {
    if (!signer) return null;
    const origin = await signingKeys.originOf(signer.keyId);
    return {
      ...signer,
      seen: origin === undefined ? 'new' : origin === 'this-installation' ? 'own' : 'known',
    };
  }

  async function playbookEntries(templateId: string): Promise<PlaybookEntry[]> {
    const id = playbookRecordId('template', templateId);
    return readValid(deps, PlaybookRecord, 'playbooks', id, await db.playbooks.get(id))?.entries ?? [];
  }

  async function plan(pack: PackFile, code: typeof PackCode): Promise<PackImportPlan> {
    const ids = [...new Set(pack.content.templates.map((template) => template.id))];
    const versions = new Map<string, Template[]>();
    const playbooks = new Map<string, PlaybookEntry[]>();
    for (const id of ids) {
      versions.set(id, await templates.versions(id));
      playbooks.set(id, await playbookEntries(id));
    }
    const result = code.planPackImport(pack, { versions, playbooks });
    if (!result.ok) throw new PackImportError(result.error);
    return result.plan;
  }

  return {
    async exportPack({ templateIds, allVersions, author }) {
      const code = await loadPackCode();
      const pack = await db.transaction('r', [db.templates, db.settings, db.playbooks], async () => {
        const packed: Template[] = [];
        const playbooks: PackPlaybook[] = [];
        for (const id of templateIds) {
          const versions = await templates.versions(id);
          const latest = versions.at(-1);
          if (!latest) throw new RepositoryError('not-found', `The template ${id} does not exist.`);
          if (latest.builtIn)
            throw new RepositoryError('refused', 'Built-in templates come with the app and are not packed.');
          // Retired is this installation's decision about its templates, not part of what is shared.
          packed.push(
            ...(allVersions ? versions : [latest]).map((version) => withStatusOf(version, undefined)),
          );
          const entries = await playbookEntries(id);
          if (entries.length > 0) playbooks.push({ templateId: id, entries });
        }
        return code.buildPack({ author, createdAt: deps.now(), content: { templates: packed, playbooks } });
      });
      // Signed after the read: signing is WebCrypto, which would end the transaction.
      return code.withPackSignature(pack, await signingKeys.signPackHash(pack.contentHash));
    },

    // Reads only, and importPack plans again inside its own transaction, so no transaction here.
    async previewImport(pack) {
      const code = await loadPackCode();
      const signer = await signerOf(pack, code);
      return { ...(await plan(pack, code)), signer: await statusOf(signer) };
    },

    async importPack(pack) {
      const code = await loadPackCode();
      const signer = await signerOf(pack, code);
      const tables = [db.templates, db.settings, db.playbooks, db.signingKeys, db.audit];
      return db.transaction('rw', tables, async () => {
        const planned = { ...(await plan(pack, code)), signer: await statusOf(signer) };
        if (planned.upToDate) return planned;
        if (signer && planned.signer?.seen === 'new')
          await db.signingKeys.add({ ...signer, createdAt: deps.now(), origin: 'pack' });
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
