import type { LocaleShape } from '../../localeShape';
import type { workbench as en } from '../en/workbench';

export const workbench: LocaleShape<typeof en> = {
  loading: 'Wird geladen …',
  loadingDeals: 'Deals werden gelesen: {{done}} von {{total}}',
  dealMenu: 'Aktionen für {{title}}',
};
