import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { ToggleGroup } from 'radix-ui';
import {
  CURRENCIES,
  type Currency,
  type Language,
  type Template,
  type TemplateFamily,
} from '../../../shared/model';
import { Button } from '../../components/Button';
import { describeError } from '../../errors/describeError';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { FAMILY_CHOICES, TIER_CHOICES, templatesFor, type TierChoice } from './templatesFor';
import { CustomerPaperPicker, type CustomerPaper } from './CustomerPaperPicker';

function currencyOf(template: Template | undefined): Currency {
  for (const term of template?.document.terms ?? []) if (term.kind === 'money') return term.currency;
  return 'EUR';
}

/** The new-deal form; its own chunk, loaded when the dialog first opens (issue 12 §4). */
export function NewDealForm({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation(['deals', 'common']);
  const repositories = useRepositories();
  const templates = useLiveQuery(() => repositories.templates.list(), [repositories]);

  const [customer, setCustomer] = useState('');
  const [title, setTitle] = useState<string | null>(null);
  const [family, setFamily] = useState<TemplateFamily>('managed-it');
  const [tier, setTier] = useState<TierChoice>('business');
  const [language, setLanguage] = useState<Language>(i18n.language === 'de' ? 'de' : 'en');
  const [templateKey, setTemplateKey] = useState<string | undefined>();
  const [currency, setCurrency] = useState<Currency | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [paper, setPaper] = useState<CustomerPaper | null>(null);

  const offered = templatesFor(templates ?? [], family, tier, language);
  const template = offered.find((candidate) => candidate.id === templateKey) ?? offered[0];
  const effectiveCurrency = currency ?? currencyOf(template);
  const defaultTitle = t('dialog.defaultTitle', { customer: customer.trim() || '…' });
  const customerError = submitted && customer.trim() === '' ? t('dialog.customerRequired') : null;
  const templateError = submitted && !template ? t('dialog.templateRequired') : null;

  async function create() {
    setSubmitted(true);
    if (customer.trim() === '' || !template || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const deal = await repositories.deals.createFromTemplate({
        title: (title ?? '').trim() || t('dialog.defaultTitle', { customer: customer.trim() }),
        customerName: customer.trim(),
        templateId: template.id,
        templateVersion: template.version,
        currency: effectiveCurrency,
        ...(paper ? { document: paper.document } : {}),
      });
      onClose();
      navigate({ screen: 'deal', dealId: deal.id });
    } catch (error) {
      setFailure(t('dialog.failed', { message: describeError(error) }));
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={t('dialog.title')}
      description={t('dialog.description')}
      onSubmit={() => void create()}
      width={520}
      testId="new-deal-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? t('dialog.creating') : t('dialog.create')}
          </Button>
        </>
      }
    >
      <Field label={t('dialog.customer')} error={customerError}>
        {(control) => (
          <input
            {...control}
            className="input"
            autoFocus
            autoComplete="organization"
            placeholder={t('dialog.customerPlaceholder')}
            value={customer}
            onChange={(event) => setCustomer(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('dialog.dealTitle')}>
        {(control) => (
          <input
            {...control}
            className="input"
            placeholder={defaultTitle}
            value={title ?? ''}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <div className="field">
        <span className="field-label" id="new-deal-family">
          {t('dialog.family')}
        </span>
        <ToggleGroup.Root
          type="single"
          className="segmented"
          aria-labelledby="new-deal-family"
          value={family}
          onValueChange={(value) => {
            if (value) setFamily(value as TemplateFamily);
          }}
        >
          {FAMILY_CHOICES.map((choice) => (
            <ToggleGroup.Item
              key={choice}
              value={choice}
              className="segmented-item"
              title={t(`common:family.${choice}`)}
            >
              {t(`common:familyShort.${choice}`)}
            </ToggleGroup.Item>
          ))}
        </ToggleGroup.Root>
      </div>
      <div className="field-row">
        <div className="field">
          <span className="field-label" id="new-deal-tier">
            {t('dialog.tier')}
          </span>
          <ToggleGroup.Root
            type="single"
            className="segmented"
            aria-labelledby="new-deal-tier"
            value={tier}
            onValueChange={(value) => {
              if (value) setTier(value as TierChoice);
            }}
          >
            {TIER_CHOICES.map((choice) => (
              <ToggleGroup.Item key={choice} value={choice} className="segmented-item">
                {choice === 'own' ? t('dialog.ownTemplates') : t(`common:tier.${choice}`)}
              </ToggleGroup.Item>
            ))}
          </ToggleGroup.Root>
        </div>
        <div className="field">
          <span className="field-label" id="new-deal-language">
            {t('dialog.language')}
          </span>
          <ToggleGroup.Root
            type="single"
            className="segmented"
            aria-labelledby="new-deal-language"
            value={language}
            onValueChange={(value) => {
              if (value) setLanguage(value as Language);
            }}
          >
            {(['de', 'en'] as const).map((choice) => (
              <ToggleGroup.Item key={choice} value={choice} className="segmented-item">
                {t(`common:language.${choice}`)}
              </ToggleGroup.Item>
            ))}
          </ToggleGroup.Root>
        </div>
      </div>
      <Field
        label={t('dialog.template')}
        error={templateError}
        hint={offered.length === 0 ? t('dialog.noTemplate') : undefined}
      >
        {(control) => (
          <Select
            id={control.id}
            describedBy={control['aria-describedby']}
            invalid={Boolean(control['aria-invalid'])}
            value={template?.id}
            onValueChange={setTemplateKey}
            disabled={offered.length === 0}
            options={offered.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            testId="template-select"
          />
        )}
      </Field>
      <Field label={t('dialog.currency')}>
        {(control) => (
          <Select<Currency>
            id={control.id}
            value={effectiveCurrency}
            onValueChange={setCurrency}
            options={CURRENCIES.map((code) => ({ value: code, label: code }))}
            testId="currency-select"
          />
        )}
      </Field>
      <CustomerPaperPicker paper={paper} onChange={setPaper} />
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
