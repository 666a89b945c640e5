import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaDocument } from '../../../shared/model';
import { asWrittenReference } from '../../../shared/terms/annotateDocument';
import { Button } from '../../components/Button';
import { describeError } from '../../errors/describeError';
import { getPlatform, PlatformError } from '../../platform/platform';
import { DOCX_FILTERS } from '../word/ImportDocxDialog';
import { DocxWorkerError, parseDocxInWorker } from '../word/runDocxWorker';

/** A customer's own SLA, read as written and its terms typed, ready to start a deal from. */
export interface CustomerPaper {
  name: string;
  document: SlaDocument;
}

/**
 * Reads a customer's Word file for "start a deal from the customer's document" (issue 10 §3).
 * Nothing is written here: the deal is created with it in one transaction when the dialog submits.
 */
export async function readCustomerPaper(name: string, bytes: Uint8Array): Promise<CustomerPaper> {
  const { imported } = await parseDocxInWorker(bytes, {
    reference: asWrittenReference(),
    detectSilentEdits: false,
    recogniseTerms: true,
  });
  if (imported.document.clauses.length === 0)
    throw new DocxWorkerError('no-text', 'The Word file has no text.');
  // Their text exactly as written, tracked changes and all; the recogniser (run in the worker, as
  // it is linear but a long file would pause the dialog) only annotates it.
  return { name, document: imported.document };
}

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
      file = await getPlatform().openFile({ filters: DOCX_FILTERS });
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      setFailure(describeError(error));
      return;
    }
    if (!file) return;
    setBusy(true);
    try {
      onChange(await readCustomerPaper(file.name, file.bytes));
    } catch (error) {
      // The same sentence as every other screen gives for this file, named, and what it means here.
      if (!(error instanceof DocxWorkerError && error.code === 'cancelled'))
        setFailure(t('customerPaper.failed', { name: file.name, reason: describeError(error) }));
      onChange(null);
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
