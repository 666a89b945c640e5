import { useTranslation } from 'react-i18next';
import type { BackupProgressEvent } from '../../db/backup';

/** What a long backup step is doing, and how far it got (the work runs in a worker). */
export function BackupProgress({
  busy,
  progress,
}: {
  busy: 'backup' | 'restore' | 'verify' | 'copy';
  progress: BackupProgressEvent | null;
}) {
  const { t } = useTranslation('backup');
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;
  const label = progress ? t(`progress.${progress.phase}`) : t(`progress.${busy}`);
  const percent = fraction === null ? undefined : Math.round(fraction * 100);
  return (
    <div className="data-progress" data-testid="backup-progress">
      <span className="field-hint">
        {label}
        {percent !== undefined && ` ${percent} %`}
      </span>
      <div
        className="data-progress-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="data-progress-fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}
