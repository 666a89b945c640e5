import { useState } from 'react';
import { AlertDialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { Download } from 'lucide-react';
import { Button } from '../../components/Button';
import type { BackupProgressEvent, RestoreSummary } from '../../db/backup';
import { describeError } from '../../errors/describeError';
import { SafetyCopyError } from '../../errors/SafetyCopyError';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { getPlatform } from '../../platform/platform';
import { saveSafetyCopy, type BackupOverview } from './backupActions';
import { BackupProgress } from './BackupProgress';
import type { BackupWorker } from './backupWorker';

type Step =
  | { kind: 'ask' }
  | { kind: 'copying'; progress: BackupProgressEvent | null }
  /** Browser: the copy was handed over as a download; the user must confirm they have it. */
  | { kind: 'downloaded'; name: string; confirmed: boolean }
  | { kind: 'copy-failed'; message: string }
  | { kind: 'restoring'; progress: BackupProgressEvent | null };

export interface RestoreDialogProps {
  overview: BackupOverview;
  currentDeals: number;
  worker: BackupWorker;
  onCancel(): void;
  onRestored(summary: RestoreSummary): void;
  onFailed(error: unknown): void;
}

/**
 * The confirmation of a restore (issue 9: restore only after the copy exists). The checked backup
 * waits in the worker; nothing is replaced until the copy of the current data is confirmed:
 * - Electron: main writes it to the backups folder and reads it back; only a verified copy counts.
 * - Browser: the copy is downloaded, and only the user can tell that the file arrived, so the
 *   restore stays disabled until they confirm they have it. Declining changes nothing.
 */
export function RestoreDialog({
  overview,
  currentDeals,
  worker,
  onCancel,
  onRestored,
  onFailed,
}: RestoreDialogProps) {
  const { t } = useTranslation('backup');
  const format = useLocaleFormat();
  const platform = getPlatform();
  const electron = platform.backups !== null;
  const [step, setStep] = useState<Step>({ kind: 'ask' });
  const busy = step.kind === 'copying' || step.kind === 'restoring';

  const commit = async () => {
    setStep({ kind: 'restoring', progress: null });
    try {
      onRestored(await worker.commit((progress) => setStep({ kind: 'restoring', progress })));
    } catch (error) {
      onFailed(error);
    }
  };

  const copy = async () => {
    setStep({ kind: 'copying', progress: null });
    try {
      const saved = await saveSafetyCopy(worker, platform, new Date(), (progress) =>
        setStep({ kind: 'copying', progress }),
      );
      if (saved.status === 'verified') await commit();
      else setStep({ kind: 'downloaded', name: saved.name, confirmed: false });
    } catch (error) {
      setStep({ kind: 'copy-failed', message: describeError(error) });
    }
  };

  const confirmAndRestore = () => {
    if (step.kind !== 'downloaded' || !step.confirmed) {
      onFailed(new SafetyCopyError('copy-not-confirmed', 'The user did not confirm the copy.'));
      return;
    }
    void commit();
  };

  return (
    <AlertDialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !busy) onCancel();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog" style={{ width: 480 }} data-testid="restore-dialog">
          <div className="dialog-header">
            <AlertDialog.Title className="dialog-title">{t('confirmTitle')}</AlertDialog.Title>
          </div>
          <AlertDialog.Description className="dialog-description">
            {t('confirmBody', {
              date: format.dateTime(overview.createdAt),
              deals: overview.deals,
              rounds: overview.rounds,
              templates: overview.templates,
              currentDeals,
            })}{' '}
            {overview.newSigners > 0 && t('newSigners', { count: overview.newSigners })}
          </AlertDialog.Description>
          <div className="dialog-body">
            <ol className="restore-steps">
              <li className="restore-step">
                <span>{electron ? t('copyStepElectron') : t('copyStepBrowser')}</span>
                {!electron && step.kind !== 'downloaded' && (
                  <span>
                    <Button
                      size="sm"
                      icon={<Download size={14} aria-hidden />}
                      onClick={() => void copy()}
                      disabled={busy}
                      data-testid="restore-download-copy"
                    >
                      {t('downloadCopy')}
                    </Button>
                  </span>
                )}
                {step.kind === 'downloaded' && (
                  <label className="restore-check">
                    <input
                      type="checkbox"
                      checked={step.confirmed}
                      data-testid="restore-copy-confirmed"
                      onChange={(event) => setStep({ ...step, confirmed: event.target.checked })}
                    />
                    <span>{t('copyConfirm', { name: step.name })}</span>
                  </label>
                )}
                {step.kind === 'copy-failed' && (
                  <span className="data-problem" role="alert" data-testid="restore-copy-failed">
                    {step.message} {t('copyFailedNothingChanged')}
                  </span>
                )}
              </li>
            </ol>
            {step.kind === 'copying' && <BackupProgress busy="copy" progress={step.progress} />}
            {step.kind === 'restoring' && <BackupProgress busy="restore" progress={step.progress} />}
          </div>
          <div className="dialog-footer">
            <AlertDialog.Cancel className="btn btn-secondary" disabled={busy}>
              {t('cancelRestore')}
            </AlertDialog.Cancel>
            {electron ? (
              <Button
                variant="danger"
                onClick={() => void copy()}
                disabled={busy}
                data-testid="restore-confirm"
              >
                {step.kind === 'copy-failed' ? t('tryAgain') : t('confirmAction')}
              </Button>
            ) : (
              <Button
                variant="danger"
                onClick={confirmAndRestore}
                disabled={busy || step.kind !== 'downloaded' || !step.confirmed}
                data-testid="restore-confirm"
              >
                {t('confirmAction')}
              </Button>
            )}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
