// @vitest-environment jsdom
import { Profiler } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SlaDocument } from '../../../shared/model';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates';
import { i18n } from '../../i18n/i18n';
import { ClausePage, FIRST_CLAUSES } from './ClausePage';

// The clause editor itself (TipTap, the workspace store) is not what is tested here: which clauses
// the page draws, and when.
vi.mock('./ClauseEditor', () => ({
  ClauseEditor: ({ clause, number }: { clause: { id: string }; number: string }) => (
    <section data-clause-id={clause.id}>{number}</section>
  ),
}));

beforeAll(async () => {
  await i18n.changeLanguage('de');
});
afterEach(cleanup);

const doc: SlaDocument = structuredClone(BUILT_IN_TEMPLATES[0]!.document) as SlaDocument;
const numbers = doc.clauses.map((_, index) => String(index + 1));
const update = () => undefined;

/** How many clauses each commit of the page left on screen, in order. */
function renderCounting(page: SlaDocument) {
  const commits: number[] = [];
  const shown = () => document.querySelectorAll('section[data-clause-id]').length;
  const element = (current: SlaDocument) => (
    <Profiler id="page" onRender={() => commits.push(shown())}>
      <ClausePage doc={current} numbers={numbers} statuses={new Map()} update={update} readOnly={false} />
    </Profiler>
  );
  const view = render(element(page));
  return { commits, rerender: (next: SlaDocument) => view.rerender(element(next)), shown };
}

describe('the page of a deal being opened', () => {
  it('draws the first clauses in the commit that opens it and every clause in the next one', async () => {
    expect(doc.clauses.length).toBeGreaterThan(FIRST_CLAUSES);
    const { commits, shown } = renderCounting(doc);
    await act(async () => undefined);
    expect(commits[0]).toBe(FIRST_CLAUSES);
    expect(commits.at(-1)).toBe(doc.clauses.length);
    expect(shown()).toBe(doc.clauses.length);
    expect(document.querySelector('.ws-doc-title')?.textContent).toBe(doc.title);
  });

  it('draws a clause added later in the same commit as the edit', async () => {
    const { commits, rerender, shown } = renderCounting(doc);
    await act(async () => undefined);
    const added: SlaDocument = {
      ...doc,
      clauses: [...doc.clauses, { ...doc.clauses[0]!, id: 'added-clause' }],
    };
    commits.length = 0;
    act(() => rerender(added));
    expect(commits).toEqual([doc.clauses.length + 1]);
    expect(shown()).toBe(doc.clauses.length + 1);
  });
});
