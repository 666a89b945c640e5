import type { TFunction } from 'i18next';
import type { ApprovalRequirement } from '../../../shared/checks/requiredApprovals';
import type { PreSendWarning } from '../../../shared/checks/preSendChecks';
import { toNumber, type Decimal } from '../../../shared/calculators/decimal';
import { formatMinutes } from '../../../shared/calculators/formatMinutes';
import {
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../../shared/format/formatTermValue';
import type { Language, Term } from '../../../shared/model';
import { describeBand } from '../../../shared/playbook/describeBand';
import { bandOf } from '../../../shared/playbook/bandOf';
import type { SupplierFinding } from '../../../shared/suppliers/backToBack';
import { LEGAL_CHECKLIST } from '../../../shared/templates/legalChecklist';

/** A computed percentage as people read it: at most four decimals (99.900025 → 99.9). */
export function percentText(value: Decimal | number, language: Language): string {
  const number = typeof value === 'number' ? value : toNumber(value);
  return formatPercent(Math.round(number * 10_000) / 10_000, language);
}

export function moneyText(value: Decimal | number, currency: string, language: Language): string {
  return formatMoney(
    Math.round((typeof value === 'number' ? value : toNumber(value)) * 100) / 100,
    currency,
    language,
  );
}

type GuardrailsT = TFunction<'guardrails'>;

/** One sentence per back-to-back finding, naming the suppliers. */
export function findingText(
  t: GuardrailsT,
  finding: SupplierFinding,
  language: Language,
  termLabel: (id: string) => string,
): string {
  const names = (list: readonly (string | { name: string })[]) =>
    list.map((item) => (typeof item === 'string' ? item : item.name)).join(', ');
  switch (finding.code) {
    case 'availability-unbacked':
      return t('findings.availabilityUnbacked', {
        promised: percentText(finding.promised, language),
        composite: percentText(finding.composite, language),
        allowed: percentText(finding.allowed, language),
        margin: formatNumber(finding.marginPoints, language),
        suppliers: finding.suppliers
          .map((s) => `${s.name} (${percentText(s.availability, language)})`)
          .join(', '),
      });
    case 'response-unbacked':
      return t('findings.responseUnbacked', {
        term: termLabel(finding.termId),
        promised: formatDuration(finding.promised.value, finding.promised.unit, language),
        suppliers: finding.suppliers
          .map((s) => `${s.name} (${formatMinutes(toNumber(s.minutes), language)})`)
          .join(', '),
        margin: formatNumber(finding.marginMinutes, language),
      });
    case 'response-incomparable':
      return t('findings.responseIncomparable', {
        term: termLabel(finding.termId),
        suppliers: names(finding.suppliers),
      });
    case 'support-hours-short':
      return t('findings.supportHoursShort', {
        needed: t(`supportHours.${finding.needed}`),
        suppliers: finding.suppliers.map((s) => `${s.name} (${t(`supportHours.${s.hours}`)})`).join(', '),
      });
    case 'margin-low':
      return t('findings.marginLow', {
        percent: percentText(finding.percent, language),
        minimum: formatPercent(finding.minimum, language),
      });
    case 'cost-currency':
      return t('findings.costCurrency', { suppliers: names(finding.suppliers), currency: finding.currency });
  }
}

/** One sentence per warning of the send dialog and the checks tab. */
export function warningText(
  t: GuardrailsT,
  warning: PreSendWarning,
  language: Language,
  termsById: ReadonlyMap<string, Term>,
  describe: (term: Term) => string,
): string {
  switch (warning.code) {
    case 'unchanged':
      return t('checks.unchanged', { round: warning.round });
    case 'essential-missing':
      return t('checks.essentialMissing', {
        list: warning.kinds
          .map((kind) => LEGAL_CHECKLIST.find((item) => item.kind === kind)?.labels[language] ?? kind)
          .join(', '),
      });
    case 'beyond':
      // The band sentence says "beyond walk-away" already; the label says which term.
      return `${warning.termIds
        .map((id) => termsById.get(id))
        .filter((term): term is Term => term !== undefined)
        .map((term) => `${term.label} ${describe(term)}`)
        .join('; ')}.`;
  }
}

/** Who a requirement waits for and what it asks: "Waiting for management: Target availability 99.99%: …". */
export function waitingText(
  t: GuardrailsT,
  requirement: ApprovalRequirement,
  language: Language,
  role: string,
): string {
  return `${t('approvals.waitingFor', { role })}: ${requirementText(t, requirement, language)}`;
}

/** What a requirement asks, e.g. "Target availability 99.99%: beyond walk-away 99.95% (technology)". */
export function requirementText(
  t: GuardrailsT,
  requirement: ApprovalRequirement,
  language: Language,
): string {
  if (requirement.kind === 'clause')
    return t('approvals.clause', {
      heading: requirement.heading || requirement.clauseId,
      change: t(`approvals.change.${requirement.change}`),
    });
  const verdict = bandOf(requirement.term, requirement.entry);
  return `${requirement.term.label} ${describeBand({ term: requirement.term, verdict }, language)}`;
}

/** `term:availability:technology` → the term's label and role, for a round sent with an override. */
export function requirementKeyText(
  key: string,
  termLabel: (id: string) => string,
  roleName: (role: string) => string,
): string {
  const [kind, id = '', role = ''] = key.split(':');
  return kind === 'clause' ? `${id} (${roleName('legal')})` : `${termLabel(id)} (${roleName(role)})`;
}
