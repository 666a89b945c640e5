import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  keyFingerprint,
  type PackFile,
  type PackPlanError,
  type PackReadError,
} from '../../../shared/templates/pack';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { showToast } from '../../components/useToastStore';
import { PackImportError, type PackImportPreview } from '../../db/repositories';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { useRepositories } from '../../src/RepositoriesContext';
import { pickPackFile } from './packFiles';
import { checklistChangeLines } from './TemplateVersions';
import './templateEditor.css';

type PackRefusal = PackReadError | PackPlanError | { code: 'bad-signature' };

export type PackImportState =
  { kind: 'refused'; error: PackRefusal } | { kind: 'preview'; pack: PackFile; plan: PackImportPreview };

/**
 * Import pack…: picks and checks the file; a refused one is named with nothing changed, a valid
 * one shows per template what it adds before the user confirms.
 */
export function usePackImport() {
  const { templatePacks } = useRepositories();
  const [state, setState] = useState<PackImportState | null>(null);
  async function start() {
    const read = await pickPackFile();
    if (!read) return;
    if (!read.ok) {
      setState({ kind: 'refused', error: read.error });
      return;
    }
    try {
      setState({ kind: 'preview', pack: read.pack, plan: await templatePacks.previewImport(read.pack) });
    } catch (error) {
      if (error instanceof PackImportError) setState({ kind: 'refused', error: error.error });
      else throw error;
    }
  }
  return { state, start, close: () => setState(null) };
}

export function PackImportDialog({ state, onClose }: { state: PackImportState; onClose(): void }) {
  const { t } = useTranslation(['templateEditor', 'common']);
  const format = useLocaleFormat();
  const { templatePacks } = useRepositories();
  const [refusal, setRefusal] = useState<PackRefusal | null>(null);
  const onOpenChange = (open: boolean) => {
    if (!open) onClose();
  };

  if (state.kind === 'refused' || refusal) {
    const error = refusal ?? (state.kind === 'refused' ? state.error : null);
    return (
      <Dialog
        open
        onOpenChange={onOpenChange}
        title={t('pack.refusedTitle')}
        testId="pack-import-refused"
        footer={<Button onClick={onClose}>{t('common:actions.close')}</Button>}
      >
        <p role="alert">{error ? t(`pack.errors.${error.code}`, { ...error }) : ''}</p>
        <p className="section-hint">{t('pack.unchanged')}</p>
      </Dialog>
    );
  }

  const { pack, plan } = state;
  const languageOf = (templateId: string) =>
    pack.content.templates.find((template) => template.id === templateId)?.language ?? 'en';
  async function confirm() {
    try {
      await templatePacks.importPack(pack);
      onClose();
      showToast({ message: t('pack.imported') });
    } catch (error) {
      if (error instanceof PackImportError) setRefusal(error.error);
      else throw error;
    }
  }

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title={t('pack.importTitle')}
      description={t('pack.importFrom', {
        author: pack.author || t('pack.unknownAuthor'),
        date: format.dateTime(pack.createdAt),
      })}
      testId="pack-import-preview"
      width={620}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          {!plan.upToDate && (
            <Button variant="primary" onClick={() => void confirm()} data-testid="pack-import-confirm">
              {t('pack.confirm')}
            </Button>
          )}
        </>
      }
    >
      {plan.upToDate && <p data-testid="pack-up-to-date">{t('pack.upToDate')}</p>}
      <ul className="te-pack-plan" data-testid="pack-plan">
        {plan.templates.map((entry) => (
          <li key={entry.templateId}>
            <strong>{entry.name}</strong>
            {entry.isNew && <> · {t('pack.newTemplate')}</>} ·{' '}
            {entry.newVersions.length === 0
              ? t('pack.noNewVersions')
              : t('pack.newVersions', {
                  versions: entry.newVersions.map((version) => t('pack.versionMapping', version)).join(', '),
                })}
            {entry.playbook !== 'unchanged' && (
              <> · {entry.playbook === 'added' ? t('pack.playbookAdded') : t('pack.playbookReplaced')}</>
            )}
            {entry.retired && entry.newVersions.length > 0 && <> · {t('pack.staysRetired')}</>}
            {entry.newVersions.length > 0 && !entry.isNew && (
              <ul>
                {(
                  [
                    ['clausesAdded', entry.changes.clausesAdded],
                    ['clausesRemoved', entry.changes.clausesRemoved],
                    ['clausesChanged', entry.changes.clausesChanged],
                    ['termsChanged', entry.changes.termsChanged],
                  ] as const
                )
                  .filter(([, list]) => list.length > 0)
                  .map(([key, list]) => (
                    <li key={key}>{t(`pack.${key}`, { list: list.join(', ') })}</li>
                  ))}
                {checklistChangeLines(entry.changes, languageOf(entry.templateId), t).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className="section-hint" data-testid="pack-signature">
        {t('pack.hash')}: <span className="te-hash">{pack.contentHash}</span>
        <br />
        {plan.signer ? (
          <>
            {t('pack.signedBy')}: <span className="te-fingerprint">{keyFingerprint(plan.signer.keyId)}</span>
            <br />
            <span data-testid="pack-signer" data-seen={plan.signer.seen}>
              {t(`pack.signer.${plan.signer.seen}`)}
            </span>
          </>
        ) : (
          t('pack.unsigned')
        )}
      </p>
    </Dialog>
  );
}
