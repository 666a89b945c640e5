import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DatabaseBackup, FolderOpen, ShieldCheck, Upload } from 'lucide-react';
import { BackupImportError, type BackupData } from '../../../shared/backup';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRepositories, type SlaDatabase } from '../../db';
import type { DatabaseVerification } from '../../db/integrity/verifyDatabase';
import { verifyDatabase } from '../../db/integrity/verifyDatabase';
import { checkStorage, type StorageHealth } from '../../db/storageHealth';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { getPlatform, type BackupFileInfo } from '../../platform/platform';
import { backupDatabase } from './backupDatabase';
import {
  BACKUP_FILE_FILTERS,
  backupIsDue,
  describeBackup,
  readBackupFile,
  restoreFromBackup,
  saveBackupNow,
  type BackupOverview,
} from './backupActions';
import './backup.css';

type Busy = 'backup' | 'restore' | 'verify' | null;
type Notice = { tone: 'success' | 'error'; text: string; detail?: string };
type PendingRestore = { data: BackupData; overview: BackupOverview; currentDeals: number };

/** Settings › Your data: where the data lives, backups, restore, verify and storage (DESIGN §6). */
export function DataSection() {
  const { t } = useTranslation('backup');
  const format = useLocaleFormat();
  const { settings, deals } = useRepositories();
  const platform = getPlatform();
  const [db, setDb] = useState<SlaDatabase | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [verification, setVerification] = useState<DatabaseVerification | null>(null);
  const [storage, setStorage] = useState<StorageHealth | undefined | null>(null);
  const [userDataPath, setUserDataPath] = useState<string | null>(null);

  const lastBackupAt = useLiveQuery(() => settings.get('lastBackupAt'), [settings]);
  const dealList = useLiveQuery(() => deals.list(), [deals]);

  useEffect(() => {
    let cancelled = false;
    void backupDatabase().then((opened) => !cancelled && setDb(opened));
    void checkStorage().then((health) => !cancelled && setStorage(health));
    void platform
      .appInfo()
      .then((info) => !cancelled && setUserDataPath(info.userDataPath))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [platform]);

  const run = useCallback(
    async (kind: Exclude<Busy, null>, work: (db: SlaDatabase) => Promise<void>) => {
      if (!db) return;
      setBusy(kind);
      setNotice(null);
      try {
        await work(db);
      } finally {
        setBusy(null);
      }
    },
    [db],
  );

  const backUpNow = () =>
    run('backup', async (database) => {
      try {
        if (await saveBackupNow(database, platform, settings))
          setNotice({ tone: 'success', text: t('backedUp') });
      } catch (error) {
        setNotice({ tone: 'error', text: t('backupFailed', { message: messageOf(error) }) });
      }
    });

  /** Reads and checks the whole file before anything is asked or changed. */
  const prepareRestore = (read: () => Promise<Uint8Array | string | null>) =>
    run('restore', async () => {
      try {
        const content = await read();
        if (content === null) return;
        const data = readBackupFile(content);
        setPending({ data, overview: describeBackup(data), currentDeals: dealList?.length ?? 0 });
      } catch (error) {
        setNotice(refusal(error));
      }
    });

  const restoreFromFile = () =>
    prepareRestore(async () => (await platform.openFile({ filters: BACKUP_FILE_FILTERS }))?.bytes ?? null);

  const confirmRestore = (restore: PendingRestore) =>
    run('restore', async (database) => {
      setPending(null);
      try {
        const summary = await restoreFromBackup(database, platform, restore.data);
        setVerification(null);
        setNotice({
          tone: 'success',
          text: t('restored', {
            deals: summary.deals,
            rounds: summary.rounds,
            templates: restore.overview.templates,
          }),
        });
      } catch (error) {
        setNotice(refusal(error));
      }
    });

  const verify = () =>
    run('verify', async (database) => {
      try {
        setVerification(await verifyDatabase(database));
      } catch (error) {
        setNotice({ tone: 'error', text: messageOf(error) });
      }
    });

  function refusal(error: unknown): Notice {
    if (error instanceof BackupImportError)
      return {
        tone: 'error',
        text: t('restoreRefused'),
        detail: `${t(`errors.${error.code}`)} ${error.message}`,
      };
    return { tone: 'error', text: t('restoreFailed'), detail: messageOf(error) };
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
          <Button size="sm" onClick={() => void backUpNow()} disabled={busy !== null}>
            {t('reminderAction')}
          </Button>
        </div>
      )}

      <div className="data-actions">
        <Button
          variant="primary"
          icon={<DatabaseBackup size={15} aria-hidden />}
          onClick={() => void backUpNow()}
          disabled={!db || busy !== null}
        >
          {t('backUpNow')}
        </Button>
        <Button
          icon={<Upload size={15} aria-hidden />}
          onClick={() => void restoreFromFile()}
          disabled={!db || busy !== null}
        >
          {t('restore')}
        </Button>
        <Button
          icon={<ShieldCheck size={15} aria-hidden />}
          onClick={() => void verify()}
          disabled={!db || busy !== null}
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
                .catch((error: unknown) => setNotice({ tone: 'error', text: messageOf(error) }))
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
        {busy && <p className="field-hint">{t('working')}</p>}
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
          onRestore={(name) => void prepareRestore(() => platform.backups!.read(name))}
          disabled={!db || busy !== null}
        />
      )}

      <StorageUse storage={storage} />

      {pending && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setPending(null)}
          title={t('confirmTitle')}
          description={
            <>
              {t('confirmBody', {
                date: format.dateTime(pending.overview.createdAt),
                deals: pending.overview.deals,
                rounds: pending.overview.rounds,
                templates: pending.overview.templates,
                currentDeals: pending.currentDeals,
              })}{' '}
              {platform.backups ? t('confirmCopyElectron') : t('confirmCopyBrowser')}
            </>
          }
          confirmLabel={t('confirmAction')}
          destructive
          onConfirm={() => void confirmRestore(pending)}
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
              {deal.reason && <span className="data-list-detail">{deal.reason}</span>}
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

function formatBytes(value: number, number: (value: number) => string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let size = value;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${number(Math.round(size * 10) / 10)}\u00a0${units[unit]}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
