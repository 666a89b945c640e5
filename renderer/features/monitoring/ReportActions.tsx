import { describeError } from '../../errors/describeError';
import { useTranslation } from 'react-i18next';
import { ChevronDown, FileDown } from 'lucide-react';
import { exportOpenSlo } from '../../../shared/monitoring/openSlo';
import { buildMonthlyReport } from '../../../shared/monitoring/monthlyReport';
import { monthlyReportDocx } from '../../../shared/monitoring/reportDocx';
import { reportLines } from '../../../shared/monitoring/reportLines';
import { measuredIncidents } from '../../../shared/monitoring/agreementStatus';
import { Button } from '../../components/Button';
import { Menu } from '../../components/Menu';
import { showToast } from '../../components/useToastStore';
import { getPlatform } from '../../platform/platform';
import { usePrint } from '../word/PrintPortal';
import { ReportPrint } from './ReportPrint';
import type { SignedAgreement } from './useSignedAgreement';

function fileStem(customer: string): string {
  return (
    customer
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'SLA'
  );
}

/** The monthly report (Word, PDF) and the OpenSLO hand-over, for the month on screen. */
export function ReportActions({
  signed,
  month,
  now,
}: {
  signed: SignedAgreement;
  month: string;
  now: number;
}) {
  const { t } = useTranslation('monitoring');
  const { print, portal } = usePrint();
  const { deal, agreement, terms, round } = signed;
  const stem = `${fileStem(deal.customer.name)}-SLA-${month}`;

  const report = () =>
    buildMonthlyReport({
      terms,
      incidents: measuredIncidents(signed.incidents),
      month,
      timeZone: agreement.timeZone,
      parties: {
        provider: round.document.parties.provider,
        customer: round.document.parties.customer || deal.customer.name,
      },
      now,
      thresholds: agreement.warningThresholds,
      firstMonth: agreement.termStart.slice(0, 7),
    });

  const run = async (action: () => Promise<{ saved: boolean }>, done: string) => {
    try {
      const result = await action();
      if (result.saved) showToast({ message: done });
    } catch (error) {
      showToast({
        message: t('report.failed', { message: describeError(error) }),
        tone: 'error',
      });
    }
  };

  const word = () =>
    run(
      async () =>
        getPlatform().saveFile({
          bytes: await monthlyReportDocx(report()),
          suggestedName: `${stem}-report.docx`,
          filters: [{ name: 'Word', extensions: ['docx'] }],
        }),
      t('report.savedWord'),
    );
  const pdf = () => {
    const built = report();
    return run(
      () => print(<ReportPrint lines={reportLines(built)} language={terms.language} />, `${stem}-report.pdf`),
      t('report.savedPdf'),
    );
  };
  const openSlo = () =>
    run(
      async () =>
        getPlatform().saveFile({
          bytes: new TextEncoder().encode(
            exportOpenSlo({
              terms,
              serviceName: deal.customer.name,
              description: t('report.openSloDescription', {
                title: deal.title,
                date: agreement.signedOn,
                round: agreement.roundNumber,
              }),
              timeZone: agreement.timeZone,
              termStart: agreement.termStart,
            }),
          ),
          suggestedName: `${fileStem(deal.customer.name)}-openslo.yaml`,
          filters: [{ name: 'YAML', extensions: ['yaml', 'yml'] }],
        }),
      t('report.savedOpenSlo'),
    );

  return (
    <>
      <Menu
        trigger={
          <Button icon={<FileDown size={15} aria-hidden />} data-testid="report-menu">
            {t('report.button')}
            <ChevronDown size={14} aria-hidden />
          </Button>
        }
        items={[
          { label: t('report.word'), onSelect: () => void word() },
          { label: t('report.pdf'), onSelect: () => void pdf() },
          null,
          { label: t('report.openSlo'), onSelect: () => void openSlo() },
        ]}
      />
      {portal}
    </>
  );
}
