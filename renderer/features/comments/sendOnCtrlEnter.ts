import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (⌘+Enter) sends a comment box, as in mail and chat tools; Enter alone makes a new
 * line. True when the key was the send key (the event is then handled).
 */
export function sendOnCtrlEnter(event: KeyboardEvent, send: () => unknown): boolean {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return false;
  event.preventDefault();
  void send();
  return true;
}
