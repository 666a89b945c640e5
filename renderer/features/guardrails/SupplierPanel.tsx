import { describeError } from '../../errors/describeError';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Calculator, CircleAlert, CircleCheck, Pencil, Plus, Trash2 } from 'lucide-react';
import { toNumber } from '../../../shared/calculators/decimal';
import { formatMinutes } from '../../../shared/calculators/formatMinutes';
import { formatDuration } from '../../../shared/format/formatTermValue';
import type { Currency, Term } from '../../../shared/model';
import type { SupplierCommitment, SupplierLink } from '../../../shared/suppliers/supplierPlan';
import { Button, IconButton } from '../../components/Button';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { useGuardrails } from './GuardrailsContext';
import { findingText, moneyText, percentText } from './guardrailText';
import { SupplierDialog } from './SupplierDialog';
import { useGuardrailsStore } from './useGuardrailsStore';
import { useUiLanguage } from './useUiLanguage';
import './guardrails.css';

type Editing = { commitment: SupplierCommitment | null; partnerOf: string | null } | null;

/** The Suppliers tab: the chain the deal's promises rest on, its composite figures and flags. */
export function SupplierPanel({ dealId, terms }: { dealId: string; terms: readonly Term[] }) {
  const { t } = useTranslation('guardrails');
  const language = useUiLanguage();
  const repositories = useRepositories();
  const { data, backToBack, readOnly } = useGuardrails();
  const openDialog = useGuardrailsStore((state) => state.open);
  const [editing, setEditing] = useState<Editing>(null);
  if (!data) return null;
  const links = data.suppliers.links;
  const termsById = new Map(terms.map((term) => [term.id, term]));
  const fee = termsById.get('monthly_fee');
  const currency: Currency = fee?.kind === 'money' ? fee.currency : 'EUR';

  const save = async (next: SupplierLink[]): Promise<string | null> => {
    try {
      await repositories.suppliers.save(dealId, next);
      return null;
    } catch (error) {
      return describeError(error);
    }
  };

  const upsert = (commitment: SupplierCommitment, linkId: string | null) => {
    const existing = links.find((link) => link.commitments.some((c) => c.id === commitment.id));
    if (existing)
      return save(
        links.map((link) => ({
          ...link,
          commitments: link.commitments.map((c) => (c.id === commitment.id ? commitment : c)),
        })),
      );
    if (linkId)
      return save(
        links.map((link) =>
          link.id === linkId ? { ...link, commitments: [...link.commitments, commitment] } : link,
        ),
      );
    return save([...links, { id: crypto.randomUUID(), commitments: [commitment] }]);
  };

  const remove = async (commitment: SupplierCommitment) => {
    const before = links;
    const next = links
      .map((link) => ({ ...link, commitments: link.commitments.filter((c) => c.id !== commitment.id) }))
      .filter((link) => link.commitments.length > 0);
    const refused = await save(next);
    if (refused) showToast({ message: refused, tone: 'error' });
    else
      showToast({
        message: t('suppliers.removed', { name: commitment.name }),
        action: { label: t('suppliers.undo'), run: () => void save(before) },
      });
  };

  const figures = (c: SupplierCommitment) =>
    [
      c.availability !== undefined
        ? `${t('suppliers.figures.availability')} ${percentText(c.availability, language)}`
        : '',
      c.responseTime
        ? `${t('suppliers.figures.response')} ${formatDuration(c.responseTime.value, c.responseTime.unit, language)}`
        : '',
      c.supportHours ? `${t('suppliers.figures.hours')} ${t(`supportHours.${c.supportHours}`)}` : '',
      c.monthlyCost
        ? `${t('suppliers.figures.cost')} ${moneyText(c.monthlyCost.amount, c.monthlyCost.currency, language)}`
        : '',
    ].filter(Boolean);

  const b2b = backToBack;
  return (
    <div className="gr-suppliers" data-testid="supplier-panel">
      <p className="gr-hint">{t('suppliers.hint')}</p>
      {b2b && (
        <dl className="gr-figures" data-testid="supplier-figures">
          {b2b.composite && (
            <div>
              <dt>{t('suppliers.composite')}</dt>
              <dd data-testid="composite-availability">{percentText(b2b.composite, language)}</dd>
            </div>
          )}
          {b2b.allowed && (
            <div>
              <dt>{t('suppliers.allowed')}</dt>
              <dd>
                {t('suppliers.allowedValue', {
                  value: percentText(b2b.allowed, language),
                  margin: data.margins.availabilityPoints.toLocaleString(
                    language === 'de' ? 'de-DE' : 'en-GB',
                  ),
                })}
              </dd>
            </div>
          )}
          {b2b.responseChain && (
            <div>
              <dt>{t('suppliers.responseChain')}</dt>
              <dd>
                {t('suppliers.responseChainValue', {
                  duration: formatMinutes(toNumber(b2b.responseChain.minutes), language),
                  supplier: b2b.responseChain.supplier,
                })}
              </dd>
            </div>
          )}
          {b2b.cost && b2b.price && (
            <div>
              <dt>{t('suppliers.cost')}</dt>
              <dd>{moneyText(b2b.cost, b2b.price.currency, language)}</dd>
            </div>
          )}
          {b2b.marginPercent && b2b.price && (
            <div>
              <dt>
                {t('suppliers.margin', { price: moneyText(b2b.price.amount, b2b.price.currency, language) })}
              </dt>
              <dd data-testid="supplier-margin">{percentText(b2b.marginPercent, language)}</dd>
            </div>
          )}
        </dl>
      )}
      {b2b && (
        <ul className="gr-list" data-testid="supplier-findings">
          {b2b.findings.length === 0 ? (
            <li className="gr-item gr-item-ok">
              <CircleCheck size={14} aria-hidden />
              <span>{t('checks.backingOk')}</span>
            </li>
          ) : (
            b2b.findings.map((finding, index) => (
              <li
                key={`${finding.code}-${index}`}
                className={`gr-item gr-item-${finding.severity}`}
                data-testid="supplier-finding"
                data-code={finding.code}
              >
                <CircleAlert size={14} aria-hidden />
                <span>{findingText(t, finding, language, (id) => termsById.get(id)?.label ?? id)}</span>
              </li>
            ))
          )}
        </ul>
      )}
      {links.length === 0 ? (
        <p className="ws-empty">{t('suppliers.none')}</p>
      ) : (
        <ol className="gr-links">
          {links.map((link, index) => (
            <li key={link.id} className="gr-link-card" data-testid="supplier-link">
              <div className="gr-link-title">
                {link.commitments.length > 1
                  ? t('suppliers.redundantLink', { number: index + 1 })
                  : t('suppliers.link', { number: index + 1 })}
              </div>
              <ul className="gr-members">
                {link.commitments.map((commitment) => (
                  <li key={commitment.id} className="gr-member" data-testid="supplier">
                    <div className="gr-member-main">
                      <span className="gr-member-name">{commitment.name}</span>
                      <span className="gr-member-figures">{figures(commitment).join(' · ')}</span>
                    </div>
                    {!readOnly && (
                      <span className="gr-member-actions">
                        <IconButton
                          size="sm"
                          label={t('suppliers.edit', { name: commitment.name })}
                          icon={<Pencil size={13} aria-hidden />}
                          onClick={() => setEditing({ commitment, partnerOf: null })}
                        />
                        <IconButton
                          size="sm"
                          label={t('suppliers.remove', { name: commitment.name })}
                          icon={<Trash2 size={13} aria-hidden />}
                          onClick={() => void remove(commitment)}
                        />
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              {!readOnly && link.commitments.length < 6 && (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setEditing({ commitment: null, partnerOf: link.id })}
                >
                  {t('suppliers.addRedundant')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="gr-actions">
        {!readOnly && (
          <Button
            size="sm"
            icon={<Plus size={14} aria-hidden />}
            onClick={() => setEditing({ commitment: null, partnerOf: null })}
            data-testid="add-supplier"
          >
            {t('suppliers.add')}
          </Button>
        )}
        <Button
          size="sm"
          icon={<Calculator size={14} aria-hidden />}
          onClick={() => openDialog('calculators')}
        >
          {t('checks.calculators')}
        </Button>
      </div>
      {editing && (
        <SupplierDialog
          editing={editing.commitment}
          partnerOf={editing.partnerOf}
          links={links}
          currency={currency}
          newId={() => crypto.randomUUID()}
          onSave={upsert}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
