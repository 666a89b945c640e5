import type { Clause, ClauseKind, SlaDocument } from '../model/document';
import type { Term } from '../model/term';
import { bandOf, type Band } from '../playbook/bandOf';
import type { OwnerRole } from '../playbook/ownerRoles';
import type { Playbook, PlaybookEntry } from '../playbook/playbook';
import { termAsPlaybookValue } from '../playbook/measure';
import { canonicalize } from '../rounds/hashRound';
import type { ApprovalRecord } from './approvals';
import { clauseFingerprint } from './clauseContent';

/**
 * Clauses whose every change legal signs off before a round goes out (issue 10: liability, data
 * protection, force majeure, termination …). Persisted meaning: approvals name clauses by id only,
 * so changing the list changes which drafts wait for legal, not stored data.
 */
export const LEGAL_CLAUSE_KINDS: readonly ClauseKind[] = [
  'liability',
  'data-protection',
  'force-majeure',
  'term-termination',
  'chronic-failure',
];

export type ApprovalRequirement =
  | {
      key: string;
      kind: 'term';
      role: OwnerRole;
      fingerprint: string;
      term: Term;
      entry: PlaybookEntry;
      band: Extract<Band, 'limit' | 'beyond'>;
    }
  | {
      key: string;
      kind: 'clause';
      role: 'legal';
      fingerprint: string;
      clauseId: string;
      heading: string;
      change: 'changed' | 'added' | 'removed';
    };

export interface RequiredApprovalsInput {
  document: SlaDocument;
  /**
   * What the draft is measured against: the last round (ours or theirs), or for a first round the
   * template version the deal started from. `null` when neither is known.
   */
  baseline: Pick<SlaDocument, 'clauses' | 'terms'> | null;
  playbook: Playbook;
}

/** The exact value an approval of a term covers; a new value needs a new approval. */
export function termFingerprint(term: Term): string {
  return canonicalize(termAsPlaybookValue(term));
}

/**
 * Which approvals the draft needs before it is sent: each term in `limit` by its owner; a term
 * `beyond` the walk-away by its owner and by management (walking past a limit is a management
 * decision); each legal clause that differs from the baseline by legal.
 */
export function requiredApprovals({
  document,
  baseline,
  playbook,
}: RequiredApprovalsInput): ApprovalRequirement[] {
  const requirements: ApprovalRequirement[] = [];
  for (const term of document.terms) {
    const verdict = bandOf(term, playbook.get(term.id));
    if (verdict.band !== 'limit' && verdict.band !== 'beyond') continue;
    const roles: OwnerRole[] = [verdict.entry.owner];
    if (verdict.band === 'beyond' && verdict.entry.owner !== 'management') roles.push('management');
    for (const role of roles)
      requirements.push({
        key: `term:${term.id}:${role}`,
        kind: 'term',
        role,
        fingerprint: termFingerprint(term),
        term,
        entry: verdict.entry,
        band: verdict.band,
      });
  }
  if (baseline) requirements.push(...legalRequirements(document, baseline));
  return requirements;
}

function legalRequirements(
  document: SlaDocument,
  baseline: Pick<SlaDocument, 'clauses' | 'terms'>,
): ApprovalRequirement[] {
  const isLegal = (clause: Clause) => LEGAL_CLAUSE_KINDS.includes(clause.kind);
  const nowTerms = new Map(document.terms.map((term) => [term.id, term]));
  const thenTerms = new Map(baseline.terms.map((term) => [term.id, term]));
  const before = new Map(baseline.clauses.filter(isLegal).map((clause) => [clause.id, clause]));
  const out: ApprovalRequirement[] = [];
  const seen = new Set<string>();
  for (const clause of document.clauses) {
    const previous = baseline.clauses.find((other) => other.id === clause.id);
    // A clause that was or is legal counts: turning a liability clause into "other" is a legal change too.
    if (!isLegal(clause) && !(previous && isLegal(previous))) continue;
    seen.add(clause.id);
    const fingerprint = clauseFingerprint(clause, nowTerms);
    if (previous && clauseFingerprint(previous, thenTerms) === fingerprint) continue;
    out.push({
      key: `clause:${clause.id}:legal`,
      kind: 'clause',
      role: 'legal',
      fingerprint,
      clauseId: clause.id,
      heading: clause.heading,
      change: previous ? 'changed' : 'added',
    });
  }
  for (const [id, clause] of before) {
    if (seen.has(id) || document.clauses.some((other) => other.id === id)) continue;
    out.push({
      key: `clause:${id}:legal`,
      kind: 'clause',
      role: 'legal',
      fingerprint: 'removed',
      clauseId: id,
      heading: clause.heading,
      change: 'removed',
    });
  }
  return out;
}

export type ApprovalState = 'approved' | 'objected' | 'pending';

export interface RequirementStatus {
  requirement: ApprovalRequirement;
  state: ApprovalState;
  /** The record that decides the state (the newest for this requirement, round and value). */
  record: ApprovalRecord | null;
}

/**
 * Where each requirement stands for the round being prepared. Only records of that round, that
 * requirement and that exact value or wording count; the newest decides.
 */
export function approvalStatus(
  requirements: readonly ApprovalRequirement[],
  records: readonly ApprovalRecord[],
  round: number,
): RequirementStatus[] {
  return requirements.map((requirement) => {
    let record: ApprovalRecord | null = null;
    for (const candidate of records) {
      if (candidate.round !== round || candidate.requirement !== requirement.key) continue;
      if (candidate.fingerprint !== requirement.fingerprint || candidate.role !== requirement.role) continue;
      if (!record || candidate.at >= record.at) record = candidate;
    }
    const state: ApprovalState = !record
      ? 'pending'
      : record.decision === 'approve'
        ? 'approved'
        : 'objected';
    return { requirement, state, record };
  });
}
