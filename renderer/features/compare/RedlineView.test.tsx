// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { buildChangeTree } from '../../../shared/redline';
import { clause, del, ins, para, testDocument, text } from '../../../shared/redline/testDocument';
import type { SlaDocument } from '../../../shared/model';
import { i18n } from '../../i18n/i18n';
import { RedlineView } from './RedlineView';

afterEach(cleanup);

const view = (a: SlaDocument, b: SlaDocument, mode: 'inline' | 'side-by-side') =>
  render(
    <RedlineView
      tree={buildChangeTree(a, b)}
      mode={mode}
      language="en"
      labelA="Round 1"
      labelB="Round 2"
      onSelectChange={() => {}}
    />,
  );

describe('RedlineView', () => {
  it('marks insertions and deletions in words for readers without colour, in the UI language', async () => {
    await i18n.changeLanguage('de');
    const a = testDocument([clause('c1', 'Scope', [para('Support runs on weekdays.')])]);
    const b = testDocument([clause('c1', 'Scope', [para('Support runs on all days.')])]);
    const { container } = view(a, b, 'inline');
    expect(container.querySelector('del')?.textContent).toBe('gelöscht: weekdays');
    expect(container.querySelector('ins')?.textContent).toBe('eingefügt: all days');
    await i18n.changeLanguage('en');
  });

  it('shows each side’s own text side by side: deletions left, insertions right', () => {
    const a = testDocument([clause('c1', 'Scope', [para('Support runs on weekdays.')])]);
    const b = testDocument([clause('c1', 'Scope', [para('Support runs on all days.')])]);
    const { getByTestId } = view(a, b, 'side-by-side');
    expect(getByTestId('sbs-a').textContent).toContain('weekdays');
    expect(getByTestId('sbs-a').textContent).not.toContain('all days');
    expect(getByTestId('sbs-b').textContent).toContain('all days');
    expect(getByTestId('sbs-b').textContent).not.toContain('weekdays');
  });

  it('renders empty documents, one enormous paragraph and unusual Unicode without losing a character', () => {
    const empty = testDocument([]);
    expect(view(empty, empty, 'inline').container.querySelectorAll('section')).toHaveLength(0);
    cleanup();

    const unusual = 'שלום 👩‍👩‍👧 e\u0301 \u200b𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202eRTL\u202c';
    const long = 'lorem ipsum '.repeat(15_000);
    const a = testDocument([clause('c1', 'Huge', [para(long)])]);
    const b = testDocument([clause('c1', 'Huge', [para(`${long}${unusual}`)])]);
    const { container } = view(a, b, 'inline');
    expect(container.querySelector('ins')?.textContent).toBe(`inserted: ${unusual}`);
    expect(container.querySelector('.cmp-para')?.textContent?.length).toBe(
      'inserted: '.length + long.length + unusual.length,
    );
  });

  it('labels a moved clause with both numbers', () => {
    const a = testDocument([
      clause('c1', 'One', [para('First.')]),
      clause('c2', 'Two', [para('Second.')]),
      clause('c3', 'Three', [para('Third.')]),
    ]);
    const b = testDocument([a.clauses[1]!, a.clauses[2]!, a.clauses[0]!]);
    const { container } = view(a, b, 'inline');
    expect(container.textContent).toMatch(/moved from [13] to [13]/);
  });

  it('shows a formatting change, a changed footnote at its reference and their footer', () => {
    const note = (words: string) => ({
      type: 'note' as const,
      note: 'footnote' as const,
      body: [para(words)],
    });
    const a = testDocument([
      clause('c1', 'Scope', [para('Support', note('Measured monthly.'), ' runs on weekdays.')]),
    ]);
    const b: SlaDocument = {
      ...testDocument([
        clause('c1', 'Scope', [
          para('Support', note('Measured weekly.'), ' runs on ', text('weekdays', 'bold'), '.'),
        ]),
      ]),
      pageParts: [
        { kind: 'footer', variant: 'default', section: 0, blocks: [para('Page ', del('1'), ins('2'))] },
      ],
    };
    const { container } = view(a, b, 'inline');
    const shownNote = container.querySelector('.cmp-note');
    expect(shownNote?.querySelector('del')?.textContent).toBe('deleted: monthly');
    expect(shownNote?.querySelector('ins')?.textContent).toBe('inserted: weekly');
    expect(container.querySelector('.cmp-format .cmp-m-bold')?.textContent).toBe('weekdays');
    const footer = container.querySelector('.cmp-part');
    expect(footer?.textContent).toContain('Footer');
    expect(footer?.querySelector('ins')?.textContent).toBe('inserted: 2');
  });
});
