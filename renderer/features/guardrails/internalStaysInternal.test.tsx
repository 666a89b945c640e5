// @vitest-environment jsdom
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { commands } from '../../../electron/cli/commands';
import { setTermValue } from '../../../shared/model/operations';
import type { Round, SlaDocument } from '../../../shared/model';
import { buildChangeTree } from '../../../shared/redline';
import { createRepositories, openSlaDatabase, type Repositories, type SlaDatabase } from '../../db';
import { i18n } from '../../i18n/i18n';
import { newRoundId, sendRound } from '../rounds/roundActions';
import type { ExportSource } from '../word/exportNames';
import { CleanPrint, RedlinePrint } from '../word/ExportDialog';
import { cleanDocxFile, redlineDocxFile, type ExportContext } from '../word/wordExports';
import { gateOf, loadGuardrailData } from './loadGuardrails';

/**
 * Issue 10 §10, internal stays internal: a deal with playbook limits and notes, supplier names,
 * costs and a margin, approvals with names and comments and a round sent with an override reason is
 * exported through the real export functions — clean and redline Word, both PDFs (their printed
 * markup), the CLI redline and its JSON — and every byte (every XML part of each Word file) is
 * searched for each internal value, in both languages' number formats.
 */

const INTERNAL = {
  'playbook note': ['Q7731-intern', 'Q4412-intern'],
  'walk-away limit': ['99,993', '99.993', '37,5', '37.5'],
  'fallback limit': ['99,97', '99.97'],
  'supplier name': ['Rechenzentrum Nord', 'Carrier Blau'],
  'supplier cost': ['1.234,56', '1234,56', '1234.56', '1,234.56', '987,65', '987.65'],
  'supplier total and margin': ['2.222,21', '2222.21', '2,222.21', '47,09', '47.09'],
  'approver and comment': ['Tom Technik', 'Fiona Finanz', 'Q5521-intern', 'Q6633-intern'],
  'override reason': ['Q9090-intern'],
};

let db: SlaDatabase;
let repos: Repositories;
let dealId: string;
let rounds: Round[];
let draft: SlaDocument;
let dir: string;

function set(doc: SlaDocument, id: string, value: unknown): SlaDocument {
  const next = setTermValue(doc, id, value);
  if (!next.ok) throw new Error(next.message);
  return next.document;
}

beforeAll(async () => {
  await i18n.changeLanguage('de');
  db = await openSlaDatabase(`internal-${crypto.randomUUID()}`);
  repos = createRepositories(db);
  await repos.templates.ensureBuiltIns();
  await repos.companyProfiles.saveSettings({
    name: 'Nordlicht IT GmbH',
    address: 'Hafenstraße 1, 20457 Hamburg',
    signatory: 'Dr. Petra Vogt',
  });
  await repos.settings.set('authorName', 'Anna Berger');
  const deal = await repos.deals.createFromTemplate({
    title: 'Hosting Kessler',
    customerName: 'Kessler Logistik GmbH',
    templateId: 'managed-it-business-de',
  });
  dealId = deal.id;
  await repos.playbooks.importEntries('template', 'managed-it-business-de', [
    {
      termId: 'availability',
      target: 99.9,
      fallback: 99.97,
      walkAway: 99.993,
      owner: 'technology',
      note: 'Nur mit Zusage des Rechenzentrums, Q7731-intern',
    },
  ]);
  await repos.playbooks.setEntry('deal', dealId, {
    termId: 'credit_cap',
    target: 20,
    fallback: 25,
    walkAway: 37.5,
    owner: 'finance',
    note: 'Sonderfall Kessler, Q4412-intern',
  });
  await repos.suppliers.save(dealId, [
    {
      id: 'l1',
      commitments: [
        {
          id: 's1',
          name: 'Rechenzentrum Nord',
          availability: 99.95,
          monthlyCost: { amount: 1234.56, currency: 'EUR' },
        },
      ],
    },
    {
      id: 'l2',
      commitments: [
        {
          id: 's2',
          name: 'Carrier Blau',
          availability: 99.95,
          monthlyCost: { amount: 987.65, currency: 'EUR' },
        },
      ],
    },
  ]);

  // Round 1: the customer's 99.99 % and a 30 % cap, approved by technology and finance.
  const start = (await repos.drafts.get(dealId))!.document;
  await repos.drafts.save(dealId, set(set(start, 'availability', 99.99), 'credit_cap', 30));
  const data = (await loadGuardrailData(repos, dealId))!;
  const gate = gateOf(data, (await repos.drafts.get(dealId))!.document);
  expect(gate.requirements.map((status) => status.requirement.key)).toEqual([
    'term:availability:technology',
    'term:credit_cap:finance',
  ]);
  for (const [status, name, comment] of [
    [gate.requirements[0]!, 'Tom Technik', 'RZ-Vertrag angehoben, Q5521-intern'],
    [gate.requirements[1]!, 'Fiona Finanz', 'Deckel vertretbar, Q6633-intern'],
  ] as const)
    await repos.approvals.record({
      dealId,
      round: gate.round,
      requirement: status.requirement.key,
      fingerprint: status.requirement.fingerprint,
      role: status.requirement.role,
      name,
      comment,
      decision: 'approve',
    });
  await sendRound(repos, { dealId, note: 'Erstes Angebot', author: 'Anna Berger', roundId: newRoundId() });

  // Round 2: beyond walk-away, sent with an override.
  await repos.drafts.save(dealId, set((await repos.drafts.get(dealId))!.document, 'availability', 99.995));
  await sendRound(repos, {
    dealId,
    note: '',
    author: 'Anna Berger',
    roundId: newRoundId(),
    overrideReason: 'Termin drängt, Q9090-intern',
  });
  rounds = await repos.rounds.list(dealId);
  draft = (await repos.drafts.get(dealId))!.document;
  dir = mkdtempSync(join(tmpdir(), 'sla-internal-'));
});

afterAll(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Every part of a Word file as text, without the two clock readings the `docx` package stamps into
 * the core properties (dcterms:created/modified, the moment of writing): `…:37.5…Z` is a time, not the
 * walk-away limit, and would make the scan fail on one run in a few hundred.
 */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map((file) => file.async('string')),
  );
  return parts.join('\n').replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '<dcterms:$1/>');
}

function expectNothingInternal(text: string, what: string) {
  for (const [kind, values] of Object.entries(INTERNAL))
    for (const value of values) expect(text, `${what} holds the ${kind} “${value}”`).not.toContain(value);
}

function context(): ExportContext {
  return {
    deal: { title: 'Hosting Kessler', customer: { name: 'Kessler Logistik GmbH', contacts: [] } },
    names: {
      authorName: 'Anna Berger',
      providerName: 'Nordlicht IT GmbH',
      customerName: 'Kessler Logistik GmbH',
    },
    label: (source) => (source.round ? `Runde ${source.round.number}` : 'Entwurf'),
    redlineLabel: () => 'Runde 2 verglichen mit Runde 1',
    now: '2026-11-21T12:00:00.000Z',
  };
}

describe('exports of a deal full of internal data', () => {
  it('the deal really holds that data (the scan would find it if it leaked)', async () => {
    const stored = JSON.stringify(await loadGuardrailData(repos, dealId));
    for (const value of [
      'Q7731-intern',
      'Rechenzentrum Nord',
      'Tom Technik',
      'Q6633-intern',
      '1234.56',
      '99.993',
    ])
      expect(stored).toContain(value);
    expect(rounds.map((round) => round.sendOverride?.reason ?? null)).toEqual([
      null,
      'Termin drängt, Q9090-intern',
    ]);
  });

  it('clean Word of every round and the draft names the provider and nothing internal', async () => {
    const sources: ExportSource[] = [
      ...rounds.map((round) => ({ round, document: round.document })),
      { round: null, document: draft },
    ];
    for (const source of sources) {
      const file = await cleanDocxFile(source, context());
      const text = await docxText(file.bytes);
      expect(text).toContain('Nordlicht IT GmbH');
      expectNothingInternal(text, file.fileName);
    }
  });

  it('the Word redline holds nothing internal', async () => {
    const [first, second] = rounds;
    const a = { round: first!, document: first!.document };
    const b = { round: second!, document: second!.document };
    const file = await redlineDocxFile(a, b, buildChangeTree(a.document, b.document), context());
    const text = await docxText(file.bytes);
    expect(text).toMatch(/<w:ins /);
    expectNothingInternal(text, file.fileName);
  });

  it('what a PDF prints, clean and redline, holds nothing internal', () => {
    const [first, second] = rounds;
    const clean = renderToStaticMarkup(
      <CleanPrint
        source={{ round: second!, document: second!.document }}
        dealTitle="Hosting Kessler"
        label="Runde 2"
      />,
    );
    expect(clean).toContain('Nordlicht IT GmbH');
    expectNothingInternal(clean, 'the clean PDF');
    const redline = renderToStaticMarkup(
      <RedlinePrint
        tree={buildChangeTree(first!.document, second!.document)}
        title="Runde 2"
        language="de"
      />,
    );
    expect(redline).toContain('99,995');
    expectNothingInternal(redline, 'the redline PDF');
  });

  it('the CLI redline and its change list hold nothing internal', async () => {
    const [first, second] = rounds;
    for (const [name, round] of [
      ['r1.docx', first!],
      ['r2.docx', second!],
    ] as const)
      writeFileSync(
        join(dir, name),
        (await cleanDocxFile({ round, document: round.document }, context())).bytes,
      );
    const io = { out: '', err: '' };
    const code = await runCli(
      ['compare', 'r1.docx', 'r2.docx', '--out', 'redline.docx', '--json', 'changes.json'],
      { cwd: dir, stdout: (text) => void (io.out += text), stderr: (text) => void (io.err += text) },
      commands,
    );
    expect(code, io.err).toBe(0);
    expectNothingInternal(await docxText(readFileSync(join(dir, 'redline.docx'))), 'the CLI redline');
    const json = readFileSync(join(dir, 'changes.json'), 'utf8');
    expect(json).toContain('99,995');
    expectNothingInternal(json, 'the CLI change list');
  });
});
