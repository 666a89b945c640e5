import { LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/**
 * Shown while a part of a screen loads (a lazily loaded chunk, an index being built). It fades in
 * after a short delay (CSS), so fast loads do not flash a spinner; `label` says what is loading.
 */
export function Loading({ label, className }: { label?: string; className?: string }) {
  const { t } = useTranslation('workbench');
  return (
    <span className={`loading${className ? ` ${className}` : ''}`} role="status">
      <LoaderCircle size={14} aria-hidden className="loading-spinner" />
      <span>{label ?? t('loading')}</span>
    </span>
  );
}
