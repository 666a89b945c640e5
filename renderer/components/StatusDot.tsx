export type StatusTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'muted';

/** A small coloured dot; pair it with text, colour alone never carries the meaning. */
export function StatusDot({ tone, label }: { tone: StatusTone; label?: string }) {
  return (
    <span
      className={`status-dot status-dot-${tone}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
