import type { ReactNode } from 'react';
import { EmptyState } from '../components/EmptyState';

/** Sections that later versions fill (Compare, Dashboard): named, explained, not broken. */
export function LaterScreen({ icon, title, body }: { icon: ReactNode; title: string; body: string }) {
  return (
    <div className="screen">
      <div className="screen-header">
        <h1 className="screen-title">{title}</h1>
      </div>
      <EmptyState icon={icon} title={title} body={body} />
    </div>
  );
}
