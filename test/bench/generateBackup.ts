import { bytesToHex } from '@noble/hashes/utils.js';
import { BackupWriter, backupHeaderOf, type BackupTableName, type BackupTables } from '../../shared/backup';
import type { Deal, Draft, PublicSigningKey, Round, SlaDocument, Template } from '../../shared/model';
import { buildRound } from '../../shared/rounds/hashRound';
import { roundSignatureMessage, signingKeyIdOf } from '../../shared/rounds/verifyRounds';
import { BUILT_IN_TEMPLATES } from '../../shared/templates/builtInTemplates';

export interface GeneratedBackup {
  chunks: Uint8Array[];
  bytes: number;
  checksum: string;
  deals: number;
  rounds: number;
}

/**
 * A realistic large backup for benchmarks and the large-restore e2e test (issue 9: backups at any
 * size): `deals` deals from the built-in templates, each with its draft and `roundsPerDeal` rounds
 * that alternate sides, change a term each time, are chained, hashed over their metadata (version 2)
 * and signed with an installation key listed in the backup. Written line by line, as the app writes.
 */
export async function generateBackup(deals: number, roundsPerDeal = 10): Promise<GeneratedBackup> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicKey = bytesToHex(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const key: PublicSigningKey = {
    keyId: signingKeyIdOf(publicKey),
    publicKey,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const templates: Template[] = [...BUILT_IN_TEMPLATES];
  const counts = {
    templates: templates.length,
    deals,
    drafts: deals,
    rounds: deals * roundsPerDeal,
    changeReviews: deals,
    settings: 1,
    audit: 0,
    signingKeys: 1,
    playbooks: 0,
    companyProfiles: 0,
    suppliers: 0,
    approvals: 0,
    agreements: 0,
    incidents: 0,
    reviews: 0,
    commentThreads: 0,
    templateWorkingCopies: 0,
  } satisfies Record<BackupTableName, number>;
  const writer = new BackupWriter(
    backupHeaderOf(
      {
        schemaVersion: 5,
        app: { name: 'SLA Workbench', version: 'bench' },
        createdAt: '2026-11-03T12:00:00.000Z',
      },
      counts,
    ),
  );
  const chunks: Uint8Array[] = [writer.header()];
  const put = (table: BackupTableName, record: unknown) => chunks.push(writer.record(table, record));
  for (const template of templates) put('templates', template);

  const dealsOut: Deal[] = [];
  const draftsOut: Draft[] = [];
  const roundsOut: Round[] = [];
  const reviews: BackupTables['changeReviews'] = [];
  for (let index = 0; index < deals; index++) {
    const template = templates[index % templates.length]!;
    const id = `deal-${String(index).padStart(5, '0')}`;
    dealsOut.push({
      id,
      title: `Managed IT ${index}`,
      customer: { name: `Kunde ${index} GmbH`, contacts: [] },
      tier: template.tier,
      language: template.language,
      currency: 'EUR',
      status: 'negotiating',
      template: { id: template.id, version: template.version, name: template.name },
      createdAt: '2026-10-01T08:00:00.000Z',
      updatedAt: '2026-10-02T08:00:00.000Z',
    });
    let previous: Round | null = null;
    let document: SlaDocument = template.document;
    for (let number = 1; number <= roundsPerDeal; number++) {
      document = {
        ...document,
        terms: document.terms.map((term) =>
          term.kind === 'percent' && term.id === 'availability'
            ? { ...term, value: Math.round((99 + (number % 9) / 10) * 100) / 100 }
            : term,
        ),
      };
      const round = buildRound({
        id: `${id}-r${number}`,
        dealId: id,
        number,
        side: number % 2 ? 'us' : 'them',
        document,
        note: `Runde ${number}`,
        author: number % 2 ? 'Jana Berg' : 'Kunde',
        createdAt: new Date(Date.UTC(2026, 9, 3, 8, number)).toISOString(),
        prevHash: previous?.hash ?? null,
      });
      const signature = new Uint8Array(
        await crypto.subtle.sign(
          { name: 'Ed25519' },
          pair.privateKey,
          roundSignatureMessage(round.hash) as Uint8Array<ArrayBuffer>,
        ),
      );
      round.signature = { keyId: key.keyId, value: bytesToHex(signature) };
      roundsOut.push(round);
      previous = round;
    }
    draftsOut.push({ dealId: id, document, revision: roundsPerDeal, updatedAt: '2026-10-05T08:00:00.000Z' });
    reviews.push({
      dealId: id,
      a: `${id}-r${roundsPerDeal - 1}`,
      b: `${id}-r${roundsPerDeal}`,
      changeId: 'term:availability',
      decision: 'accept',
      reviewed: true,
      by: 'Jana Berg',
      at: '2026-10-06T08:00:00.000Z',
    });
  }
  for (const deal of dealsOut) put('deals', deal);
  for (const draft of draftsOut) put('drafts', draft);
  for (const round of roundsOut) put('rounds', round);
  for (const review of reviews) put('changeReviews', review);
  put('settings', { key: 'uiLanguage', value: 'de' });
  put('signingKeys', key);
  const { trailer, checksum, bytes } = writer.finish();
  chunks.push(trailer);
  return { chunks, bytes, checksum, deals, rounds: roundsOut.length };
}
