import { describeError } from '../../errors/describeError';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Download, Upload } from 'lucide-react';
import type { Language, Term } from '../../../shared/model';
import { suggestedOwner } from '../../../shared/playbook/ownerRoles';
import { effectivePlaybook, type PlaybookEntry, type PlaybookScope } from '../../../shared/playbook/playbook';
import { PlaybookError } from '../../../shared/playbook/PlaybookError';
import { playbookProblemText } from '../../../shared/playbook/playbookProblems';
import { termAsPlaybookValue } from '../../../shared/playbook/measure';
import { Button } from '../../components/Button';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { useUiLanguage } from '../guardrails/useUiLanguage';
import { exportPlaybookFile, pickPlaybookFile } from './playbookFiles';
import { PlaybookRow } from './PlaybookRow';
import './playbook.css';

const BANDED_KINDS = new Set<Term['kind']>(['percent', 'duration', 'money', 'count']);

export interface PlaybookEditorProps {
  scope: PlaybookScope;
  /** The template id or the deal id. */
  ownerId: string;
  /** For file names: the template's or the deal's name. */
  ownerName: string;
  /** The terms the playbook may hold, in the order shown (duplicates are shown once). */
  terms: readonly Term[];
  docLanguage: Language;
  readOnly?: boolean;
}

/**
 * The playbook table (issue 10): per template (the team lead's) or per deal (overrides of the
 * template's entries), with import and export of playbook files. Every edit is one write.
 */
export function PlaybookEditor({
  scope,
  ownerId,
  ownerName,
  terms,
  docLanguage,
  readOnly = false,
}: PlaybookEditorProps) {
  const { t } = useTranslation('playbook');
  const uiLanguage = useUiLanguage();
  const { playbooks } = useRepositories();
  const stored = useLiveQuery(async () => {
    if (scope === 'template')
      return { own: await playbooks.entries('template', ownerId), inherited: [] as PlaybookEntry[] };
    const deal = await playbooks.forDeal(ownerId);
    return { own: deal.overrides, inherited: deal.template };
  }, [playbooks, scope, ownerId]);
  const [refused, setRefused] = useState<string[]>([]);
  if (!stored) return null;

  const seen = new Set<string>();
  const rows = terms.filter((term) => {
    if (seen.has(term.id) || term.favours === 'neither' || !BANDED_KINDS.has(term.kind)) return false;
    seen.add(term.id);
    return true;
  });
  const own = new Map(stored.own.map((entry) => [entry.termId, entry]));
  const inherited = new Map(stored.inherited.map((entry) => [entry.termId, entry]));
  const label = (termId: string) => terms.find((term) => term.id === termId)?.label ?? termId;

  const save = async (entry: PlaybookEntry) => {
    try {
      await playbooks.setEntry(scope, ownerId, entry);
      return null;
    } catch (error) {
      if (error instanceof PlaybookError) return error.problems;
      showToast({ message: describeError(error), tone: 'error' });
      return [];
    }
  };

  const add = (term: Term) => {
    const template = inherited.get(term.id);
    const value = termAsPlaybookValue(term);
    if (typeof value === 'string') return;
    void save(
      template ?? {
        termId: term.id,
        target: value,
        fallback: value,
        walkAway: value,
        owner: suggestedOwner(term.id),
        note: '',
      },
    );
  };

  const remove = async (term: Term) => {
    const entry = own.get(term.id);
    if (!entry) return;
    try {
      await playbooks.removeEntry(scope, ownerId, term.id);
      showToast({
        message: t('removed', { term: term.label }),
        action: { label: t('undo'), run: () => void save(entry) },
      });
    } catch (error) {
      showToast({ message: describeError(error), tone: 'error' });
    }
  };

  const importFile = async () => {
    setRefused([]);
    try {
      const catalogue =
        scope === 'template'
          ? await playbooks.templateCatalogue(ownerId)
          : (await playbooks.forDeal(ownerId)).catalogue;
      const choice = await pickPlaybookFile(catalogue);
      if (choice.kind === 'cancelled') return;
      if (choice.kind === 'refused') {
        setRefused(choice.problems.map((problem) => playbookProblemText(problem, uiLanguage, label)));
        return;
      }
      await playbooks.importEntries(scope, ownerId, choice.entries);
      const skipped = choice.skipped.map((problem) => ('termId' in problem ? problem.termId : problem.code));
      showToast({
        message: [
          t('imported', { count: choice.entries.length }),
          skipped.length > 0 ? t('skipped', { list: skipped.join(', ') }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    } catch (error) {
      if (error instanceof PlaybookError)
        setRefused(error.problems.map((problem) => playbookProblemText(problem, uiLanguage, label)));
      else showToast({ message: describeError(error), tone: 'error' });
    }
  };

  const exportFile = async () => {
    // A deal exports what it negotiates under: the template's limits with its overrides.
    const entries =
      scope === 'template' ? stored.own : [...effectivePlaybook(stored.inherited, stored.own).values()];
    try {
      const name = await exportPlaybookFile(entries, ownerName);
      if (name) showToast({ message: t('exported', { name }) });
    } catch (error) {
      showToast({ message: describeError(error), tone: 'error' });
    }
  };

  return (
    <div className="pb-editor" data-testid={`playbook-editor-${scope}`}>
      <div className="pb-toolbar">
        <p className="section-hint">{scope === 'template' ? t('templateIntro') : t('dealIntro')}</p>
        <div className="pb-toolbar-actions">
          {!readOnly && (
            <Button
              size="sm"
              icon={<Upload size={14} aria-hidden />}
              onClick={() => void importFile()}
              data-testid="playbook-import"
            >
              {t('import')}
            </Button>
          )}
          <Button
            size="sm"
            icon={<Download size={14} aria-hidden />}
            onClick={() => void exportFile()}
            data-testid="playbook-export"
          >
            {t('export')}
          </Button>
        </div>
      </div>
      {refused.length > 0 && (
        <div className="pb-refused" role="alert" data-testid="playbook-refused">
          <p>{t('refused')}</p>
          <ul>
            {refused.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="pb-rows">
        {rows.map((term) => {
          const mine = own.get(term.id);
          const theirs = inherited.get(term.id);
          return (
            <PlaybookRow
              key={term.id}
              term={term}
              entry={mine ?? theirs}
              mode={mine ? 'own' : theirs ? 'inherited' : 'none'}
              overrides={scope === 'deal' && mine !== undefined && theirs !== undefined}
              uiLanguage={uiLanguage}
              docLanguage={docLanguage}
              readOnly={readOnly}
              onSave={save}
              onAdd={() => add(term)}
              onRemove={() => void remove(term)}
            />
          );
        })}
      </ul>
      <p className="section-hint">{t('notNegotiable')}</p>
    </div>
  );
}
