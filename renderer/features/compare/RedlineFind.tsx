import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown, ChevronUp, Search, X } from 'lucide-react';
import { IconButton } from '../../components/Button';

export interface RedlineFindProps {
  query: string;
  /** Rows holding the query, and which of them is shown (index into `hits`). */
  hits: readonly number[];
  current: number;
  onQuery(query: string): void;
  onStep(delta: 1 | -1): void;
  onClose(): void;
}

/**
 * The compare screens' find bar (Ctrl+F there): looks through every row of the redline, drawn or
 * not, and steps from row to row with Enter / Shift+Enter or the arrows beside it; Escape closes it.
 */
export function RedlineFind({ query, hits, current, onQuery, onStep, onClose }: RedlineFindProps) {
  const { t } = useTranslation('compareFind');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const status =
    query.trim() === ''
      ? ''
      : hits.length === 0
        ? t('none')
        : t('position', { current: current + 1, total: hits.length });
  return (
    <div className="cmp-find" role="search" data-testid="redline-find">
      <Search size={14} aria-hidden className="cmp-find-icon" />
      <input
        ref={input}
        type="search"
        className="cmp-find-input"
        aria-label={t('label')}
        placeholder={t('placeholder')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
        data-testid="redline-find-input"
      />
      <span className="cmp-find-status" role="status" aria-live="polite" data-testid="redline-find-status">
        {status}
      </span>
      <IconButton
        size="sm"
        label={t('previous')}
        icon={<ChevronUp size={14} aria-hidden />}
        disabled={hits.length === 0}
        onClick={() => onStep(-1)}
      />
      <IconButton
        size="sm"
        label={t('next')}
        icon={<ChevronDown size={14} aria-hidden />}
        disabled={hits.length === 0}
        onClick={() => onStep(1)}
      />
      <IconButton size="sm" label={t('close')} icon={<X size={14} aria-hidden />} onClick={onClose} />
    </div>
  );
}
