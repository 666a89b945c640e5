import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

/** Sections that later versions fill (Compare, Dashboard): named, explained, not broken. */
export function LaterScreen({ icon, title, body }: { icon: ReactNode; title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <div className="screen-header">
        <h1 className="screen-title">{title}</h1>
      </div>
      <EmptyState icon={icon} title={t('later.comingTitle')} body={body} />
    </div>
  );
}
