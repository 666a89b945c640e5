import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleDashed, CircleX } from 'lucide-react';
import type { ApprovalDecision } from '../../../shared/checks/approvals';
import type { ApprovalRequirement, RequirementStatus } from '../../../shared/checks/requiredApprovals';
import { OWNER_ROLES } from '../../../shared/playbook/ownerRoles';
import { Button } from '../../components/Button';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { ApprovalDialog } from './ApprovalDialog';
import { useGuardrails } from './GuardrailsContext';
import { requirementKeyText, requirementText } from './guardrailText';
import { useUiLanguage } from './useUiLanguage';
import './guardrails.css';

const STATE_ICONS = {
  pending: <CircleDashed size={14} aria-hidden />,
  approved: <CircleCheck size={14} aria-hidden />,
  objected: <CircleX size={14} aria-hidden />,
};

/**
 * The Approvals tab: what the next round waits for, grouped by whom (each term in `limit` by its
 * owner, changed legal clauses by legal), and every decision recorded so far.
 */
export function ApprovalsPanel({ dealId, termLabel }: { dealId: string; termLabel(id: string): string }) {
  const { t } = useTranslation('guardrails');
  const { t: tp } = useTranslation('playbook');
  const language = useUiLanguage();
  const format = useLocaleFormat();
  const { gate, data, readOnly } = useGuardrails();
  const [deciding, setDeciding] = useState<{
    requirement: ApprovalRequirement;
    decision: ApprovalDecision;
  } | null>(null);
  if (!gate || !data) return null;
  const waiting = gate.requirements.filter((status) => status.state !== 'approved').length;
  const byRole = OWNER_ROLES.map((role) => ({
    role,
    items: gate.requirements.filter((status) => status.requirement.role === role),
  })).filter((group) => group.items.length > 0);

  const stateText = (status: RequirementStatus) =>
    status.record
      ? t(`approvals.state.${status.state}`, {
          name: status.record.name,
          date: format.dateTime(status.record.at),
        })
      : t('approvals.state.pending');

  return (
    <div className="gr-approvals" data-testid="approvals-panel">
      <h3 className="ws-term-group-title">{t('approvals.title', { round: gate.round })}</h3>
      <p className="gr-summary" data-testid="approvals-summary" data-blocked={gate.blocked || undefined}>
        {gate.requirements.length === 0
          ? t('approvals.none')
          : waiting === 0
            ? t('approvals.allGiven')
            : t('approvals.waiting', { count: waiting })}
      </p>
      {byRole.map(({ role, items }) => {
        const open = items.some((status) => status.state !== 'approved');
        return (
          <section key={role} className="gr-section" data-testid={`approvals-${role}`}>
            <h4 className="gr-role">
              {open
                ? t('approvals.waitingFor', { role: tp(`owners.${role}`) })
                : t('approvals.givenBy', { role: tp(`owners.${role}`) })}
            </h4>
            <ul className="gr-list">
              {items.map((status) => (
                <li
                  key={status.requirement.key}
                  className={`gr-approval gr-approval-${status.state}`}
                  data-testid="approval-requirement"
                  data-state={status.state}
                >
                  <p className="gr-approval-what">{requirementText(t, status.requirement, language)}</p>
                  <p className="gr-approval-state">
                    {STATE_ICONS[status.state]}
                    <span>{stateText(status)}</span>
                  </p>
                  {status.record?.comment && <p className="gr-approval-comment">{status.record.comment}</p>}
                  {!readOnly && (
                    <div className="gr-actions">
                      <Button
                        size="sm"
                        variant={status.state === 'approved' ? 'ghost' : 'primary'}
                        onClick={() => setDeciding({ requirement: status.requirement, decision: 'approve' })}
                        data-testid="approve"
                      >
                        {t('approvals.approve')}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => setDeciding({ requirement: status.requirement, decision: 'object' })}
                        data-testid="object"
                      >
                        {t('approvals.object')}
                      </Button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {data.approvals.length > 0 && (
        <section className="gr-section" data-testid="approvals-history">
          <h3 className="ws-term-group-title">{t('approvals.history')}</h3>
          <ul className="gr-history">
            {[...data.approvals].reverse().map((record) => (
              <li key={record.id}>
                <span>
                  {t('approvals.historyItem', {
                    name: record.name,
                    role: tp(`owners.${record.role}`),
                    decision: t(`approvals.decision.${record.decision}`),
                    round: record.round,
                    date: format.dateTime(record.at),
                  })}
                </span>
                <span className="gr-history-what">
                  {requirementKeyText(record.requirement, termLabel, (role) =>
                    tp(`owners.${role as 'legal'}`),
                  )}
                </span>
                {record.comment && <span className="gr-approval-comment">{record.comment}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {deciding && (
        <ApprovalDialog
          dealId={dealId}
          round={gate.round}
          requirement={deciding.requirement}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </div>
  );
}
