import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency, DurationUnit, Language, SlaDocument, Term, TermProblem } from '../../../shared/model';
import { validateTermValue } from '../../../shared/model';
import { setTermValue } from '../../../shared/model/operations';
import { setTermUnit, withUnit } from './termEdits';
import { TermField } from './TermField';
import type { TermGroup } from './termGroups';
import { useWorkspaceStore } from './useWorkspaceStore';

export interface TermPanelProps {
  groups: readonly TermGroup[];
  /** Title of each group's clause (number and heading). */
  groupTitles: ReadonlyMap<string, string>;
  terms: readonly Term[];
  originals: ReadonlyMap<string, Term>;
  uiLanguage: Language;
  docLanguage: Language;
  update(edit: (doc: SlaDocument) => SlaDocument): void;
}

const FIRST_GROUPS = 3;

/** The Terms tab: one typed field per term, grouped by clause. */
export const TermPanel = memo(function TermPanel({
  groups,
  groupTitles,
  terms,
  originals,
  uiLanguage,
  docLanguage,
  update,
}: TermPanelProps) {
  const { t } = useTranslation('workspace');
  const selectedTermId = useWorkspaceStore((state) => state.selectedTermId);
  const focusRequest = useWorkspaceStore((state) => state.termFocusRequest);
  const termsById = useMemo(() => new Map(terms.map((term) => [term.id, term])), [terms]);
  // Opening a deal draws the first groups (what fits the panel) at once and the rest right after,
  // in a render that yields to the first paint (issue 12 §4: opening a deal under 100 ms).
  const shownGroups = useDeferredValue(groups, groups.slice(0, FIRST_GROUPS));

  const onValue = useCallback(
    (term: Term, value: unknown): TermProblem | null => {
      // Checked here so the field can say why at once; applied to the newest document below.
      const checked = validateTermValue(term, value);
      if (!checked.ok) return checked.problem;
      update((current) => {
        const next = setTermValue(current, term.id, value);
        return next.ok ? next.document : current;
      });
      return null;
    },
    [update],
  );
  const onUnit = useCallback(
    (term: Term, patch: { unit?: DurationUnit; currency?: Currency }): TermProblem | null => {
      const next = withUnit(term, patch);
      const checked = validateTermValue(next, next.value);
      if (!checked.ok) return checked.problem;
      update((current) => {
        const result = setTermUnit(current, term.id, patch);
        return result.ok ? result.document : current;
      });
      return null;
    },
    [update],
  );

  if (groups.length === 0) return <p className="ws-empty">{t('terms.none')}</p>;

  return (
    <div className="ws-terms" data-testid="term-panel">
      {shownGroups.map((group) => (
        <section key={group.clauseId ?? '__unused'} className="ws-term-group">
          <h3 className="ws-term-group-title">
            {group.clauseId === null ? t('terms.unused') : groupTitles.get(group.clauseId)}
          </h3>
          {group.termIds.map((termId) => {
            const term = termsById.get(termId);
            if (!term) return null;
            return (
              <TermField
                key={termId}
                term={term}
                original={originals.get(termId)}
                uiLanguage={uiLanguage}
                docLanguage={docLanguage}
                selected={selectedTermId === termId}
                focusRequest={selectedTermId === termId ? focusRequest : 0}
                onValue={onValue}
                onUnit={onUnit}
              />
            );
          })}
        </section>
      ))}
    </div>
  );
});
