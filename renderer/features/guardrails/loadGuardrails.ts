import type { DealCompanyProfile } from '../../../shared/company/companyProfile';
import type { ApprovalRecord } from '../../../shared/checks/approvals';
import { sendGate, type SendGate } from '../../../shared/checks/sendGate';
import type { Deal, Round, SlaDocument, Template } from '../../../shared/model';
import type { SafetyMargins } from '../../../shared/suppliers/backToBack';
import { checklistOf, type EssentialClause } from '../../../shared/templates/legalChecklist';
import type { SupplierPlan } from '../../../shared/suppliers/supplierPlan';
import type { EffectivePlaybook, Repositories } from '../../db';

export type GuardrailRepositories = Pick<
  Repositories,
  'deals' | 'rounds' | 'templates' | 'playbooks' | 'suppliers' | 'approvals' | 'settings' | 'companyProfiles'
>;

/** Everything the guardrails of one deal are computed from. */
export interface DealGuardrailData {
  playbook: EffectivePlaybook;
  suppliers: SupplierPlan;
  approvals: ApprovalRecord[];
  /** The deal's newest round (what a first round's legal changes are not compared with), if any. */
  lastRound: Round | null;
  /** The template version the deal started from: the baseline of legal changes in a first round. */
  templateDocument: Template['document'] | null;
  /** `checklistOf` that template version. */
  checklist: readonly EssentialClause[];
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

/**
 * The stored guardrail data of a deal, without its template. Reads neither the deal nor its draft,
 * so a live view of it does not run again on every autosave of the draft.
 */
export async function loadStoredGuardrails(
  repositories: GuardrailRepositories,
  deal: { id: Deal['id']; template: Pick<Deal['template'], 'id'> },
): Promise<Omit<DealGuardrailData, 'templateDocument' | 'checklist'>> {
  const [playbook, suppliers, approvals, lastRound, margins, company] = await Promise.all([
    repositories.playbooks.effective(deal.template.id, deal.id),
    repositories.suppliers.get(deal.id),
    repositories.approvals.list(deal.id),
    // The send gate compares with the last round only: the others are neither read nor validated.
    repositories.rounds.last(deal.id),
    safetyMargins(repositories.settings),
    repositories.companyProfiles.get(deal.id),
  ]);
  return { playbook, suppliers, approvals, lastRound: lastRound ?? null, margins, company };
}

/** All of it, template included; `null` for a deal that does not exist. */
export async function loadGuardrailData(
  repositories: GuardrailRepositories,
  dealId: string,
): Promise<DealGuardrailData | null> {
  const deal = await repositories.deals.get(dealId);
  if (!deal) return null;
  const [stored, template] = await Promise.all([
    loadStoredGuardrails(repositories, deal),
    repositories.templates.get(deal.template.id, deal.template.version),
  ]);
  return { ...stored, templateDocument: template?.document ?? null, checklist: checklistOf(template) };
}

/** The send gate of `document` (what the user sees, or the stored draft the send path freezes). */
export function gateOf(data: DealGuardrailData, document: SlaDocument): SendGate {
  const last = data.lastRound;
  return sendGate({
    document,
    lastRound: last ? { number: last.number, document: last.document } : null,
    templateDocument: data.templateDocument,
    playbook: data.playbook.playbook,
    checklist: data.checklist,
    approvals: data.approvals,
  });
}
