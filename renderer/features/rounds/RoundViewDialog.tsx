import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Lock } from 'lucide-react';
import type { Round } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { DocumentPreview } from '../templates/DocumentPreview';
import { acceptedView } from '../../../shared/docx/read/viewWithTerms';

/** A frozen round, read only: the clauses as they were sent or received, term values in the document's language. */
export function RoundViewDialog({ round, onClose }: { round: Round | null; onClose(): void }) {
  const { t } = useTranslation('rounds');
  const format = useLocaleFormat();
  // A received round is shown as accepted until the page shows their changes (issue 8).
  const shown = useMemo(() => (round ? acceptedView(round.document) : null), [round]);
  return (
    <Dialog
      open={round !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={
        round
          ? t('view.title', { number: round.number, side: t(round.side === 'us' ? 'side.us' : 'side.them') })
          : ''
      }
      width={820}
      testId="round-view"
    >
      {round && (
        <>
          <p className="rounds-view-meta">
            <Lock size={13} aria-hidden />
            <span>{t('view.readOnly')}</span>
            <span aria-hidden>·</span>
            <span>
              {t('view.meta', {
                author: round.author || t('tab.noAuthor'),
                date: format.dateTime(round.createdAt),
              })}
            </span>
            <code title={round.hash}>{round.hash.slice(0, 8)}</code>
          </p>
          {round.note && <p className="rounds-view-note">{round.note}</p>}
          <div className="rounds-view-doc">
            <DocumentPreview
              clauses={shown?.clauses ?? []}
              terms={shown?.terms ?? []}
              language={round.document.language}
            />
          </div>
        </>
      )}
    </Dialog>
  );
}
