import type { DealCompanyProfile } from '../../../shared/company/companyProfile';
import type { ApprovalRecord } from '../../../shared/checks/approvals';
import { sendGate, type SendGate } from '../../../shared/checks/sendGate';
import type { Round, SlaDocument, Template } from '../../../shared/model';
import type { SafetyMargins } from '../../../shared/suppliers/backToBack';
import type { SupplierPlan } from '../../../shared/suppliers/supplierPlan';
import type { DealPlaybook, Repositories } from '../../db';

export type GuardrailRepositories = Pick<
  Repositories,
  'deals' | 'rounds' | 'templates' | 'playbooks' | 'suppliers' | 'approvals' | 'settings' | 'companyProfiles'
>;

/** Everything the guardrails of one deal are computed from, read together. */
export interface DealGuardrailData {
  playbook: DealPlaybook;
  suppliers: SupplierPlan;
  approvals: ApprovalRecord[];
  rounds: Round[];
  templateDocument: Template['document'] | null;
  margins: SafetyMargins;
  company: DealCompanyProfile | undefined;
}

export async function safetyMargins(settings: GuardrailRepositories['settings']): Promise<SafetyMargins> {
  const all = await settings.getAll();
  return {
    availabilityPoints: all.safetyMarginPoints,
    responseMinutes: all.safetyMarginMinutes,
    minimumMarginPercent: all.minimumMarginPercent,
  };
}

export async function loadGuardrailData(
  repositories: GuardrailRepositories,
  dealId: string,
): Promise<DealGuardrailData | null> {
  const deal = await repositories.deals.get(dealId);
  if (!deal) return null;
  const [playbook, suppliers, approvals, rounds, template, margins, company] = await Promise.all([
    repositories.playbooks.forDeal(dealId),
    repositories.suppliers.get(dealId),
    repositories.approvals.list(dealId),
    repositories.rounds.list(dealId),
    repositories.templates.get(deal.template.id, deal.template.version),
    safetyMargins(repositories.settings),
    repositories.companyProfiles.get(dealId),
  ]);
  return {
    playbook,
    suppliers,
    approvals,
    rounds,
    templateDocument: template?.document ?? null,
    margins,
    company,
  };
}

/** The send gate of `document` (what the user sees, or the stored draft the send path freezes). */
export function gateOf(data: DealGuardrailData, document: SlaDocument): SendGate {
  const last = data.rounds.at(-1);
  return sendGate({
    document,
    lastRound: last ? { number: last.number, document: last.document } : null,
    templateDocument: data.templateDocument,
    playbook: data.playbook.playbook,
    approvals: data.approvals,
  });
}
