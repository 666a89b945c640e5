import { describeError } from '../../errors/describeError';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSignature, RotateCcw } from 'lucide-react';
import { agreementStatus, measuredIncidents } from '../../../shared/monitoring/agreementStatus';
import { addMonths, monthKeyAt } from '../../../shared/monitoring/periods';
import { monthName } from '../../../shared/monitoring/reportText';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Select } from '../../components/Select';
import { Tabs } from '../../components/Tabs';
import { showToast } from '../../components/useToastStore';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { routeHash } from '../../src/parseRoute';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { AgreementTab } from './AgreementTab';
import { AvailabilityChart } from './charts/AvailabilityChart';
import { IncidentsTab } from './IncidentsTab';
import { MeasurementPanel } from './MeasurementPanel';
import { ReportActions } from './ReportActions';
import { ReviewsTab } from './ReviewsTab';
import { useMonitoringStore } from './useMonitoringStore';
import { useNow } from './useNow';
import { useSignedAgreement } from './useSignedAgreement';
import { availabilityHistory } from '../../../shared/monitoring/agreementStatus';
import './monitoring.css';

/**
 * A signed deal (`#/deals/:id` once signed, `#/deals/:id/monitoring` always): the frozen agreement
 * and everything that follows it — incidents, the month's measurement and warnings, the report,
 * reviews. The signed text is read-only here; *Renegotiate* starts a new draft from it.
 */
export function SignedDealScreen({ dealId, fallback }: { dealId: string; fallback?: ReactNode }) {
  const { t } = useTranslation('monitoring');
  const signed = useSignedAgreement(dealId);
  if (signed === undefined) return null;
  if (signed === null)
    return (
      fallback ?? (
        <EmptyState
          icon={<FileSignature size={28} />}
          title={t('screen.notSignedTitle')}
          body={t('screen.notSignedBody')}
          action={
            <a className="btn btn-secondary" href={routeHash({ screen: 'deal', dealId })}>
              {t('screen.openDeal')}
            </a>
          }
        />
      )
    );
  return <SignedDeal signed={signed} />;
}

function SignedDeal({ signed }: { signed: NonNullable<ReturnType<typeof useSignedAgreement>> }) {
  const { t } = useTranslation('monitoring');
  const format = useLocaleFormat();
  const repositories = useRepositories();
  const now = useNow();
  const { deal, agreement, terms } = signed;
  const tz = agreement.timeZone;
  const current = monthKeyAt(now, tz);
  const chosen = useMonitoringStore((state) => state.month[deal.id]);
  const setMonth = useMonitoringStore((state) => state.setMonth);
  const month = chosen ?? current;
  const [confirming, setConfirming] = useState(false);

  const incidents = useMemo(() => measuredIncidents(signed.incidents), [signed.incidents]);
  const status = useMemo(
    () => agreementStatus(terms, agreement, incidents, now, month),
    [terms, agreement, incidents, now, month],
  );
  const history = useMemo(
    () => availabilityHistory(terms, agreement, incidents, now),
    [terms, agreement, incidents, now],
  );

  // Months from the start of the term (at most two years back) to now, newest first.
  const months = useMemo(() => {
    const first = agreement.termStart.slice(0, 7);
    const out: string[] = [];
    for (let key = current; key >= first && out.length < 24; key = addMonths(key, -1)) out.push(key);
    if (out.length === 0) out.push(current);
    return out;
  }, [agreement.termStart, current]);

  const renegotiate = async () => {
    try {
      await repositories.agreements.renegotiate(deal.id);
      showToast({ message: t('screen.renegotiating') });
      navigate({ screen: 'deal', dealId: deal.id });
    } catch (error) {
      showToast({ message: describeError(error), tone: 'error' });
    }
  };

  const measurementTab = (
    <div className="mon-tab">
      <MeasurementPanel status={status} now={now} />
      {history.length > 0 && (
        <section className="mon-section" aria-labelledby="mon-history-title">
          <h3 className="mon-section-title" id="mon-history-title">
            {t('charts.availability')}
          </h3>
          <AvailabilityChart points={history} />
        </section>
      )}
    </div>
  );

  return (
    <div className="mon" data-testid="signed-deal">
      <header className="ws-header mon-header">
        <div className="ws-header-main">
          <h1 className="ws-title" data-testid="deal-title">
            {deal.title}
          </h1>
          <p className="ws-subtitle">
            <span>{deal.customer.name}</span>
            <span aria-hidden>·</span>
            <span data-testid="signed-on">
              {t('screen.signedOn', { date: format.date(agreement.signedOn), round: agreement.roundNumber })}
            </span>
            <span aria-hidden>·</span>
            <span>{tz}</span>
            {deal.status !== 'signed' && (
              <>
                <span aria-hidden>·</span>
                <span className="mon-renegotiating">{t('screen.inRenegotiation')}</span>
              </>
            )}
          </p>
        </div>
        <div className="ws-header-side">
          <Select
            value={month}
            ariaLabel={t('screen.month')}
            testId="month-select"
            onValueChange={(value) => setMonth(deal.id, value)}
            options={months.map((key) => ({
              value: key,
              label: monthName(key, format.locale.startsWith('de') ? 'de' : 'en'),
            }))}
          />
          <ReportActions signed={signed} month={month} now={now} />
          {deal.status === 'signed' ? (
            <Button
              icon={<RotateCcw size={15} aria-hidden />}
              onClick={() => setConfirming(true)}
              data-testid="renegotiate"
            >
              {t('screen.renegotiate')}
            </Button>
          ) : (
            <a className="btn btn-secondary" href={routeHash({ screen: 'deal', dealId: deal.id })}>
              {t('screen.openDraft')}
            </a>
          )}
        </div>
      </header>
      <div className="mon-body">
        <Tabs
          label={t('screen.tabs')}
          tabs={[
            { value: 'overview', label: t('screen.overview'), content: measurementTab },
            {
              value: 'incidents',
              label: t('screen.incidents', { count: status.measurement.incidents.length }),
              content: <IncidentsTab signed={signed} measurement={status.measurement} />,
            },
            { value: 'agreement', label: t('screen.agreement'), content: <AgreementTab signed={signed} /> },
            { value: 'reviews', label: t('screen.reviews'), content: <ReviewsTab signed={signed} /> },
          ]}
        />
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('screen.renegotiateTitle')}
        description={t('screen.renegotiateBody')}
        confirmLabel={t('screen.renegotiate')}
        onConfirm={() => void renegotiate()}
      />
    </div>
  );
}
