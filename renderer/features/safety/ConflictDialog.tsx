import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildChangeTree, describeChange } from '../../../shared/redline';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import type { DraftConflict } from '../workspace/useWorkingDocument';
import './safety.css';

/** At most this many differences are listed; the count says how many there are. */
const SHOWN = 30;

/**
 * Both versions of a draft that was saved elsewhere while this window had unsaved edits (issue 9: a
 * visible conflict, never a silent overwrite): what differs between the stored version and this
 * window's, and the choice between them. Nothing is written until the user chose.
 */
export function ConflictDialog({
  conflict,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: DraftConflict;
  onKeepMine(): void;
  onTakeTheirs(): void;
}) {
  const { t, i18n } = useTranslation('errors');
  const format = useLocaleFormat();
  const language = i18n.language === 'de' ? 'de' : 'en';
  const changes = useMemo(
    () => buildChangeTree(conflict.theirs.document, conflict.mine).changes,
    [conflict.theirs.document, conflict.mine],
  );
  return (
    <Dialog
      open
      onOpenChange={() => {
        // A choice is needed; closing would leave the edits unsaved without saying so.
      }}
      title={t('safety.conflict.title')}
      description={t('safety.conflict.description', { date: format.dateTime(conflict.theirs.updatedAt) })}
      width={620}
      testId="conflict-dialog"
      footer={
        <>
          <Button onClick={onTakeTheirs} data-testid="conflict-take-theirs">
            {t('safety.conflict.takeTheirs')}
          </Button>
          <Button variant="primary" onClick={onKeepMine} data-testid="conflict-keep-mine">
            {t('safety.conflict.keepMine')}
          </Button>
        </>
      }
    >
      <p className="safety-lead">{t('safety.conflict.differences', { count: changes.length })}</p>
      <ol className="safety-changes" data-testid="conflict-changes">
        {changes.slice(0, SHOWN).map((change) => (
          <li key={change.id}>
            {change.heading && <span className="safety-change-clause">{change.heading}</span>}
            <span className="safety-change-side">
              <span className="safety-change-label">{t('safety.conflict.theirs')}</span>
              <del>{change.before || '–'}</del>
            </span>
            <span className="safety-change-side">
              <span className="safety-change-label">{t('safety.conflict.mine')}</span>
              <ins>{change.after || '–'}</ins>
            </span>
            <span className="safety-muted">{describeChange(change, language)}</span>
          </li>
        ))}
      </ol>
      {changes.length > SHOWN && (
        <p className="safety-muted">{t('safety.conflict.more', { count: changes.length - SHOWN })}</p>
      )}
    </Dialog>
  );
}
