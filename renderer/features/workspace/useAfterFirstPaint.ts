import { useEffect, useState } from 'react';

/**
 * False until the frame that first shows `ready` content has been painted, then true for good.
 * Opening a deal reads what that frame shows first (deal, draft); what only adds markers and
 * flags to it (comment threads, guardrail data, an old deal's company profile) is read after it,
 * so those reads and their validation do not delay the first paint (issue 12 §4: opening a deal
 * under 100 ms). After that they are live as before.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    // A task after the next animation frame: the frame's style, layout and paint have happened.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)))
        : undefined;
    if (frame === undefined) timer = setTimeout(() => setPainted(true), 0);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
