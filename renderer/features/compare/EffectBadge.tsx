import { useTranslation } from 'react-i18next';
import { TrendingDown, TrendingUp } from 'lucide-react';
import type { Effect } from '../../../shared/redline';

/** Whether a term change is better or worse for us; the icon repeats what the colour says. */
export function EffectBadge({ effect }: { effect: Effect }) {
  const { t } = useTranslation('compare');
  const Icon = effect === 'better' ? TrendingUp : effect === 'worse' ? TrendingDown : null;
  return (
    <span className={`cmp-effect cmp-effect-${effect}`} data-testid="change-effect">
      {Icon && <Icon size={12} aria-hidden />}
      {t(`effect.${effect}`)}
    </span>
  );
}
