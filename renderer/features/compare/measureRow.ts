import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * A windowed row's height for the virtualizer, read from the ResizeObserver's entry only. The
 * library's default reads `offsetHeight` as each row mounts, which forces the browser to lay out
 * the new rows inside React's commit — on a 100-page redline that was most of the longest task.
 * Without an entry (the row was just drawn) the size known so far stands: the last measurement of
 * that row, else the estimate; the observer reports the real one after the next layout.
 */
export function measureRow<TScroll extends Element, TItem extends Element>(
  element: TItem,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<TScroll, TItem>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}
