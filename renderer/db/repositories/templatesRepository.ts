import { IsoDate, Template } from '../../../shared/model';
import { playbookRecordId } from '../../../shared/playbook/playbook';
import { canonicalize } from '../../../shared/rounds/hashRound';
import type { TemplateKey } from '../../../shared/templates/builtInManifest';
import {
  templateLifecycle,
  withStatusOf,
  type TemplateLifecycle,
  type TemplateVerdict,
} from '../../../shared/templates/templateLifecycle';
import { TemplateWorkingCopyRecord } from '../../../shared/templates/templateWorkingCopy';
import { RepositoryError } from '../RepositoryError';
import { BUILT_IN_REVIEW_DATES_KEY, BuiltInReviewDates } from '../Settings';
import { validateOrThrow } from '../ValidationError';
import { watchChanges } from '../changes/watchChanges';
import { appendAudit } from './auditLog';
import { readValid, type RepositoryDeps } from './RepositoryDeps';

/** What a template is used by, and what deleting it would remove. */
export interface TemplateUsage {
  /** May it be retired, reactivated, deleted, and why not (`templateLifecycle`). */
  lifecycle: TemplateLifecycle;
  /** The stored version numbers, oldest first: all go with a delete. */
  versions: number[];
  /** An unsaved edit is kept for the editor. */
  workingCopy: boolean;
  /** The team lead's playbook has entries. */
  playbook: boolean;
  /** Completed reviews recorded for the template. */
  reviews: number;
}

export interface TemplatesRepository {
  /** Inserts every built-in template version that is not stored yet; never overwrites one. */
  ensureBuiltIns(): Promise<void>;
  /**
   * The latest version of each template, built-ins first, then by name; retired ones included
   * (`templateStatusOf`), so each screen decides: the new-deal picker leaves them out.
   */
  list(): Promise<Template[]>;
  /** The given version, or the latest when no version is given. */
  get(id: string, version?: number): Promise<Template | undefined>;
  /** Every stored version of a template, oldest first. */
  versions(id: string): Promise<Template[]>;
  /** A new own template (version 1) copied from the given version. */
  duplicate(id: string, version: number, name: string): Promise<Template>;
  /**
   * Own templates only: stores the content as version n+1 and keeps version n. With `baseVersion`
   * (the version an editor started from), a newer version saved meanwhile (another window) is a
   * conflict: nothing is written and the caller shows it.
   */
  saveVersion(template: Template, options?: { baseVersion?: number }): Promise<Template>;
  /**
   * Own templates: writes a new version with the date. Built-in templates are read-only (they come
   * with the app), so their review date is kept as an override in the settings table and applied
   * whenever they are read.
   */
  setReviewDate(id: string, reviewDate: string): Promise<Template>;
  /** The unsaved edit of an own template the editor keeps (schema version 7), if there is one. */
  workingCopy(id: string): Promise<TemplateWorkingCopyRecord | undefined>;
  /**
   * Keeps the editor's unsaved edit of an own template, started from `baseVersion`, replacing the
   * one kept before; written while the user types. `saveVersion` and `discardWorkingCopy` remove it.
   */
  saveWorkingCopy(template: Template, baseVersion: number): Promise<void>;
  /** Drops the unsaved edit (the user discarded it). */
  discardWorkingCopy(id: string): Promise<void>;
  /** How many deals use the template and what a delete would remove; undefined for an unknown one. */
  usage(id: string): Promise<TemplateUsage | undefined>;
  /**
   * Own templates: no longer offered for new deals. Every version stays (deals keep theirs) and is
   * marked retired in one transaction; the working copy and playbook stay for a reactivation.
   */
  retire(id: string): Promise<Template>;
  /** Offers a retired template for new deals again. */
  reactivate(id: string): Promise<Template>;
  /**
   * Deletes an own template for good, in one transaction: every version, its working copy, its
   * playbook and its reviews. Refused (`templateInUse`, nothing written) while any deal of any
   * status started from one of its versions: such a template can only be retired.
   */
  remove(id: string): Promise<TemplateUsage>;
}

/** Throws the refusal of a lifecycle verdict; nothing has been written when it does. */
function enforce(verdict: TemplateVerdict, lifecycle: TemplateLifecycle): void {
  if (verdict.allowed) return;
  const messages: Record<typeof verdict.reason, string> = {
    builtInTemplateLifecycle:
      'Built-in templates come with the app: they can be neither retired nor deleted.',
    templateInUse: `${lifecycle.dealsUsing} deal(s) use this template; it can only be retired.`,
    templateRetiredAlready: 'The template is retired already.',
    templateNotRetired: 'The template is not retired.',
  };
  throw new RepositoryError('refused', messages[verdict.reason], verdict.reason, {
    count: lifecycle.dealsUsing,
  });
}

/**
 * The built-in templates a build ships: their ids and versions up front, their content on demand.
 * The content is a chunk of its own (issue 12 §4): a start that finds every key stored never loads it.
 */
export interface BuiltInTemplateSource {
  keys: readonly TemplateKey[];
  load(): Promise<readonly Template[]>;
}

/** Tests pass the templates themselves. */
function builtInSourceOf(builtIns: readonly Template[] | BuiltInTemplateSource): BuiltInTemplateSource {
  if (!Array.isArray(builtIns)) return builtIns as BuiltInTemplateSource;
  const list = builtIns as readonly Template[];
  return { keys: list.map(({ id, version }) => ({ id, version })), load: () => Promise.resolve(list) };
}

export function createTemplatesRepository(
  deps: RepositoryDeps,
  builtIns: readonly Template[] | BuiltInTemplateSource,
): TemplatesRepository {
  const { db } = deps;
  const source = builtInSourceOf(builtIns);

  async function reviewOverrides(): Promise<Record<string, string>> {
    const record = await db.settings.get(BUILT_IN_REVIEW_DATES_KEY);
    return readValid(deps, BuiltInReviewDates, 'settings', BUILT_IN_REVIEW_DATES_KEY, record?.value) ?? {};
  }

  /**
   * Template versions are never changed once written (a change is a new version), so each is
   * validated once per app run; a write to one from anywhere (a restore) drops it from here. Only
   * the status changes in place (retire, reactivate), so a cached version is also checked for it:
   * a read right after a retire never sees the version as it was before, whenever the notice comes.
   */
  const validated = new Map<string, Template>();
  watchChanges(db.name, ['templates'], (changes) => {
    for (const change of changes)
      if (change.keys === 'all') validated.clear();
      else for (const key of change.keys) validated.delete(JSON.stringify(key));
  });
  const validate = (record: Template): Template | undefined => {
    const key = JSON.stringify([record.id, record.version]);
    const known = validated.get(key);
    if (known && known.status === record.status && known.retiredAt === record.retiredAt) return known;
    const template = readValid(deps, Template, 'templates', [record.id, record.version], record);
    if (template) validated.set(key, template);
    return template;
  };

  async function readAll(records: Template[]): Promise<Template[]> {
    const overrides = await reviewOverrides();
    return records.flatMap((record) => {
      const template = validate(record);
      if (!template) return [];
      const override = template.builtIn ? overrides[template.id] : undefined;
      return [override ? { ...template, reviewDate: override } : template];
    });
  }

  async function versions(id: string): Promise<Template[]> {
    const records = await db.templates.where('id').equals(id).toArray();
    return (await readAll(records)).sort((a, b) => a.version - b.version);
  }

  async function get(id: string, version?: number): Promise<Template | undefined> {
    if (version === undefined) return (await versions(id)).at(-1);
    const record = await db.templates.get([id, version]);
    return record ? (await readAll([record]))[0] : undefined;
  }

  async function saveVersion(template: Template, options: { baseVersion?: number } = {}): Promise<Template> {
    return db.transaction('rw', [db.templates, db.settings, db.templateWorkingCopies, db.audit], async () => {
      const latest = await get(template.id);
      if (!latest) throw new RepositoryError('not-found', `The template ${template.id} does not exist.`);
      if (latest.builtIn || template.builtIn)
        throw new RepositoryError(
          'refused',
          'Built-in templates cannot be changed. Duplicate the template and edit the copy.',
          'builtInTemplate',
        );
      if (options.baseVersion !== undefined && latest.version !== options.baseVersion)
        throw new RepositoryError(
          'conflict',
          `The template ${template.id} has version ${latest.version} now; this edit started from ${options.baseVersion}.`,
        );
      // The status is the stored one: an edit started before a retire does not bring the template back.
      const next = validateOrThrow(
        Template,
        withStatusOf(
          { ...template, version: latest.version + 1, builtIn: false, updatedAt: deps.now() },
          latest,
        ),
        'template',
      );
      await db.templates.add(next);
      // The edit is stored as a version now: its kept copy goes in the same transaction. A kept
      // copy that holds other content (another window's edit) stays, and shows as a conflict there.
      const kept = await db.templateWorkingCopies.get(next.id);
      if (kept && canonicalize(kept.template) === canonicalize(template))
        await db.templateWorkingCopies.delete(next.id);
      await appendAudit(deps, 'template-version-saved', { detail: `${next.id} v${next.version}` });
      return next;
    });
  }

  /** Deals of any status whose template is `id`, damaged records included (they still point to it). */
  const dealsUsing = (id: string) =>
    db.deals.filter((deal) => (deal as { template?: { id?: unknown } }).template?.id === id).count();

  /** In remove(), inside its transaction over templates, settings, deals, working copies, playbooks, reviews. */
  async function usageOf(id: string): Promise<TemplateUsage | undefined> {
    const latest = await get(id);
    if (!latest) return undefined;
    // One after the other: IndexedDB requests in a transaction, no other promise in between.
    const keys = await db.templates.where('id').equals(id).primaryKeys();
    const deals = await dealsUsing(id);
    const workingCopy = await db.templateWorkingCopies.get(id);
    const playbook = await db.playbooks.get(playbookRecordId('template', id));
    const reviews = await db.reviews.where('subject.templateId').equals(id).count();
    return {
      lifecycle: templateLifecycle(latest, deals),
      versions: keys.map(([, version]) => version).sort((a, b) => a - b),
      workingCopy: workingCopy !== undefined,
      playbook: (playbook?.entries.length ?? 0) > 0,
      reviews,
    };
  }

  /** Retire or reactivate: every readable version gets the new status, in one transaction. */
  async function setStatus(id: string, retire: boolean): Promise<Template> {
    return db.transaction('rw', [db.templates, db.settings, db.deals, db.audit], async () => {
      const all = await versions(id);
      const latest = all.at(-1);
      if (!latest) throw new RepositoryError('not-found', `The template ${id} does not exist.`);
      const lifecycle = templateLifecycle(latest, await dealsUsing(id));
      enforce(retire ? lifecycle.retire : lifecycle.reactivate, lifecycle);
      const status = retire
        ? ({ status: 'retired', retiredAt: deps.now() } as const)
        : ({ status: 'active' } as const);
      const written = all.map((version) =>
        validateOrThrow(Template, withStatusOf(version, status), 'template'),
      );
      await db.templates.bulkPut(written);
      await appendAudit(deps, retire ? 'template-retired' : 'template-reactivated', {
        detail: `${id} (${lifecycle.dealsUsing} deals use it)`,
      });
      return written.at(-1)!;
    });
  }

  return {
    async ensureBuiltIns() {
      // Runs at every start: look up which versions are stored first, load the content only when
      // one is missing (first start, or a build with a new family version) and validate only the
      // ones to insert (validating every built-in on every start cost ~20 ms before the first screen).
      const known = await db.templates.bulkGet(source.keys.map(({ id, version }) => [id, version]));
      if (known.every((record) => record !== undefined)) return;
      // Loaded before the transaction: a transaction that awaits a chunk load would commit early.
      const builtInTemplates = await source.load();
      await db.transaction('rw', db.templates, async () => {
        const keys = builtInTemplates.map((t): [string, number] => [t.id, t.version]);
        const stored = await db.templates.bulkGet(keys);
        const missing = builtInTemplates.filter((_, i) => stored[i] === undefined);
        const valid = missing.flatMap((template) => {
          const result = Template.safeParse(template);
          if (result.success && result.data.builtIn) return [result.data];
          deps.reportInvalid({
            table: 'templates',
            key: [template.id, template.version],
            message: result.success
              ? 'a built-in template must be marked builtIn'
              : (result.error.issues[0]?.message ?? 'invalid template'),
          });
          return [];
        });
        if (valid.length > 0) await db.templates.bulkAdd(valid);
      });
    },

    async list() {
      const latest = new Map<string, Template>();
      for (const template of await readAll(await db.templates.toArray())) {
        const seen = latest.get(template.id);
        if (!seen || seen.version < template.version) latest.set(template.id, template);
      }
      return [...latest.values()].sort(
        (a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name),
      );
    },

    get,
    versions,

    async duplicate(id, version, name) {
      const source = await get(id, version);
      if (!source) throw new RepositoryError('not-found', `The template ${id} v${version} does not exist.`);
      // A copy of a retired template is a new template: it starts active.
      const copy = validateOrThrow(
        Template,
        {
          ...withStatusOf(source, undefined),
          id: deps.newId(),
          version: 1,
          name,
          builtIn: false,
          basedOn: { id: source.id, version: source.version },
          updatedAt: deps.now(),
        },
        'template',
      );
      await db.transaction('rw', [db.templates, db.audit], async () => {
        await db.templates.add(copy);
        await appendAudit(deps, 'template-duplicated', { detail: `${id} v${version} → ${copy.id}` });
      });
      return copy;
    },

    saveVersion,

    async setReviewDate(id, reviewDate) {
      const date = validateOrThrow(IsoDate, reviewDate, 'review date');
      const latest = await get(id);
      if (!latest) throw new RepositoryError('not-found', `The template ${id} does not exist.`);
      if (!latest.builtIn) return saveVersion({ ...latest, reviewDate: date });
      await db.transaction('rw', db.settings, async () => {
        const overrides = await reviewOverrides();
        await db.settings.put({ key: BUILT_IN_REVIEW_DATES_KEY, value: { ...overrides, [id]: date } });
      });
      return { ...latest, reviewDate: date };
    },

    async workingCopy(id) {
      const record = await db.templateWorkingCopies.get(id);
      return readValid(deps, TemplateWorkingCopyRecord, 'templateWorkingCopies', id, record);
    },

    async saveWorkingCopy(template, baseVersion) {
      const record = validateOrThrow(
        TemplateWorkingCopyRecord,
        { templateId: template.id, baseVersion, template, updatedAt: deps.now() },
        'template working copy',
      );
      await db.transaction('rw', [db.templates, db.templateWorkingCopies], async () => {
        if (!(await db.templates.get([template.id, baseVersion])))
          throw new RepositoryError(
            'not-found',
            `The template ${template.id} v${baseVersion} does not exist.`,
          );
        await db.templateWorkingCopies.put(record);
      });
    },

    async discardWorkingCopy(id) {
      await db.transaction('rw', db.templateWorkingCopies, () => db.templateWorkingCopies.delete(id));
    },

    // No transaction of its own: screens read it in a live query, which observes each read (and a
    // read-only transaction opened inside one committed early in Chromium). remove() reads it again
    // inside its own transaction before deciding.
    usage: (id) => usageOf(id),

    retire: (id) => setStatus(id, true),
    reactivate: (id) => setStatus(id, false),

    async remove(id) {
      const tables = [
        db.templates,
        db.settings,
        db.deals,
        db.templateWorkingCopies,
        db.playbooks,
        db.reviews,
        db.audit,
      ];
      return db.transaction('rw', tables, async () => {
        // Decided inside the transaction: a deal created meanwhile (another window) is counted.
        const usage = await usageOf(id);
        if (!usage) throw new RepositoryError('not-found', `The template ${id} does not exist.`);
        enforce(usage.lifecycle.delete, usage.lifecycle);
        const name = (await get(id))?.name ?? id;
        // By key, not by range: watchers (the search index) then hear which template went.
        await db.templates.bulkDelete(usage.versions.map((version): [string, number] => [id, version]));
        await db.templateWorkingCopies.delete(id);
        await db.playbooks.delete(playbookRecordId('template', id));
        await db.reviews.where('subject.templateId').equals(id).delete();
        await appendAudit(deps, 'template-deleted', {
          detail: `${id} “${name}”, versions ${usage.versions.join(', ')}`,
        });
        return usage;
      });
    },
  };
}
