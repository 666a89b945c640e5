import { describe, expect, it } from 'vitest';
import { sampleTemplate } from '../../renderer/db/testing/sampleTemplate';
import { ESSENTIAL_CLAUSE_KINDS } from '../model/template';
import {
  addTemplateClause,
  addTemplateTerm,
  blankTerm,
  moveTemplateClause,
  removeTemplateClause,
  removeTemplateTerm,
  setTemplateChecklist,
  templateChanges,
  updateTemplateClause,
  updateTemplateTerm,
} from './editTemplate';

const own = () => sampleTemplate({ id: 'own', builtIn: false });

describe('editing an own template', () => {
  it('adds, renames, reorders and removes clauses; a removed clause keeps its terms', () => {
    let template = addTemplateClause(own(), { id: 'new-clause', heading: 'Escalation' }, 1);
    expect(template.document.clauses.map((clause) => clause.id)).toEqual([
      'scope',
      'new-clause',
      'availability',
      'priorities',
      'liability',
    ]);
    template = updateTemplateClause(template, 'new-clause', {
      heading: 'Escalation path',
      kind: 'reporting',
    });
    expect(template.document.clauses[1]).toMatchObject({ heading: 'Escalation path', kind: 'reporting' });
    template = moveTemplateClause(template, 'new-clause', 4);
    expect(template.document.clauses.at(-1)?.id).toBe('new-clause');
    const removed = removeTemplateClause(template, 'availability');
    expect(removed.ok && removed.template.document.clauses.some((c) => c.id === 'availability')).toBe(false);
    expect(removed.ok && removed.template.document.terms.map((term) => term.id)).toContain('availability');
  });

  it('edits a term’s default value and refuses a value its kind does not allow', () => {
    const template = own();
    const term = template.document.terms[0]!;
    const changed = updateTemplateTerm(template, { ...term, value: 99.95 } as typeof term);
    expect(changed.ok && changed.template.document.terms[0]?.value).toBe(99.95);
    const refused = updateTemplateTerm(template, { ...term, value: 120 } as typeof term);
    expect(refused).toMatchObject({ ok: false, error: { code: 'term-invalid', termId: 'availability' } });
    expect(template.document.terms[0]?.value).toBe(99.9);
  });

  it('adds a term with a fresh id only and removes only a term no clause uses', () => {
    const template = own();
    const added = addTemplateTerm(
      template,
      blankTerm('count', { id: 'seats', label: 'Seats', favours: 'higher' }),
    );
    expect(added.ok && added.template.document.terms.at(-1)).toMatchObject({ id: 'seats', value: 1 });
    expect(
      addTemplateTerm(template, blankTerm('count', { id: 'availability', label: 'x', favours: 'higher' })),
    ).toMatchObject({ ok: false, error: { code: 'term-id-taken' } });
    expect(
      addTemplateTerm(template, blankTerm('count', { id: 'Bad Id', label: 'x', favours: 'higher' })),
    ).toMatchObject({ ok: false, error: { code: 'term-id-invalid' } });
    expect(removeTemplateTerm(template, 'availability')).toMatchObject({
      ok: false,
      error: { code: 'term-in-use', headings: ['Availability'] },
    });
    if (!added.ok) throw new Error('not added');
    const removed = removeTemplateTerm(added.template, 'seats');
    expect(removed.ok && removed.template.document.terms.map((term) => term.id)).not.toContain('seats');
  });

  it('names the clauses and terms a version added, removed and changed', () => {
    const before = own();
    let after = addTemplateClause(before, { id: 'extra', heading: 'Extra' });
    after = updateTemplateClause(after, 'scope', { heading: 'Scope of services' });
    const removed = removeTemplateClause(after, 'liability');
    if (!removed.ok) throw new Error('not removed');
    const term = removed.template.document.terms[0]!;
    const changed = updateTemplateTerm(removed.template, { ...term, value: 99.5 } as typeof term);
    if (!changed.ok) throw new Error('not changed');
    expect(templateChanges(before, changed.template)).toEqual({
      clausesAdded: ['Extra'],
      clausesRemoved: ['Liability'],
      clausesChanged: ['Scope of services'],
      termsAdded: [],
      termsRemoved: [],
      termsChanged: ['Availability'],
      checklistAdded: [],
      checklistRemoved: [],
    });
    expect(templateChanges(before, before)).toMatchObject({ clausesChanged: [], termsChanged: [] });
  });

  it('keeps the checklist chosen for the template and names what a version changed in it', () => {
    const before = own();
    const narrowed = setTemplateChecklist(before, ['availability', 'liability', 'exclusions']);
    expect(narrowed.checklist).toEqual(['availability', 'exclusions', 'liability']);
    expect(before.checklist).toBeUndefined();
    const changes = templateChanges(before, narrowed);
    expect(changes.checklistRemoved).toEqual([
      'service-credits',
      'chronic-failure',
      'force-majeure',
      'review-change',
      'data-protection',
    ]);
    expect(changes.checklistAdded).toEqual([]);
    expect(changes.clausesChanged).toEqual([]);
    const widened = setTemplateChecklist(narrowed, [
      'availability',
      'exclusions',
      'liability',
      'force-majeure',
    ]);
    expect(templateChanges(narrowed, widened).checklistAdded).toEqual(['force-majeure']);
    // Every essential chosen again: no list stored, the default.
    const all = setTemplateChecklist(widened, [...(before.checklist ?? []), ...ESSENTIAL_CLAUSE_KINDS]);
    expect('checklist' in all).toBe(false);
  });
});
