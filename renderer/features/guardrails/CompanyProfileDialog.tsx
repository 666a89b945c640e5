import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Building2 } from 'lucide-react';
import type { CompanyProfile } from '../../../shared/company/companyProfile';
import type { Deal } from '../../../shared/model';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { useGuardrails } from './GuardrailsContext';
import { useGuardrailsStore } from './useGuardrailsStore';

/** In the deal header: who the provider of this agreement is, and the way to change it. */
export function ProviderLine({ deal, provider }: { deal: Deal; provider: string }) {
  const { t } = useTranslation('guardrails');
  const { readOnly } = useGuardrails();
  const open = useGuardrailsStore((state) => state.open);
  return (
    <>
      <button
        type="button"
        className="gr-provider"
        onClick={() => open('company')}
        disabled={readOnly}
        title={t('provider.edit')}
        data-testid="provider-line"
      >
        <Building2 size={13} aria-hidden />
        {provider ? (
          <span>
            {t('provider.label')}: {provider}
          </span>
        ) : (
          <span className="gr-provider-missing">{t('provider.missing')}</span>
        )}
      </button>
      <CompanyProfileDialog deal={deal} />
    </>
  );
}

function CompanyProfileDialog({ deal }: { deal: Deal }) {
  const open = useGuardrailsStore((state) => state.dialog === 'company');
  const repositories = useRepositories();
  const stored = useLiveQuery(
    async () => (open ? ((await repositories.companyProfiles.get(deal.id)) ?? null) : undefined),
    [repositories, deal.id, open],
  );
  if (!open || stored === undefined) return null;
  return <OpenCompanyProfileDialog dealId={deal.id} initial={stored?.company ?? null} />;
}

function OpenCompanyProfileDialog({ dealId, initial }: { dealId: string; initial: CompanyProfile | null }) {
  const { t } = useTranslation('guardrails');
  const repositories = useRepositories();
  const close = useGuardrailsStore((state) => state.close);
  const { flush } = useGuardrails();
  const [company, setCompany] = useState<CompanyProfile>(initial ?? { name: '', address: '', signatory: '' });
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (!company.name.trim()) {
      setError(t('company.nameRequired'));
      return;
    }
    try {
      // Unsaved edits first, so the provider change lands on top of them, not under them.
      await flush?.();
      await repositories.companyProfiles.update(dealId, company);
      showToast({ message: t('company.saved') });
      close();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) close();
      }}
      title={t('company.title')}
      description={t('company.description')}
      testId="company-dialog"
      onSubmit={() => void save()}
      footer={<FormFooter onCancel={close} submitLabel={t('company.save')} />}
    >
      <CompanyProfileFields company={company} onChange={setCompany} nameError={error} />
    </Dialog>
  );
}

/** Name, address and signatory: the same fields in Settings and per deal. */
export function CompanyProfileFields({
  company,
  onChange,
  nameError,
}: {
  company: CompanyProfile;
  onChange(company: CompanyProfile): void;
  nameError?: string | null;
}) {
  const { t } = useTranslation('guardrails');
  const field = (key: keyof CompanyProfile, maxLength: number, autoComplete: string) => (
    <Field
      label={t(`company.${key}`)}
      hint={t(`company.${key}Hint`)}
      error={key === 'name' ? (nameError ?? null) : null}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          value={company[key]}
          maxLength={maxLength}
          autoComplete={autoComplete}
          onChange={(event) => onChange({ ...company, [key]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      {field('name', 300, 'organization')}
      {field('address', 1_000, 'street-address')}
      {field('signatory', 300, 'name')}
    </>
  );
}
