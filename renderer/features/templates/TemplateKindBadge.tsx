import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';

export function TemplateKindBadge({ builtIn }: { builtIn: boolean }) {
  const { t } = useTranslation('templates');
  return builtIn ? <Badge>{t('builtIn')}</Badge> : <Badge tone="accent">{t('own')}</Badge>;
}
