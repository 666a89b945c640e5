import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleAlert, CircleCheck } from 'lucide-react';
import type { ClauseKind, Language } from '../../../shared/model';
import type { OutlineItem } from './outlineItems';
import { useGuardrails } from '../guardrails/GuardrailsContext';
import { useWorkspaceStore } from './useWorkspaceStore';

export interface ChecksTabProps {
  /** From `missingEssentials(doc, checklist)`, the checklist of the deal's template version. */
  missing: readonly ClauseKind[];
  outline: readonly OutlineItem[];
  uiLanguage: Language;
}

/**
 * The legal checklist of the deal's template version, live: which essential clauses the draft has,
 * and which it still lacks.
 */
export const ChecksTab = memo(function ChecksTab({ missing, outline, uiLanguage }: ChecksTabProps) {
  const { t } = useTranslation('workspace');
  const selectClause = useWorkspaceStore((state) => state.selectClause);
  const { checklist } = useGuardrails();
  return (
    <section className="ws-checks" data-testid="legal-checklist">
      <h3 className="ws-term-group-title">{t('checks.legalTitle')}</h3>
      <p className="ws-checks-summary">
        {missing.length === 0 ? t('checks.allPresent') : t('checks.missing', { count: missing.length })}
      </p>
      <ul className="ws-check-list">
        {checklist.map((essential) => {
          const absent = missing.includes(essential.kind);
          const clause = outline.find((item) => item.kind === essential.kind);
          return (
            <li key={essential.kind} className="ws-check" data-missing={absent || undefined}>
              {absent ? (
                <CircleAlert size={15} aria-hidden className="ws-check-icon" />
              ) : (
                <CircleCheck size={15} aria-hidden className="ws-check-icon" />
              )}
              {clause && !absent ? (
                <button
                  type="button"
                  className="ws-check-link"
                  onClick={() => selectClause(clause.id, { scroll: true })}
                >
                  {essential.labels[uiLanguage]}
                </button>
              ) : (
                <span>{essential.labels[uiLanguage]}</span>
              )}
              <span className="visually-hidden">{absent ? t('checks.absent') : t('checks.present')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
