import type { LocaleShape } from '../../localeShape';
import type { dashboard as en } from '../en/dashboard';

export const dashboard: LocaleShape<typeof en> = {
  title: 'Übersicht',
  intro:
    'Jede unterzeichnete Vereinbarung in diesem Monat gemessen an ihrer Zusage, mit den Warnungen und Überprüfungen, die Sie brauchen.',
  empty: {
    title: 'Noch keine unterzeichneten Vereinbarungen',
    body: 'Sobald ein Deal unterzeichnet ist, werden hier Verfügbarkeit, Fehlerbudget, Gutschriften und Überprüfungen verfolgt.',
  },
  columns: {
    agreement: 'Vereinbarung',
    availability: 'Verfügbarkeit / Ziel',
    budget: 'Fehlerbudget',
    credit: 'Geschuldete Gutschriften',
    warnings: 'Warnungen',
    review: 'Nächste Überprüfung',
  },
  noCredit: 'keine',
  noWarnings: 'keine',
  warningCount_one: '{{count}} Warnung',
  warningCount_other: '{{count}} Warnungen',
  charts: {
    burnDown: 'Fehlerbudget in diesem Monat: {{name}}',
    availability: 'Verfügbarkeit je Monat: {{name}}',
  },
  warningsTitle: 'Braucht Aufmerksamkeit',
  noWarningsAtAll: 'Keine Vereinbarung ist nahe an einer Grenze.',
  reviews: {
    title: 'Fällige Überprüfungen',
    none: 'In den nächsten 30 Tagen ist keine Überprüfung fällig.',
    agreement: 'Unterzeichnete Vereinbarung',
    template: 'Vorlage',
  },
};
