import { useTranslation } from 'react-i18next';
import { AlertTriangle, CircleCheck, Info, OctagonAlert } from 'lucide-react';
import type { AgreementStatus } from '../../../shared/monitoring/agreementStatus';
import type { WarningSeverity } from '../../../shared/monitoring/warnings';
import { Badge } from '../../components/Badge';
import { BurnDownChart } from './charts/BurnDownChart';
import { useUiFormat } from './useUiFormat';
import { warningText } from './warningText';

const SEVERITY_ICON: Record<WarningSeverity, typeof Info> = {
  info: Info,
  warning: AlertTriangle,
  critical: OctagonAlert,
};
const SEVERITY_TONE = { info: 'accent', warning: 'warning', critical: 'danger' } as const;

/** The month at a glance: availability against target, budget left, credits owed, warnings, times per priority. */
export function MeasurementPanel({ status, now }: { status: AgreementStatus; now: number }) {
  const { t } = useTranslation('monitoring');
  const format = useUiFormat();
  const m = status.measurement;
  const tz = m.period.timeZone;
  const budget = m.budget;
  const usedShare = budget ? Math.min(100, Math.max(0, budget.usedPercent)) : 0;
  const verdict = m.met === true ? 'met' : m.met === false ? 'missed' : 'running';

  return (
    <div className="mon-panel" data-testid="measurement">
      <div className="mon-kpis">
        <section className="mon-kpi" data-testid="kpi-availability" aria-label={t('kpi.availability')}>
          <h3 className="mon-kpi-label">{t('kpi.availability')}</h3>
          <p className="mon-kpi-value">{format.availability(m.availabilityPercent)}</p>
          <p className="mon-kpi-sub">
            {m.target === null ? t('kpi.noTarget') : t('kpi.target', { target: format.percent(m.target) })}{' '}
            <Badge tone={verdict === 'met' ? 'success' : verdict === 'missed' ? 'danger' : 'neutral'} dot>
              {t(`kpi.${verdict}`)}
            </Badge>
          </p>
        </section>
        <section className="mon-kpi" data-testid="kpi-budget" aria-label={t('kpi.budget')}>
          <h3 className="mon-kpi-label">{t('kpi.budget')}</h3>
          {budget ? (
            <>
              <p className="mon-kpi-value">
                {budget.leftMinutes < 0
                  ? t('kpi.exceededBy', { minutes: format.minutes(-budget.leftMinutes) })
                  : format.minutes(budget.leftMinutes)}
              </p>
              <div
                className="mon-bar"
                role="meter"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(usedShare)}
                aria-label={t('kpi.budgetUsed', { used: format.share(budget.usedPercent) })}
                data-level={
                  budget.usedPercent >= 100 ? 'critical' : budget.usedPercent >= 80 ? 'warning' : 'ok'
                }
              >
                <span style={{ width: `${usedShare}%` }} />
              </div>
              <p className="mon-kpi-sub">
                {t('kpi.budgetLine', {
                  used: format.minutes(budget.usedMinutes),
                  allowed: format.minutes(budget.allowedMinutes),
                  percent: format.share(budget.usedPercent),
                })}
              </p>
            </>
          ) : (
            <p className="mon-kpi-sub">{t('kpi.noTarget')}</p>
          )}
        </section>
        <section className="mon-kpi" data-testid="kpi-credit" aria-label={t('kpi.credit')}>
          <h3 className="mon-kpi-label">{m.running ? t('kpi.creditSoFar') : t('kpi.credit')}</h3>
          <p className="mon-kpi-value">
            {m.credit.amount ? format.money(m.credit.amount) : format.percent(m.credit.percent)}
          </p>
          <p className="mon-kpi-sub">
            {m.credit.percent > 0
              ? t(m.credit.capped ? 'kpi.creditCapped' : 'kpi.creditShare', {
                  percent: format.percent(m.credit.percent),
                })
              : t('kpi.noCredit')}
          </p>
        </section>
        <section className="mon-kpi" data-testid="kpi-downtime" aria-label={t('kpi.downtime')}>
          <h3 className="mon-kpi-label">{t('kpi.downtime')}</h3>
          <p className="mon-kpi-value">{format.minutes(m.downtimeMinutes)}</p>
          <p className="mon-kpi-sub">
            {t('kpi.serviceTime', { minutes: format.minutes(m.minutesInPeriod) })}
            {m.maintenanceExcludedMinutes > 0 && (
              <> · {t('kpi.maintenance', { minutes: format.minutes(m.maintenanceExcludedMinutes) })}</>
            )}
          </p>
          {m.bonus?.earned && (
            <Badge tone="success">{t('kpi.bonus', { amount: format.money(m.bonus.amount) })}</Badge>
          )}
        </section>
      </div>

      <section className="mon-section" aria-labelledby="mon-warnings-title">
        <h3 className="mon-section-title" id="mon-warnings-title">
          {t('warnings.title')}
        </h3>
        {status.warnings.length === 0 ? (
          <p className="mon-quiet" data-testid="no-warnings">
            <CircleCheck size={15} aria-hidden /> {t('warnings.none')}
          </p>
        ) : (
          <ul className="mon-warnings" data-testid="warnings">
            {status.warnings.map((warning, index) => {
              const Icon = SEVERITY_ICON[warning.severity];
              return (
                <li
                  key={index}
                  className="mon-warning"
                  data-severity={warning.severity}
                  data-testid="warning"
                >
                  <Icon size={15} aria-hidden />
                  <span>{warningText(warning, t, format, tz)}</span>
                  <Badge tone={SEVERITY_TONE[warning.severity]}>{t(`severity.${warning.severity}`)}</Badge>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {m.priorities.length > 0 && (
        <section className="mon-section" aria-labelledby="mon-priorities-title">
          <h3 className="mon-section-title" id="mon-priorities-title">
            {t('priorities.title')}
          </h3>
          <table className="table mon-table" data-testid="priority-table">
            <thead>
              <tr>
                <th scope="col">{t('priorities.priority')}</th>
                <th scope="col">{t('priorities.responseTarget')}</th>
                <th scope="col">{t('priorities.response')}</th>
                <th scope="col">{t('priorities.resolutionTarget')}</th>
                <th scope="col">{t('priorities.resolution')}</th>
              </tr>
            </thead>
            <tbody>
              {m.priorities.map((p) => (
                <tr key={p.level}>
                  <td className="cell-strong">{p.name}</td>
                  <td className="cell-muted">{format.target(p.response.target)}</td>
                  <td>{t('priorities.tally', { met: p.response.met, breached: p.response.breached })}</td>
                  <td className="cell-muted">{format.target(p.resolution.target)}</td>
                  <td>{t('priorities.tally', { met: p.resolution.met, breached: p.resolution.breached })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {budget && (
        <section className="mon-section" aria-labelledby="mon-burn-title">
          <h3 className="mon-section-title" id="mon-burn-title">
            {t('charts.burnDown')}
          </h3>
          <BurnDownChart measurement={m} now={now} />
        </section>
      )}
    </div>
  );
}
