import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, SlaDocument, Template, Term } from '../../../shared/model';
import { referencedTermIds } from '../../../shared/model';
import { setTermValue } from '../../../shared/model/operations';
import { templateTerms } from './clauseStatus';
import { setTermUnit } from './termEdits';
import { TermField } from './TermField';
import { useWorkspaceStore } from './useWorkspaceStore';

export interface TermPanelProps {
  doc: SlaDocument;
  numbers: readonly string[];
  template: Template | undefined;
  uiLanguage: Language;
  update(edit: (doc: SlaDocument) => SlaDocument): void;
}

interface TermGroup {
  key: string;
  title: string;
  terms: Term[];
}

/** Terms grouped by the clause that first shows them, in document order; unused ones last. */
function groupTerms(doc: SlaDocument, numbers: readonly string[], unusedTitle: string): TermGroup[] {
  const byId = new Map(doc.terms.map((term) => [term.id, term]));
  const seen = new Set<string>();
  const groups: TermGroup[] = [];
  doc.clauses.forEach((clause, index) => {
    const terms = referencedTermIds([clause]).flatMap((id) => {
      const term = byId.get(id);
      if (!term || seen.has(id)) return [];
      seen.add(id);
      return [term];
    });
    if (terms.length > 0)
      groups.push({ key: clause.id, title: `${numbers[index] ?? ''} ${clause.heading}`.trim(), terms });
  });
  const unused = doc.terms.filter((term) => !seen.has(term.id));
  if (unused.length > 0) groups.push({ key: '__unused', title: unusedTitle, terms: unused });
  return groups;
}

export function TermPanel({ doc, numbers, template, uiLanguage, update }: TermPanelProps) {
  const { t } = useTranslation('workspace');
  const selectedTermId = useWorkspaceStore((state) => state.selectedTermId);
  const focusRequest = useWorkspaceStore((state) => state.termFocusRequest);
  const groups = useMemo(() => groupTerms(doc, numbers, t('terms.unused')), [doc, numbers, t]);
  const originals = useMemo(() => templateTerms(template), [template]);

  if (groups.length === 0) return <p className="ws-empty">{t('terms.none')}</p>;

  return (
    <div className="ws-terms" data-testid="term-panel">
      {groups.map((group) => (
        <section key={group.key} className="ws-term-group">
          <h3 className="ws-term-group-title">{group.title}</h3>
          {group.terms.map((term) => (
            <TermField
              key={term.id}
              term={term}
              original={originals.get(term.id)}
              uiLanguage={uiLanguage}
              docLanguage={doc.language}
              selected={selectedTermId === term.id}
              focusRequest={selectedTermId === term.id ? focusRequest : 0}
              onFocus={() => useWorkspaceStore.setState({ selectedTermId: term.id })}
              onValue={(value) => {
                const result = setTermValue(doc, term.id, value);
                if (!result.ok) return result.message;
                update((current) => {
                  const next = setTermValue(current, term.id, value);
                  return next.ok ? next.document : current;
                });
                return null;
              }}
              onUnit={(patch) => {
                const result = setTermUnit(doc, term.id, patch);
                if (!result.ok) return result.message;
                update((current) => {
                  const next = setTermUnit(current, term.id, patch);
                  return next.ok ? next.document : current;
                });
                return null;
              }}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
