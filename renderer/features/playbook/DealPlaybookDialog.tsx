import { useTranslation } from 'react-i18next';
import type { Deal, Language, Term } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useGuardrails } from '../guardrails/GuardrailsContext';
import { useGuardrailsStore } from '../guardrails/useGuardrailsStore';
import { PlaybookEditor } from './PlaybookEditor';

/** The deal's playbook: the template's limits, and this deal's overrides of them. */
export function DealPlaybookDialog({
  deal,
  terms,
  docLanguage,
}: {
  deal: Deal;
  terms: readonly Term[];
  docLanguage: Language;
}) {
  const { t } = useTranslation('playbook');
  const open = useGuardrailsStore((state) => state.dialog === 'playbook');
  const close = useGuardrailsStore((state) => state.close);
  const { readOnly } = useGuardrails();
  if (!open) return null;
  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) close();
      }}
      title={t('dealTitle')}
      width={1080}
      testId="deal-playbook-dialog"
    >
      <PlaybookEditor
        scope="deal"
        ownerId={deal.id}
        ownerName={deal.title}
        terms={terms}
        docLanguage={docLanguage}
        readOnly={readOnly}
      />
    </Dialog>
  );
}
