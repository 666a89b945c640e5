import type { Deal, DealStatus, Draft, Round } from '../../../shared/model/deal';
import type { Block, SlaDocument } from '../../../shared/model/document';
import { createDealDocument } from '../../../shared/model/operations';
import type { Template } from '../../../shared/model/template';
import { hashRound } from '../../../shared/rounds/hashRound';
import { seededRandom } from '../generateSla';

/**
 * Deals as the app would have written them after months of use: each from a built-in template, with
 * a customer, a status, `rounds` frozen rounds (alternating sides, real hash chain) in which the term
 * values move and the customer rewrites a sentence now and then, and a draft after the last round.
 * Deterministic: deal `index` is the same in every run, so adding deals 500…1999 to a database that
 * holds 0…499 gives the same data as generating 2,000 at once.
 */
export interface BenchDeal {
  deal: Deal;
  draft: Draft;
  rounds: Round[];
}

const PREFIXES = [
  'Müller',
  'Schäfer',
  'Nordlicht',
  'Acme',
  'Bergmann',
  'Kessler',
  'Weißenburg',
  'Rheintal',
  'Blue Harbour',
  'Fischer',
  'Oakfield',
  'Zeller',
  'Sonnenberg',
  'Brightline',
  'Hoffmann',
  'Altmühl',
];
const BUSINESSES = [
  'Logistik',
  'Stadtwerke',
  'Hosting',
  'Maschinenbau',
  'Retail',
  'Kliniken',
  'Versicherungen',
  'Software',
  'Medien',
  'Bau',
  'Pharma',
  'Foods',
];
const FORMS = ['GmbH', 'AG', 'KG', 'Ltd', 'SE', 'GmbH & Co. KG', 'plc'];
const STATUSES: DealStatus[] = [
  'negotiating',
  'negotiating',
  'negotiating',
  'approval',
  'signed',
  'signed',
  'drafting',
  'walked-away',
  'archived',
];
const AVAILABILITY = [99, 99.5, 99.7, 99.8, 99.9, 99.95, 99.99];
const EDITS = {
  de: [
    'Abweichend davon gilt für das Rechenzentrum Frankfurt eine gesonderte Regelung.',
    'Der Kunde benennt hierfür einen festen Ansprechpartner.',
    'Die Frist verlängert sich um die Dauer einer vom Kunden verursachten Verzögerung.',
  ],
  en: [
    'For the Dublin data centre a separate arrangement applies.',
    'The customer names a permanent contact person for this purpose.',
    'The period is extended by any delay the customer causes.',
  ],
};

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Appends a sentence to the clause's first paragraph: the kind of edit a customer slips in. */
function withSentence(doc: SlaDocument, clauseIndex: number, sentence: string): SlaDocument {
  const clauses = doc.clauses.map((clause, index) => {
    if (index !== clauseIndex) return clause;
    let done = false;
    const body = clause.body.map((block): Block => {
      if (done || block.type !== 'paragraph') return block;
      done = true;
      return { ...block, content: [...block.content, { type: 'text', text: ` ${sentence}` }] };
    });
    return { ...clause, body };
  });
  return { ...doc, clauses };
}

/**
 * The values used are valid for their terms; set directly because zod's validation (setTermValue)
 * compiles parsers with `new Function`, which the page's CSP refuses when evaluated from outside.
 */
function setValue(doc: SlaDocument, termId: string, value: number): SlaDocument {
  return {
    ...doc,
    terms: doc.terms.map((term) =>
      term.id === termId && typeof term.value === 'number' ? { ...term, value } : term,
    ) as SlaDocument['terms'],
  };
}

function isoDay(base: number, days: number, minutes = 0): string {
  return new Date(base + days * 86_400_000 + minutes * 60_000).toISOString();
}

export function benchDeal(index: number, templates: readonly Template[], rounds = 10): BenchDeal {
  const random = seededRandom(1_000 + index);
  const template = templates[index % templates.length]!;
  const customer = `${pick(random, PREFIXES)} ${pick(random, BUSINESSES)} ${pick(random, FORMS)} ${index + 1}`;
  const id = `bench-${String(index).padStart(5, '0')}`;
  const base = Date.parse('2025-01-06T08:00:00.000Z') + index * 3_600_000;
  const language = template.language;

  let doc = createDealDocument(template, {
    customerName: customer,
    providerName: 'Hostwerk AG',
    title: `${customer} – SLA`,
  });
  const frozen: Round[] = [];
  let prevHash: string | null = null;
  for (let number = 1; number <= rounds; number++) {
    const side = number % 2 === 1 ? 'us' : 'them';
    doc = setValue(doc, 'availability', pick(random, AVAILABILITY));
    doc = setValue(doc, 'p1_response', 1 + Math.floor(random() * 8));
    if (side === 'them' && random() < 0.5)
      doc = withSentence(doc, Math.floor(random() * doc.clauses.length), pick(random, EDITS[language]));
    const hash = hashRound(doc, prevHash);
    frozen.push({
      id: `${id}-r${number}`,
      dealId: id,
      number,
      side,
      document: doc,
      note: side === 'us' ? `Runde ${number} an den Kunden` : '',
      author: side === 'us' ? 'Jana Berger' : '',
      createdAt: isoDay(base, number * 7),
      hash,
      prevHash,
    });
    prevHash = hash;
  }
  const updatedAt = isoDay(base, rounds * 7 + 1, index % 600);
  const deal: Deal = {
    id,
    title: doc.title,
    customer: { name: customer, contacts: [] },
    tier: template.tier,
    language,
    currency: 'EUR',
    status: rounds === 0 ? 'drafting' : pick(random, STATUSES),
    template: { id: template.id, version: template.version, name: template.name },
    createdAt: isoDay(base, 0),
    updatedAt,
  };
  return { deal, draft: { dealId: id, document: doc, revision: rounds + 1, updatedAt }, rounds: frozen };
}
