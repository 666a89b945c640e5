import type { ReactNode } from 'react';
import { StatusDot, type StatusTone } from './StatusDot';

/** A compact label (status, tier, built-in/own); with `dot` it leads with a StatusDot. */
export function Badge({
  tone = 'neutral',
  dot = false,
  children,
}: {
  tone?: StatusTone;
  dot?: boolean;
  children: ReactNode;
}) {
  return (
    <span className={`badge badge-${tone}`}>
      {dot && <StatusDot tone={tone} />}
      {children}
    </span>
  );
}
