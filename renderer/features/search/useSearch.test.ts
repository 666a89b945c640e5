// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchResults } from '../../../shared/search/SearchIndex';
import { useSearch } from './useSearch';

/** The worker is replaced by answers the test gives by hand, in the order the queries were asked. */
const asked: { text: string; answer(results: SearchResults): void }[] = [];
vi.mock('./searchClient', async () => {
  const { create } = await import('zustand');
  return {
    useSearchIndexStore: create(() => ({ progress: { indexed: 1, total: 1, ready: true }, failed: null })),
    querySearch: (text: string) =>
      new Promise<SearchResults | null>((resolve) => asked.push({ text, answer: resolve })),
  };
});

const results = (query: string): SearchResults => ({ query, owners: [{ kind: 'deal', id: 'a' }], hits: [] });

afterEach(() => {
  cleanup();
  asked.length = 0;
});

describe('useSearch', () => {
  it('keeps the last answer while the next keystroke is on its way', async () => {
    const { result, rerender } = renderHook(({ text }) => useSearch(text), { initialProps: { text: '99' } });
    await act(async () => asked.at(-1)!.answer(results('99')));
    rerender({ text: '99,' });
    expect(result.current?.query).toBe('99');
    await act(async () => asked.at(-1)!.answer(results('99,')));
    expect(result.current?.query).toBe('99,');
  });

  it('forgets the last answer once the field is cleared: a new first letter never shows the old rows', async () => {
    const { result, rerender } = renderHook(({ text }) => useSearch(text), {
      initialProps: { text: '99,95 verfügbarkeit' },
    });
    await act(async () => asked.at(-1)!.answer(results('99,95 verfügbarkeit')));
    rerender({ text: '' });
    expect(result.current).toBeNull();
    rerender({ text: 'n' });
    // The answer for "n" is still on its way: nothing to show yet, not the cleared query's rows.
    expect(result.current).toBeNull();
    await act(async () => asked.at(-1)!.answer(results('n')));
    expect(result.current?.query).toBe('n');
  });
});
