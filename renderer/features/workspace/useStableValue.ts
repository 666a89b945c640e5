import { useState } from 'react';

/**
 * Returns the previous value while `key` is unchanged, so memoised panes skip re-rendering when a
 * keystroke changed the document but not what they show (e.g. the outline while typing a clause).
 */
export function useStableValue<T>(value: T, key: string): T {
  const [held, setHeld] = useState({ key, value });
  if (held.key !== key) {
    setHeld({ key, value });
    return value;
  }
  return held.value;
}
