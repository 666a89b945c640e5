import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DatabaseBackup, FolderOpen, ShieldCheck, Upload } from 'lucide-react';
import { BackupImportError } from '../../../shared/backup';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useRepositories } from '../../db';
import type { BackupProgressEvent } from '../../db/backup';
import type { DatabaseVerification } from '../../db/integrity/verifyDatabase';
import { checkStorage, type StorageHealth } from '../../db/storageHealth';
import { describeChainProblem, describeError } from '../../errors/describeError';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { getPlatform, type BackupFileInfo, type BackupSource } from '../../platform/platform';
import { backupDatabase } from './backupDatabase';
import {
  BACKUP_FILE_FILTERS,
  backUpNow,
  backupIsDue,
  describeBackup,
  type BackupOverview,
} from './backupActions';
import { BackupProgress } from './BackupProgress';
import { BackupWorker } from './backupWorker';
import { RestoreDialog } from './RestoreDialog';
import './backup.css';

type Busy = 'backup' | 'restore' | 'verify' | null;
type Notice = { tone: 'success' | 'error'; text: string; detail?: string };
type PendingRestore = { overview: BackupOverview; currentDeals: number; name: string };

/** Settings › Your data: where the data lives, backups, restore, verify and storage (DESIGN §6). */
export function DataSection() {
  const { t } = useTranslation('backup');
  const format = useLocaleFormat();
  const { settings, deals } = useRepositories();
  const platform = getPlatform();
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<BackupProgressEvent | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [verification, setVerification] = useState<DatabaseVerification | null>(null);
  const [storage, setStorage] = useState<StorageHealth | undefined | null>(null);
  const [userDataPath, setUserDataPath] = useState<string | null>(null);
  const workerRef = useRef<BackupWorker | null>(null);

  const lastBackupAt = useLiveQuery(() => settings.get('lastBackupAt'), [settings]);
  const dealList = useLiveQuery(() => deals.list(), [deals]);

  useEffect(() => {
    let cancelled = false;
    void checkStorage().then((health) => !cancelled && setStorage(health));
    void platform
      .appInfo()
      .then((info) => !cancelled && setUserDataPath(info.userDataPath))
      .catch(() => undefined);
    return () => {
      cancelled = true;
      workerRef.current?.dispose();
      workerRef.current = null;
    };
  }, [platform]);

  /** The backup worker, started on first use: the page only relays chunks and shows progress. */
  const worker = useCallback(() => {
    workerRef.current ??= new BackupWorker({ openDatabase: backupDatabase });
    return workerRef.current;
  }, []);

  const run = useCallback(async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
    setBusy(kind);
    setNotice(null);
    setProgress(null);
    try {
      await work();
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }, []);

  const backUp = () =>
    run('backup', async () => {
      try {
        const saved = await backUpNow(worker(), platform, settings, new Date(), setProgress);
        if (saved.status === 'verified')
          setNotice({ tone: 'success', text: t('backedUp'), detail: saved.path });
        else if (saved.status === 'download-started')
          setNotice({ tone: 'success', text: t('downloadStarted', { name: saved.name }) });
      } catch (error) {
        setNotice({ tone: 'error', text: t('backupFailed'), detail: describeError(error) });
      }
    });

  /** Reads and checks the whole file in the worker before anything is asked or changed. */
  const prepareRestore = (open: () => Promise<BackupSource | null>) =>
    run('restore', async () => {
      let source: BackupSource | null = null;
      try {
        source = await open();
        if (!source) return;
        const overview = await worker().stage(source, setProgress);
        setPending({
          overview: describeBackup(overview),
          currentDeals: dealList?.length ?? 0,
          name: source.name,
        });
      } catch (error) {
        setNotice(refusal(error));
      } finally {
        await source?.close().catch(() => undefined);
      }
    });

  const restoreFromFile = () => prepareRestore(() => platform.openBackup({ filters: BACKUP_FILE_FILTERS }));

  const cancelRestore = () => {
    setPending(null);
    void worker()
      .discard()
      .catch(() => undefined);
  };

  const verify = () =>
    run('verify', async () => {
      try {
        setVerification(await worker().verify());
      } catch (error) {
        setNotice({ tone: 'error', text: describeError(error) });
      }
    });

  function refusal(error: unknown): Notice {
    return {
      tone: 'error',
      text: error instanceof BackupImportError ? t('restoreRefused') : t('restoreFailed'),
      detail: describeError(error),
    };
  }

  const oldestDeal = dealList?.map((deal) => deal.createdAt).sort()[0];
  const reminderDue =
    platform.kind === 'browser' && lastBackupAt !== undefined && backupIsDue(lastBackupAt, oldestDeal);

  return (
    <section className="card data-section" aria-labelledby="settings-data" data-testid="data-section">
      <h2 className="card-title" id="settings-data">
        {t('title')}
      </h2>
      <p className="data-where">{platform.backups ? t('whereElectron') : t('whereBrowser')}</p>
      {userDataPath && (
        <p className="data-where">
          {t('dataFolder')}: <code className="path">{userDataPath}</code>
        </p>
      )}

      {reminderDue && (
        <div className="data-banner data-banner-warning" role="status" data-testid="backup-reminder">
          <span>{lastBackupAt === '' ? t('reminderNever') : t('reminder')}</span>
          <Button size="sm" onClick={() => void backUp()} disabled={busy !== null}>
            {t('reminderAction')}
          </Button>
        </div>
      )}

      <div className="data-actions">
        <Button
          variant="primary"
          icon={<DatabaseBackup size={15} aria-hidden />}
          onClick={() => void backUp()}
          disabled={busy !== null}
        >
          {t('backUpNow')}
        </Button>
        <Button
          icon={<Upload size={15} aria-hidden />}
          data-testid="restore-from-file"
          onClick={() => void restoreFromFile()}
          disabled={busy !== null}
        >
          {t('restore')}
        </Button>
        <Button
          icon={<ShieldCheck size={15} aria-hidden />}
          onClick={() => void verify()}
          disabled={busy !== null}
        >
          {t('verify')}
        </Button>
        {platform.backups && (
          <Button
            variant="ghost"
            icon={<FolderOpen size={15} aria-hidden />}
            onClick={() =>
              void platform.backups
                ?.openFolder()
                .catch((error: unknown) => setNotice({ tone: 'error', text: describeError(error) }))
            }
          >
            {t('openFolder')}
          </Button>
        )}
      </div>

      <p className="field-hint" data-testid="last-backup">
        {lastBackupAt ? t('lastBackup', { date: format.dateTime(lastBackupAt) }) : t('lastBackupNever')}
      </p>

      <div aria-live="polite">
        {busy && <BackupProgress busy={busy} progress={progress} />}
        {notice && (
          <div
            className={`data-banner ${notice.tone === 'error' ? 'data-banner-danger' : 'data-banner-success'}`}
            role={notice.tone === 'error' ? 'alert' : 'status'}
            data-testid="data-notice"
          >
            <span>{notice.text}</span>
            {notice.detail && <span className="data-banner-detail">{notice.detail}</span>}
          </div>
        )}
      </div>

      {verification && <VerificationResult verification={verification} />}

      {platform.backups && (
        <AutomaticBackupList
          refreshKey={notice}
          onRestore={(name) => void prepareRestore(() => platform.backups!.openStream(name))}
          disabled={busy !== null}
        />
      )}

      <StorageUse storage={storage} />

      {pending && (
        <RestoreDialog
          overview={pending.overview}
          currentDeals={pending.currentDeals}
          worker={worker()}
          onCancel={cancelRestore}
          onRestored={(summary) => {
            setPending(null);
            setVerification(null);
            setNotice({
              tone: 'success',
              text: t('restored', {
                deals: summary.deals,
                rounds: summary.rounds,
                templates: pending.overview.templates,
              }),
            });
          }}
          onFailed={(error) => {
            setPending(null);
            void worker()
              .discard()
              .catch(() => undefined);
            setNotice(refusal(error));
          }}
        />
      )}
    </section>
  );
}

function VerificationResult({ verification }: { verification: DatabaseVerification }) {
  const { t } = useTranslation('backup');
  const { deals, orphanRounds } = verification;
  return (
    <div className="data-verify" data-testid="verify-result">
      <p role="status" className={verification.ok ? 'data-ok' : 'data-problem'}>
        {deals.length === 0
          ? t('verifyNoDeals')
          : verification.ok
            ? t('verifyIntact', { count: deals.length })
            : t('verifyProblems')}
      </p>
      {deals.length > 0 && (
        <ul className="data-list">
          {deals.map((deal) => (
            <li key={deal.dealId} data-testid="verify-deal" data-ok={deal.ok}>
              <span className="data-list-name">{deal.title}</span>
              {deal.ok ? (
                <Badge tone="success" dot>
                  {t('dealIntact')}
                </Badge>
              ) : (
                <Badge tone="danger" dot>
                  {deal.brokenAt !== undefined
                    ? t('dealAltered', { round: deal.brokenAt })
                    : t('dealDamaged')}
                </Badge>
              )}
              {deal.problem && (
                <span className="data-list-detail" data-testid="verify-problem">
                  {describeChainProblem(deal.problem)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {orphanRounds.length > 0 && (
        <p className="data-problem">{t('orphanRounds', { count: orphanRounds.length })}</p>
      )}
    </div>
  );
}

function AutomaticBackupList({
  refreshKey,
  onRestore,
  disabled,
}: {
  refreshKey: unknown;
  onRestore(name: string): void;
  disabled: boolean;
}) {
  const { t } = useTranslation('backup');
  const format = useLocaleFormat();
  const [files, setFiles] = useState<BackupFileInfo[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    getPlatform()
      .backups?.list()
      .then((list) => !cancelled && setFiles(list))
      .catch(() => !cancelled && setFiles([]));
    return () => {
      cancelled = true;
    };
  }, [refreshKey]);

  if (files === null) return null;
  return (
    <div className="data-automatic">
      <h3 className="data-subtitle">{t('automaticBackups')}</h3>
      {files.length === 0 ? (
        <p className="field-hint">{t('automaticNone')}</p>
      ) : (
        <ul className="data-list">
          {files.slice(0, 12).map((file) => (
            <li key={file.name}>
              <span className="data-list-name">
                {format.dateTime(file.createdAt)}
                {file.kind === 'before-restore' && ` · ${t('beforeRestore')}`}
              </span>
              <span className="data-list-detail">{formatBytes(file.size, format.number)}</span>
              <Button size="sm" variant="ghost" onClick={() => onRestore(file.name)} disabled={disabled}>
                {t('restoreThis')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function StorageUse({ storage }: { storage: StorageHealth | undefined | null }) {
  const { t } = useTranslation('backup');
  const format = useLocaleFormat();
  if (storage === null) return null;
  if (storage === undefined) return <p className="field-hint">{t('storageUnknown')}</p>;
  const bytes = (value: number) => formatBytes(value, format.number);
  return (
    <div className="data-storage" data-testid="storage-use">
      <h3 className="data-subtitle">{t('storage')}</h3>
      <p className="field-hint">
        {t('storageAmount', { used: bytes(storage.usage), quota: bytes(storage.quota) })}
      </p>
      {storage.level !== 'ok' && (
        <div
          className={`data-banner ${storage.level === 'critical' ? 'data-banner-danger' : 'data-banner-warning'}`}
          role="alert"
          data-testid="storage-warning"
        >
          {t(storage.level === 'critical' ? 'storageCritical' : 'storageLow', { free: bytes(storage.free) })}
        </div>
      )}
    </div>
  );
}

export function formatBytes(value: number, number: (value: number) => string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let size = value;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${number(Math.round(size * 10) / 10)}\u00a0${units[unit]}`;
}
