import type { Deal, Draft, Round, SlaDocument, Template } from '../../model';
import { buildRound } from '../../rounds/hashRound';
import { signWithTestKey, TEST_SIGNING_KEY } from '../../rounds/testing/testSigning';
import { BUILT_IN_TEMPLATES } from '../../templates/builtInTemplates';
import { createBackup, type BackupData, type BackupTables } from '../backupFormat';

/**
 * A small but complete database for backup tests: two deals, a two-round chain signed by the test
 * installation key, a review decision, settings, audit and the signing key.
 */
export function sampleBackupTables(): BackupTables {
  const builtIn = BUILT_IN_TEMPLATES[0];
  if (!builtIn) throw new Error('no built-in template');
  const template = JSON.parse(JSON.stringify(builtIn)) as Template;
  const document = (): SlaDocument => JSON.parse(JSON.stringify(template.document)) as SlaDocument;

  const deal = (id: string, title: string, status: Deal['status']): Deal => ({
    id,
    title,
    customer: { name: 'Muster Logistik GmbH', contacts: [{ name: 'Eva Roth', email: 'eva@example.com' }] },
    tier: template.tier,
    language: template.language,
    currency: 'EUR',
    status,
    template: { id: template.id, version: template.version, name: template.name },
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-02T09:30:00.000Z',
  });
  const deals = [
    deal('deal-a', 'Hosting for Muster', 'negotiating'),
    deal('deal-b', 'Help desk', 'drafting'),
  ];

  const firstRound = signWithTestKey(
    buildRound({
      id: 'round-a1',
      dealId: 'deal-a',
      number: 1,
      side: 'us',
      document: document(),
      note: 'First offer',
      author: 'Jana Berg',
      createdAt: '2026-10-03T10:00:00.000Z',
      prevHash: null,
    }),
  );
  const answer = document();
  answer.title = `${answer.title} (revised)`;
  const secondRound = signWithTestKey(
    buildRound({
      id: 'round-a2',
      dealId: 'deal-a',
      number: 2,
      side: 'them',
      document: answer,
      note: 'Their answer',
      author: 'Eva Roth',
      createdAt: '2026-10-05T14:00:00.000Z',
      prevHash: firstRound.hash,
      sourceFile: 'answer.docx',
    }),
  );
  const rounds: Round[] = [firstRound, secondRound];
  const drafts: Draft[] = deals.map((d, index) => ({
    dealId: d.id,
    document: document(),
    revision: index + 3,
    updatedAt: '2026-10-06T07:00:00.000Z',
  }));

  return {
    templates: [template],
    deals,
    drafts,
    rounds,
    changeReviews: [
      {
        dealId: 'deal-a',
        a: 'round-a1',
        b: 'round-a2',
        changeId: 'c1',
        decision: 'reject',
        reviewed: true,
        note: 'Title stays as it was.',
        by: 'Jana Berg',
        at: '2026-10-06T08:00:00.000Z',
      },
    ],
    settings: [
      { key: 'uiLanguage', value: 'de' },
      { key: 'authorName', value: 'Jana Berg' },
    ],
    audit: [
      { seq: 1, at: '2026-10-01T08:00:00.000Z', action: 'deal-created', dealId: 'deal-a' },
      {
        seq: 2,
        at: '2026-10-03T10:00:00.000Z',
        action: 'round-added',
        dealId: 'deal-a',
        detail: 'round 1 (us)',
      },
      { seq: 5, at: '2026-10-04T11:00:00.000Z', action: 'deal-created', dealId: 'deal-b' },
    ],
    signingKeys: [TEST_SIGNING_KEY],
    playbooks: [],
    companyProfiles: [],
    suppliers: [],
    approvals: [],
    agreements: [
      {
        id: 'agreement-a',
        dealId: 'deal-a',
        roundId: firstRound.id,
        roundNumber: firstRound.number,
        signedOn: '2026-10-06',
        signatories: [{ name: 'Eva Roth', role: 'Geschäftsführerin', side: 'them' }],
        termStart: '2026-10-01',
        termEnd: null,
        reviewIntervalMonths: 12,
        nextReviewOn: '2027-10-01',
        timeZone: 'Europe/Berlin',
        warningThresholds: [50, 80, 100],
        notified: [],
        createdAt: '2026-10-06T09:00:00.000Z',
        updatedAt: '2026-10-06T09:00:00.000Z',
      },
    ],
    incidents: [
      {
        id: 'incident-a1',
        dealId: 'deal-a',
        kind: 'outage',
        start: '2026-10-06T07:14:00.000Z',
        end: '2026-10-06T08:02:00.000Z',
        priority: 1,
        priorityLabel: 'P1',
        respondedAt: '2026-10-06T07:20:00.000Z',
        resolvedAt: null,
        title: 'Citrix-Anmeldung schlägt fehl',
        note: '',
        reference: 'INC0010231',
        source: 'manual',
        createdAt: '2026-10-06T09:00:00.000Z',
        updatedAt: '2026-10-06T09:00:00.000Z',
      },
    ],
    reviews: [
      {
        id: 'review-1',
        subject: { kind: 'template', templateId: template.id },
        completedOn: '2026-10-02',
        completedBy: 'Jana Berg',
        note: 'Preise geprüft',
        nextReviewOn: '2027-10-02',
        createdAt: '2026-10-02T10:00:00.000Z',
      },
    ],
    commentThreads: [
      {
        id: 'o:thread-a1',
        dealId: 'deal-a',
        source: {
          kind: 'ours',
          clauseId: 'availability',
          anchorText: '',
          author: 'Jana Berg',
          createdAt: '2026-10-06T10:00:00.000Z',
          text: 'Messpunkt bitte bestätigen.',
        },
        replies: [
          { id: 'reply-a1', author: 'Jana Berg', createdAt: '2026-10-06T11:00:00.000Z', text: 'Erledigt.' },
        ],
        states: [{ resolved: true, by: 'Jana Berg', at: '2026-10-06T11:05:00.000Z' }],
        updatedAt: '2026-10-06T11:05:00.000Z',
      },
    ],
    templateWorkingCopies: [],
  };
}

export function sampleBackup(tables: BackupTables = sampleBackupTables()): BackupData {
  return createBackup({
    schemaVersion: 6,
    app: { name: 'SLA Workbench', version: '0.1.0' },
    createdAt: '2026-10-07T12:00:00.000Z',
    tables,
  });
}
