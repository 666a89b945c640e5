import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationsDue } from '../../../shared/monitoring/agreementStatus';
import { getPlatform } from '../../platform/platform';
import { useRepositories } from '../../src/RepositoriesContext';
import { useAgreementStatuses } from './useAgreementStatuses';
import { useNow } from './useNow';
import { useUiFormat } from './useUiFormat';
import { warningText } from './warningText';

/**
 * Sends each new warning of an agreement in force once as a system notification (Electron: through
 * main; a browser only where notifications are already allowed). What was sent is remembered on the
 * agreement, so a restart does not repeat it.
 */
export function useMonitoringNotifications(): void {
  const { t } = useTranslation('monitoring');
  const format = useUiFormat();
  const repositories = useRepositories();
  const now = useNow(5 * 60_000);
  const overviews = useAgreementStatuses(now);
  const sending = useRef(false);

  useEffect(() => {
    if (!overviews || sending.current) return;
    const due = notificationsDue(
      overviews.map((overview) => ({
        subject: overview,
        notified: overview.agreement.notified,
        status: overview.status,
      })),
    );
    if (due.length === 0) return;
    sending.current = true;
    void (async () => {
      try {
        for (const { subject: overview, warning, key } of due) {
          await getPlatform()
            .notify({
              title: `${overview.deal.customer.name}: ${t('notify.title')}`,
              body: warningText(warning, t, format, overview.agreement.timeZone),
            })
            .catch(() => false);
          await repositories.agreements.markNotified(overview.agreement.id, [key]);
        }
      } finally {
        sending.current = false;
      }
    })();
  }, [overviews, repositories, t, format]);
}
