import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { describeError } from '../../errors/describeError';
import { getPlatform, PlatformError } from '../../platform/platform';
import type { CustomerPaper } from './readCustomerPaper';

export type { CustomerPaper } from './readCustomerPaper';

/** The same filter as the Word import's; written here so the picker does not load that dialog at start. */
const WORD_FILTERS = [{ name: 'Word', extensions: ['docx'] }];

export function CustomerPaperPicker({
  paper,
  onChange,
}: {
  paper: CustomerPaper | null;
  onChange(paper: CustomerPaper | null): void;
}) {
  const { t } = useTranslation('deals');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function pick() {
    setFailure(null);
    let file;
    try {
      file = await getPlatform().openFile({ filters: WORD_FILTERS });
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      setFailure(describeError(error));
      return;
    }
    if (!file) return;
    setBusy(true);
    try {
      // Loaded on first use: the Word reader is not part of the start-up code (issue 12 §4).
      const reader = await import('./readCustomerPaper');
      try {
        onChange(await reader.readCustomerPaper(file.name, file.bytes));
      } catch (error) {
        // The same sentence every other screen gives for this file, named, and what it means here.
        if (!reader.readingCancelled(error))
          setFailure(t('customerPaper.failed', { name: file.name, reason: describeError(error) }));
        onChange(null);
      }
    } catch (error) {
      // The reader's own chunk could not be loaded.
      setFailure(t('customerPaper.failed', { name: file.name, reason: describeError(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field" data-testid="customer-paper">
      <span className="field-label">{t('customerPaper.label')}</span>
      {paper ? (
        <p className="field-hint" data-testid="customer-paper-summary">
          {t('customerPaper.summary', {
            name: paper.name,
            clauses: t('customerPaper.clauses', { count: paper.document.clauses.length }),
            terms: t('customerPaper.terms', { count: paper.document.terms.length }),
          })}{' '}
          <Button size="sm" onClick={() => onChange(null)}>
            {t('customerPaper.remove')}
          </Button>
        </p>
      ) : (
        <p className="field-hint">
          {t('customerPaper.hint')}{' '}
          <Button onClick={() => void pick()} disabled={busy} data-testid="customer-paper-pick">
            {busy ? t('customerPaper.reading') : t('customerPaper.pick')}
          </Button>
        </p>
      )}
      {failure && (
        <p className="field-error" role="alert" data-testid="customer-paper-error">
          {failure}
        </p>
      )}
    </div>
  );
}
