import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import { Button } from '../../components/Button';
import type { AutosaveResult } from '../../db';
import { describeError } from '../../errors/describeError';
import './safety.css';

/**
 * A save that failed, said in full and calmly (issue 9: storage full, calmly): what is wrong, that
 * the edits are kept in this window, and that saving is tried again by itself; "Save now" tries at once.
 */
export function SaveProblemBanner({ autosave }: { autosave: AutosaveResult }) {
  const { t } = useTranslation('errors');
  if (autosave.status !== 'error' || autosave.error === undefined) return null;
  return (
    <div className="app-banner app-banner-danger" role="alert" data-testid="save-problem">
      <AlertTriangle size={16} aria-hidden />
      <span>{describeError(autosave.error)}</span>
      <Button
        size="sm"
        onClick={() => {
          autosave.flush().catch(() => {
            // Still failing: the banner stays and the retries go on.
          });
        }}
        data-testid="save-now"
      >
        {t('safety.saveNow')}
      </Button>
    </div>
  );
}
