import type { Band } from '../../../shared/playbook/bandOf';
import { BAND_NAMES } from '../../../shared/playbook/describeBand';
import { Badge } from '../../components/Badge';
import type { StatusTone } from '../../components/StatusDot';
import { useUiLanguage } from './useUiLanguage';

export const BAND_TONES: Readonly<Record<Band, StatusTone>> = {
  target: 'success',
  fallback: 'accent',
  limit: 'warning',
  beyond: 'danger',
};

/** The band a value is in, as a chip; `title` carries the full sentence. */
export function BandBadge({ band, title }: { band: Band; title?: string }) {
  const language = useUiLanguage();
  return (
    <span className="gr-band" data-band={band} title={title} data-testid={`band-${band}`}>
      <Badge tone={BAND_TONES[band]} dot>
        {BAND_NAMES[language][band]}
      </Badge>
    </span>
  );
}
