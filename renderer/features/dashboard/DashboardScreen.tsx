import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { ClipboardCheck, LayoutDashboard } from 'lucide-react';
import { availabilityHistory } from '../../../shared/monitoring/agreementStatus';
import { reviewState, type ReviewState } from '../../../shared/monitoring/reviews';
import { localToday } from '../../../shared/monitoring/today';
import { offeredForNewDeals } from '../../../shared/templates/templateLifecycle';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { routeHash } from '../../src/parseRoute';
import { useRepositories } from '../../src/RepositoriesContext';
import { navigate } from '../../src/useRoute';
import { AvailabilityChart } from '../monitoring/charts/AvailabilityChart';
import { BurnDownChart } from '../monitoring/charts/BurnDownChart';
import { CompleteReviewDialog, type ReviewSubject } from '../monitoring/CompleteReviewDialog';
import { useAgreementStatuses } from '../monitoring/useAgreementStatuses';
import { useNow } from '../monitoring/useNow';
import { useUiFormat } from '../monitoring/useUiFormat';
import { warningText } from '../monitoring/warningText';
import '../monitoring/monitoring.css';
import './dashboard.css';

interface DueReview {
  key: string;
  subject: ReviewSubject;
  date: string;
  state: ReviewState;
  kindLabel: string;
  intervalMonths: number | null;
  href: string;
}

/** Signed agreements at a glance: this month against the promise, warnings, reviews due. */
export function DashboardScreen() {
  const { t } = useTranslation('dashboard');
  const { t: tm } = useTranslation('monitoring');
  const format = useUiFormat();
  const dates = useLocaleFormat();
  const repositories = useRepositories();
  const now = useNow();
  const overviews = useAgreementStatuses(now);
  const templates = useLiveQuery(() => repositories.templates.list(), [repositories]);
  const [selected, setSelected] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<DueReview | null>(null);
  const today = localToday();

  const reviews = useMemo<DueReview[]>(() => {
    const out: DueReview[] = [];
    for (const o of overviews ?? []) {
      if (!o.agreement.nextReviewOn) continue;
      const state = reviewState(o.agreement.nextReviewOn, today);
      if (state !== 'ok')
        out.push({
          key: `agreement-${o.agreement.id}`,
          subject: { kind: 'agreement', agreementId: o.agreement.id, name: o.deal.title },
          date: o.agreement.nextReviewOn,
          state,
          kindLabel: t('reviews.agreement'),
          intervalMonths: o.agreement.reviewIntervalMonths,
          href: routeHash({ screen: 'deal-monitoring', dealId: o.deal.id }),
        });
    }
    // A retired template starts no new deal, so nobody needs to review it.
    for (const template of (templates ?? []).filter(offeredForNewDeals)) {
      const state = reviewState(template.reviewDate, today);
      if (state !== 'ok')
        out.push({
          key: `template-${template.id}`,
          subject: { kind: 'template', templateId: template.id, name: template.name },
          date: template.reviewDate,
          state,
          kindLabel: t('reviews.template'),
          intervalMonths: 12,
          href: routeHash({ screen: 'template', templateId: template.id }),
        });
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
  }, [overviews, templates, today, t]);

  if (overviews === undefined || templates === undefined) return null;
  const focus =
    overviews.find((o) => o.agreement.id === selected) ??
    overviews.find((o) => o.status.warnings.length > 0) ??
    overviews[0];
  const history = focus ? availabilityHistory(focus.terms, focus.agreement, focus.incidents, now) : [];
  const warnings = overviews.flatMap((o) => o.status.warnings.map((warning) => ({ o, warning })));

  return (
    <div className="screen dash" data-testid="dashboard">
      <div className="screen-header">
        <h1 className="screen-title">{t('title')}</h1>
      </div>
      <p className="screen-subtitle">{t('intro')}</p>

      {overviews.length === 0 ? (
        <EmptyState
          icon={<LayoutDashboard size={28} />}
          title={t('empty.title')}
          body={t('empty.body')}
          testId="dashboard-empty"
        />
      ) : (
        <>
          <table className="table table-clickable" data-testid="dashboard-agreements">
            <thead>
              <tr>
                <th scope="col">{t('columns.agreement')}</th>
                <th scope="col">{t('columns.availability')}</th>
                <th scope="col">{t('columns.budget')}</th>
                <th scope="col">{t('columns.credit')}</th>
                <th scope="col">{t('columns.warnings')}</th>
                <th scope="col">{t('columns.review')}</th>
              </tr>
            </thead>
            <tbody>
              {overviews.map((o) => {
                const m = o.status.measurement;
                const open = () => navigate({ screen: 'deal-monitoring', dealId: o.deal.id });
                const worst =
                  o.status.warnings.find((w) => w.severity === 'critical') ??
                  o.status.warnings.find((w) => w.severity === 'warning') ??
                  o.status.warnings[0];
                return (
                  <tr
                    key={o.agreement.id}
                    tabIndex={0}
                    data-testid="dashboard-agreement"
                    aria-selected={focus?.agreement.id === o.agreement.id}
                    onClick={() => setSelected(o.agreement.id)}
                    onDoubleClick={open}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') open();
                    }}
                  >
                    <td>
                      <a
                        className="cell-strong dash-link"
                        href={routeHash({ screen: 'deal-monitoring', dealId: o.deal.id })}
                        onClick={(e) => e.stopPropagation()}
                      >
                        {o.deal.customer.name}
                      </a>
                      <div className="cell-muted">{o.deal.title}</div>
                    </td>
                    <td data-testid="dashboard-availability">
                      <span className="cell-strong">{format.availability(m.availabilityPercent)}</span>
                      {m.target !== null && <span className="cell-muted"> / {format.percent(m.target)}</span>}
                    </td>
                    <td data-testid="dashboard-budget">
                      {m.budget ? (
                        <span className={m.budget.leftMinutes < 0 ? 'dash-negative' : undefined}>
                          {tm('kpi.budgetLeftShort', {
                            left: format.minutes(Math.max(0, m.budget.leftMinutes)),
                            percent: format.share(m.budget.usedPercent),
                          })}
                        </span>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td data-testid="dashboard-credit">
                      {m.credit.percent > 0 ? (
                        format.money(m.credit.amount)
                      ) : (
                        <span className="cell-muted">{t('noCredit')}</span>
                      )}
                    </td>
                    <td>
                      {worst ? (
                        <Badge
                          tone={
                            worst.severity === 'critical'
                              ? 'danger'
                              : worst.severity === 'warning'
                                ? 'warning'
                                : 'accent'
                          }
                          dot
                        >
                          {t('warningCount', { count: o.status.warnings.length })}
                        </Badge>
                      ) : (
                        <span className="cell-muted">{t('noWarnings')}</span>
                      )}
                    </td>
                    <td className="cell-nowrap">
                      {o.agreement.nextReviewOn ? dates.date(o.agreement.nextReviewOn) : '–'}
                      {o.status.review && o.status.review !== 'ok' && (
                        <>
                          {' '}
                          <Badge tone={o.status.review === 'overdue' ? 'danger' : 'warning'}>
                            {tm(`review.${o.status.review}`)}
                          </Badge>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          {focus && (
            <div className="dash-charts">
              <section className="card dash-card">
                <h2 className="card-title">{t('charts.burnDown', { name: focus.deal.customer.name })}</h2>
                {focus.status.measurement.budget ? (
                  <BurnDownChart measurement={focus.status.measurement} now={now} height={200} />
                ) : (
                  <p className="cell-muted">{tm('kpi.noTarget')}</p>
                )}
              </section>
              <section className="card dash-card">
                <h2 className="card-title">{t('charts.availability', { name: focus.deal.customer.name })}</h2>
                <AvailabilityChart points={history} height={200} />
              </section>
            </div>
          )}
        </>
      )}

      <div className="dash-columns">
        <section aria-labelledby="dash-warnings">
          <h2 className="section-title" id="dash-warnings">
            {t('warningsTitle')}
          </h2>
          {warnings.length === 0 ? (
            <p className="cell-muted">{t('noWarningsAtAll')}</p>
          ) : (
            <ul className="mon-warnings" data-testid="dashboard-warnings">
              {warnings.map(({ o, warning }, index) => (
                <li
                  key={index}
                  className="mon-warning"
                  data-severity={warning.severity}
                  data-testid="dashboard-warning"
                >
                  <a
                    href={routeHash({ screen: 'deal-monitoring', dealId: o.deal.id })}
                    className="cell-strong"
                  >
                    {o.deal.customer.name}
                  </a>
                  <span>{warningText(warning, tm, format, o.agreement.timeZone)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="dash-reviews">
          <h2 className="section-title" id="dash-reviews">
            {t('reviews.title')}
          </h2>
          {reviews.length === 0 ? (
            <p className="cell-muted">{t('reviews.none')}</p>
          ) : (
            <ul className="dash-reviews" data-testid="dashboard-reviews">
              {reviews.map((review) => (
                <li
                  key={review.key}
                  className="dash-review"
                  data-testid="dashboard-review"
                  data-state={review.state}
                >
                  <div>
                    <a href={review.href} className="cell-strong">
                      {review.subject.name}
                    </a>
                    <div className="cell-muted">
                      {review.kindLabel} · {dates.date(review.date)}
                    </div>
                  </div>
                  <Badge tone={review.state === 'overdue' ? 'danger' : 'warning'} dot>
                    {tm(`review.${review.state}`)}
                  </Badge>
                  <Button
                    size="sm"
                    icon={<ClipboardCheck size={14} aria-hidden />}
                    onClick={() => setReviewing(review)}
                    data-testid="dashboard-complete-review"
                  >
                    {tm('review.complete')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {reviewing && (
        <CompleteReviewDialog
          key={reviewing.key}
          subject={reviewing.subject}
          intervalMonths={reviewing.intervalMonths}
          open
          onOpenChange={(open) => !open && setReviewing(null)}
        />
      )}
    </div>
  );
}
