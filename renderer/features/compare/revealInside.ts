/**
 * Scrolls only the given pane (the redline, the change list), and only when the element is out of
 * sight: `scrollIntoView` would also scroll the app's outer containers and shift the whole window.
 * Instant, as Word's Next Change is. Says whether it scrolled.
 */
export function revealInside(container: HTMLElement, element: HTMLElement): boolean {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const margin = 40;
  if (target.top >= box.top + margin && target.bottom <= box.bottom - margin) return false;
  const before = container.scrollTop;
  container.scrollTop += target.top - box.top - Math.max(margin, (box.height - target.height) / 2);
  return container.scrollTop !== before;
}
