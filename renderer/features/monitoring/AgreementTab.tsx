import { describeError } from '../../errors/describeError';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Settings2 } from 'lucide-react';
import { formatPercent } from '../../../shared/format/formatTermValue';
import { isValidTimeZone } from '../../../shared/monitoring/timeZone';
import { Button } from '../../components/Button';
import { Dialog, FormFooter } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { showToast } from '../../components/useToastStore';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';
import { DocumentPreview } from '../templates/DocumentPreview';
import { timeZoneChoices } from './timeZones';
import type { SignedAgreement } from './useSignedAgreement';

/** What was signed: the dates, the signatories, the clock, and the frozen text itself (read-only). */
export function AgreementTab({ signed }: { signed: SignedAgreement }) {
  const { t } = useTranslation('monitoring');
  const format = useLocaleFormat();
  const [editing, setEditing] = useState(false);
  const { agreement, round, terms } = signed;
  const language = format.locale.startsWith('de') ? 'de' : 'en';
  return (
    <div className="mon-tab">
      <dl className="meta-list mon-meta" data-testid="agreement-meta">
        <div>
          <dt>{t('agreement.signedOn')}</dt>
          <dd>{format.date(agreement.signedOn)}</dd>
        </div>
        <div>
          <dt>{t('agreement.round')}</dt>
          <dd>{t('agreement.roundNumber', { number: agreement.roundNumber })}</dd>
        </div>
        <div>
          <dt>{t('agreement.signatories')}</dt>
          <dd>{agreement.signatories.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('agreement.term')}</dt>
          <dd>
            {format.date(agreement.termStart)} –{' '}
            {agreement.termEnd ? format.date(agreement.termEnd) : t('agreement.openEnded')}
          </dd>
        </div>
        <div>
          <dt>{t('agreement.timeZone')}</dt>
          <dd>{agreement.timeZone}</dd>
        </div>
        <div>
          <dt>{t('agreement.thresholds')}</dt>
          <dd>{agreement.warningThresholds.map((v) => formatPercent(v, language)).join(' · ')}</dd>
        </div>
        <div>
          <dt>{t('agreement.serviceHours')}</dt>
          <dd>
            {terms.serviceHours.schedule.always
              ? t('agreement.aroundTheClock')
              : (terms.serviceHours.text ?? '–')}
          </dd>
        </div>
      </dl>
      {terms.missing.length > 0 && (
        <p className="mon-notice" data-testid="terms-missing">
          {t('agreement.missing', { terms: terms.missing.map((m) => t(`missing.${m}`)).join(', ') })}
        </p>
      )}
      <div className="mon-toolbar">
        <Button
          icon={<Settings2 size={15} aria-hidden />}
          onClick={() => setEditing(true)}
          data-testid="edit-agreement"
        >
          {t('agreement.edit')}
        </Button>
        <span className="cell-muted">{t('agreement.frozen')}</span>
      </div>
      <article className="doc-page" lang={round.document.language} data-testid="signed-text">
        <h2 className="ws-doc-title">{round.document.title}</h2>
        <DocumentPreview
          clauses={round.document.clauses}
          terms={round.document.terms}
          language={round.document.language}
        />
      </article>
      {editing && <EditAgreementDialog signed={signed} onClose={() => setEditing(false)} />}
    </div>
  );
}

function EditAgreementDialog({ signed, onClose }: { signed: SignedAgreement; onClose(): void }) {
  const { t } = useTranslation('monitoring');
  const { agreements } = useRepositories();
  const { agreement } = signed;
  const [timeZone, setTimeZone] = useState(agreement.timeZone);
  const [thresholds, setThresholds] = useState(agreement.warningThresholds.join(', '));
  const [termEnd, setTermEnd] = useState(agreement.termEnd ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const parsed = thresholds
    .split(/[;,\s]+/)
    .filter(Boolean)
    .map((value) => Number(value.replace(',', '.')));
  const thresholdsValid =
    parsed.length > 0 &&
    parsed.every((v) => Number.isFinite(v) && v >= 1 && v <= 1000) &&
    new Set(parsed).size === parsed.length;
  const save = async () => {
    if (!isValidTimeZone(timeZone) || !thresholdsValid) return;
    try {
      await agreements.update(agreement.id, {
        timeZone,
        warningThresholds: [...parsed].sort((a, b) => a - b),
        termEnd: termEnd || null,
      });
      onClose();
      showToast({ message: t('agreement.saved') });
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('agreement.edit')}
      description={t('agreement.editDescription')}
      onSubmit={() => void save()}
      width={460}
      testId="edit-agreement-dialog"
      footer={<FormFooter onCancel={onClose} submitLabel={t('agreement.save')} />}
    >
      <Field
        label={t('agreement.timeZone')}
        error={isValidTimeZone(timeZone) ? null : t('sign.timeZoneInvalid')}
      >
        {(control) => (
          <>
            <input
              {...control}
              className="input"
              list="agreement-time-zones"
              value={timeZone}
              onChange={(e) => setTimeZone(e.target.value.trim())}
            />
            <datalist id="agreement-time-zones">
              {timeZoneChoices().map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field
        label={t('agreement.thresholds')}
        hint={t('agreement.thresholdsHint')}
        error={thresholdsValid ? null : t('agreement.thresholdsInvalid')}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={thresholds}
            onChange={(e) => setThresholds(e.target.value)}
            data-testid="edit-thresholds"
          />
        )}
      </Field>
      <Field label={t('sign.termEnd')} hint={t('sign.termEndHint')}>
        {(control) => (
          <input
            {...control}
            type="date"
            className="input input-date"
            value={termEnd}
            onChange={(e) => setTermEnd(e.target.value)}
          />
        )}
      </Field>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
