import type { LocaleShape } from '../../localeShape';
import type { common as en } from '../en/common';

export const common: LocaleShape<typeof en> = {
  appName: 'SLA Workbench',
  nav: {
    label: 'Hauptnavigation',
    deals: 'Deals',
    templates: 'Vorlagen',
    compare: 'Dateien vergleichen',
    dashboard: 'Übersicht',
    settings: 'Einstellungen',
  },
  loading: 'Ihre Daten werden geöffnet …',
  startup: {
    tooNewTitle: 'Diese Daten stammen von einer neueren Version',
    tooNewBody:
      'Die Vereinbarungen auf diesem Rechner wurden mit einer neueren Version von SLA Workbench gespeichert. Bitte aktualisieren Sie die App, um sie zu öffnen. Es wurde nichts verändert.',
    failedTitle: 'Ihre Daten konnten nicht geöffnet werden',
    failedBody: 'SLA Workbench konnte die lokale Datenbank nicht öffnen. Es wurde nichts verändert. Details:',
  },
  later: {
    comingTitle: 'Kommt in einer späteren Version',
    compareTitle: 'Dateien vergleichen',
    compareBody:
      'Zwei Runden oder beliebige Word-Dateien nebeneinander vergleichen – das kommt in einer späteren Version.',
    dashboardTitle: 'Übersicht',
    dashboardBody:
      'In einer späteren Version finden Sie hier unterschriebene Vereinbarungen, fällige Überprüfungen und Warnungen.',
  },
  actions: {
    cancel: 'Abbrechen',
    close: 'Schließen',
    save: 'Speichern',
    delete: 'Löschen',
    undo: 'Rückgängig',
    open: 'Öffnen',
    back: 'Zurück',
    more: 'Weitere Aktionen',
  },
  status: {
    drafting: 'Entwurf',
    negotiating: 'In Verhandlung',
    approval: 'Freigabe',
    signed: 'Unterschrieben',
    'walked-away': 'Abgebrochen',
    archived: 'Archiviert',
  },
  tier: {
    basic: 'Basis',
    business: 'Business',
    premium: 'Premium',
    custom: 'Individuell',
  },
  language: {
    de: 'Deutsch',
    en: 'Englisch',
  },
  family: {
    'managed-it': 'Managed IT Services',
    hosting: 'Hosting und Rechenzentrum',
    'service-desk': 'Service-Desk',
    saas: 'Software as a Service',
  },
  familyShort: {
    'managed-it': 'Managed IT',
    hosting: 'Hosting',
    'service-desk': 'Service-Desk',
    saas: 'SaaS',
  },
  notFound: {
    dealTitle: 'Deal nicht gefunden',
    dealBody: 'Diesen Deal gibt es nicht mehr. Vielleicht wurde er gelöscht.',
    templateTitle: 'Vorlage nicht gefunden',
    templateBody: 'Diese Vorlage gibt es nicht mehr.',
    backToDeals: 'Zurück zu den Deals',
    backToTemplates: 'Zurück zu den Vorlagen',
  },
  fieldRequired: 'Bitte füllen Sie dieses Feld aus.',
  screenError: {
    title: 'Auf dieser Seite ist ein Fehler aufgetreten',
    body: 'Ihre gespeicherten Daten sind davon nicht betroffen. Laden Sie das Fenster neu oder wählen Sie links einen anderen Bereich.',
    reload: 'Fenster neu laden',
  },
  notification: 'Benachrichtigung',
  notifications: 'Benachrichtigungen ({hotkey})',
  breadcrumb: 'Sie sind hier',
  round: 'Runde {{number}}',
};
