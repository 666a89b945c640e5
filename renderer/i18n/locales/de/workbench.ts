import type { LocaleShape } from '../../localeShape';
import type { workbench as en } from '../en/workbench';

export const workbench: LocaleShape<typeof en> = {
  loading: 'Wird geladen …',
  loadingDeals: 'Deals werden gelesen: {{done}} von {{total}}',
  search: {
    title: 'Alles durchsuchen',
    results: 'Ergebnisse',
    none: 'Nichts gefunden.',
    failed: 'Die Suche ist gerade nicht verfügbar. Kunde und Titel filtern die Deal-Liste weiterhin.',
    deal: 'Deal',
    template: 'Vorlage',
    label: 'Kunden, Titel, Klauseln und Werte suchen',
    placeholder: 'Kunden, Klauseln, Werte suchen …',
    indexing: 'Suchindex: {{done}} von {{total}} Deals',
    inDraft: 'Entwurf',
    inRound: 'Runde {{number}}',
    inTemplate: 'Vorlage v{{version}}',
  },
  shortcuts: {
    title: 'Tastenkürzel',
    or: 'oder',
    groups: {
      everywhere: 'Überall',
      deals: 'Deal-Liste',
      workspace: 'Deal-Arbeitsbereich',
      compare: 'Runden vergleichen',
    },
    items: {
      newDeal: 'Neuer Deal',
      search: 'Alles durchsuchen',
      sheet: 'Diese Übersicht zeigen',
      closeDialog: 'Dialog oder Menü schließen',
      listMove: 'Zwischen Deals wechseln',
      listOpen: 'Deal öffnen',
      listMenu: 'Aktionen zum Deal',
      importWord: 'Word-Datei importieren',
      exportWord: 'Exportieren',
      moveClause: 'Gewählte Klausel nach oben oder unten verschieben',
      undo: 'Tippen in einer Klausel rückgängig machen',
      redo: 'Wiederherstellen',
      bold: 'Fett, kursiv, unterstrichen',
      nextChange: 'Nächste Änderung',
      previousChange: 'Vorige Änderung',
    },
  },
  dealMenu: 'Aktionen für {{title}}',
};
