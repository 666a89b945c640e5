import { IncidentInput, Incident, type IncidentKind } from '../../../shared/monitoring/model';
import Dexie from 'dexie';
import { RepositoryError } from '../RepositoryError';
import { validateOrThrow } from '../ValidationError';
import { appendAudit } from './auditLog';
import { readValid, type RepositoryDeps } from './RepositoryDeps';

export interface IncidentsRepository {
  /** The deal's incidents, oldest start first. */
  list(dealId: string): Promise<Incident[]>;
  /** The incidents of several deals (the dashboard). */
  listForDeals(dealIds: readonly string[]): Promise<Incident[]>;
  add(dealId: string, input: IncidentInput): Promise<Incident>;
  update(id: string, input: IncidentInput): Promise<Incident>;
  /** Returns what was removed, so it can be put back (undo). */
  remove(id: string): Promise<Incident | undefined>;
  /** Puts a removed incident back exactly as it was. */
  restore(incident: Incident): Promise<void>;
  /**
   * Imports the confirmed rows of a CSV file, all or none: every row is validated and checked
   * against the stored incidents first; one problem and nothing is written.
   */
  importMany(
    dealId: string,
    inputs: readonly IncidentInput[],
    fileName: string,
  ): Promise<{ importId: string; count: number }>;
  /** Takes a whole import back (undo of an import). */
  removeImport(importId: string): Promise<number>;
}

function spanKey(kind: IncidentKind, start: string, end: string | null): string {
  const minute = (value: string) => Math.round(Date.parse(value) / 60_000);
  return `${kind}:${minute(start)}:${end === null ? '-' : minute(end)}`;
}

export function createIncidentsRepository(deps: RepositoryDeps): IncidentsRepository {
  const { db } = deps;
  const readIncident = (record: unknown, key: unknown) => readValid(deps, Incident, 'incidents', key, record);
  const list = async (dealId: string) => {
    const records = await db.incidents
      .where('[dealId+start]')
      .between([dealId, Dexie.minKey], [dealId, Dexie.maxKey])
      .toArray();
    return records.flatMap((record) => readIncident(record, record.id) ?? []);
  };
  const requireDeal = async (dealId: string) => {
    if (!(await db.deals.get(dealId)))
      throw new RepositoryError('not-found', `The deal ${dealId} does not exist.`);
  };

  return {
    list,

    async listForDeals(dealIds) {
      const records = await db.incidents
        .where('dealId')
        .anyOf([...dealIds])
        .toArray();
      return records.flatMap((record) => readIncident(record, record.id) ?? []);
    },

    async add(dealId, input) {
      const valid = validateOrThrow(IncidentInput, input, 'incident');
      const now = deps.now();
      const incident = validateOrThrow(
        Incident,
        {
          ...valid,
          id: deps.newId(),
          dealId,
          source: 'manual',
          createdAt: now,
          updatedAt: now,
        } satisfies Incident,
        'incident',
      );
      await db.transaction('rw', [db.deals, db.incidents, db.audit], async () => {
        await requireDeal(dealId);
        await db.incidents.add(incident);
        await appendAudit(deps, 'incident-saved', { dealId, detail: `${incident.kind} ${incident.start}` });
      });
      return incident;
    },

    async update(id, input) {
      const valid = validateOrThrow(IncidentInput, input, 'incident');
      return db.transaction('rw', [db.incidents, db.audit], async () => {
        const current = readIncident(await db.incidents.get(id), id);
        if (!current) throw new RepositoryError('not-found', `The incident ${id} does not exist.`);
        const next = validateOrThrow(Incident, { ...current, ...valid, updatedAt: deps.now() }, 'incident');
        await db.incidents.put(next);
        await appendAudit(deps, 'incident-saved', {
          dealId: next.dealId,
          detail: `${next.kind} ${next.start}`,
        });
        return next;
      });
    },

    async remove(id) {
      return db.transaction('rw', [db.incidents, db.audit], async () => {
        const current = readIncident(await db.incidents.get(id), id);
        if (!current) return undefined;
        await db.incidents.delete(id);
        await appendAudit(deps, 'incident-removed', {
          dealId: current.dealId,
          detail: `${current.kind} ${current.start}`,
        });
        return current;
      });
    },

    async restore(incident) {
      const valid = validateOrThrow(Incident, incident, 'incident');
      await db.transaction('rw', [db.deals, db.incidents, db.audit], async () => {
        await requireDeal(valid.dealId);
        await db.incidents.put(valid);
        await appendAudit(deps, 'incident-saved', {
          dealId: valid.dealId,
          detail: `restored ${valid.kind} ${valid.start}`,
        });
      });
    },

    async importMany(dealId, inputs, fileName) {
      const importId = deps.newId();
      const now = deps.now();
      const incidents = inputs.map((input, index) =>
        validateOrThrow(
          Incident,
          {
            ...validateOrThrow(IncidentInput, input, `incident ${index + 1}`),
            id: deps.newId(),
            dealId,
            source: 'import',
            importId,
            createdAt: now,
            updatedAt: now,
          } satisfies Incident,
          `incident ${index + 1}`,
        ),
      );
      await db.transaction('rw', [db.deals, db.incidents, db.audit], async () => {
        await requireDeal(dealId);
        // Checked again inside the transaction: another window may have imported the file meanwhile.
        const stored = await list(dealId);
        const references = new Set(stored.map((i) => i.reference).filter(Boolean));
        const spans = new Set(stored.map((i) => spanKey(i.kind, i.start, i.end)));
        for (const incident of incidents)
          if (
            incident.reference
              ? references.has(incident.reference)
              : spans.has(spanKey(incident.kind, incident.start, incident.end))
          )
            throw new RepositoryError(
              'conflict',
              `The incident ${incident.reference || incident.start} is already recorded. Nothing was imported.`,
              'incidentRecorded',
            );
        await db.incidents.bulkAdd(incidents);
        await appendAudit(deps, 'incidents-imported', {
          dealId,
          detail: `${incidents.length} from ${fileName.slice(0, 200)}`,
        });
      });
      return { importId, count: incidents.length };
    },

    async removeImport(importId) {
      return db.transaction('rw', [db.incidents, db.audit], async () => {
        const records = await db.incidents.where('importId').equals(importId).toArray();
        if (records.length === 0) return 0;
        await db.incidents.bulkDelete(records.map((record) => record.id));
        await appendAudit(deps, 'incident-removed', {
          dealId: records[0]!.dealId,
          detail: `import of ${records.length} taken back`,
        });
        return records.length;
      });
    },
  };
}
