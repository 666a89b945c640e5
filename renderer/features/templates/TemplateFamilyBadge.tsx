import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/model';
import { templateFamilyOf } from '../../../shared/templates/templateFamilyOf';
import { Badge } from '../../components/Badge';

/** The service a template is written for; nothing for an own template whose origin is unknown. */
export function TemplateFamilyBadge({ template }: { template: Template }) {
  const { t } = useTranslation('common');
  const family = templateFamilyOf(template);
  return family ? <Badge>{t(`family.${family}`)}</Badge> : null;
}
