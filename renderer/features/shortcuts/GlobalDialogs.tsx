import { lazy, Suspense, useEffect, useState } from 'react';
import { startSearchIndex } from '../search/searchClient';
import { ShortcutSheet } from './ShortcutSheet';

// Loaded on the first Ctrl+K, like the index it searches: not part of the start-up code (issue 12 §4).
const SearchDialog = lazy(() => import('../search/SearchDialog').then((m) => ({ default: m.SearchDialog })));

/** Keys typed into a field belong to the field, not to a global shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Mounted once by the shell: Ctrl+K (⌘K) opens the search everywhere, `?` and F1 the shortcut
 * sheet, from any screen.
 */
export function GlobalDialogs() {
  const [open, setOpen] = useState<'search' | 'shortcuts' | null>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        startSearchIndex();
        setOpen('search');
      } else if (event.key === 'F1' || (event.key === '?' && !mod && !isTyping(event.target))) {
        event.preventDefault();
        setOpen('shortcuts');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const close = (next: boolean) => {
    if (!next) setOpen(null);
  };
  return (
    <>
      {open === 'search' && (
        <Suspense fallback={null}>
          <SearchDialog open onOpenChange={close} />
        </Suspense>
      )}
      <ShortcutSheet open={open === 'shortcuts'} onOpenChange={close} />
    </>
  );
}
