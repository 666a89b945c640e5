import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  body: ReactNode;
  action?: ReactNode;
  testId?: string;
}

/** What a screen shows when it has nothing yet: says why, and offers the next step. */
export function EmptyState({ icon, title, body, action, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <div className="empty-state-icon" aria-hidden>
        {icon}
      </div>
      <h2 className="empty-state-title">{title}</h2>
      <p className="empty-state-body">{body}</p>
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  );
}
