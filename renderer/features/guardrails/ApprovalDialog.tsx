import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ApprovalDecision } from '../../../shared/checks/approvals';
import type { ApprovalRequirement } from '../../../shared/checks/requiredApprovals';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { requirementText } from './guardrailText';
import { useUiLanguage } from './useUiLanguage';

export interface ApprovalDialogProps {
  dealId: string;
  round: number;
  requirement: ApprovalRequirement;
  decision: ApprovalDecision;
  onClose(): void;
}

/** Records one approval or objection: who decides (for the requirement's role), and a comment. */
export function ApprovalDialog({ dealId, round, requirement, decision, onClose }: ApprovalDialogProps) {
  const { t } = useTranslation('guardrails');
  const { t: tp } = useTranslation('playbook');
  const language = useUiLanguage();
  const repositories = useRepositories();
  const author = useLiveQuery(() => repositories.settings.get('authorName'), [repositories]);
  const [name, setName] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shownName = name ?? author ?? '';
  const role = tp(`owners.${requirement.role}`);

  const submit = async () => {
    if (!shownName.trim()) {
      setError(t('approvalDialog.nameRequired'));
      return;
    }
    try {
      await repositories.approvals.record({
        dealId,
        round,
        requirement: requirement.key,
        fingerprint: requirement.fingerprint,
        role: requirement.role,
        name: shownName.trim(),
        decision,
        comment: comment.trim(),
      });
      showToast({ message: t('approvalDialog.recorded') });
      onClose();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={
        decision === 'approve'
          ? t('approvalDialog.approveTitle', { role })
          : t('approvalDialog.objectTitle', { role })
      }
      description={requirementText(t, requirement, language)}
      testId="approval-dialog"
      onSubmit={() => void submit()}
      footer={
        <FormFooter
          onCancel={onClose}
          submitLabel={decision === 'approve' ? t('approvalDialog.approve') : t('approvalDialog.object')}
        />
      }
    >
      <Field label={t('approvalDialog.name')} error={error}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={shownName}
            maxLength={200}
            autoComplete="name"
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
            data-testid="approval-name"
          />
        )}
      </Field>
      <Field label={t('approvalDialog.comment')}>
        {(control) => (
          <textarea
            {...control}
            className="input ws-textarea"
            rows={3}
            maxLength={5_000}
            placeholder={t('approvalDialog.commentPlaceholder')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            data-testid="approval-comment"
          />
        )}
      </Field>
    </Dialog>
  );
}
