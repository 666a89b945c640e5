/** Application-menu strings. Main has no i18next: two languages, chosen once from the OS locale. */
export interface MenuLabels {
  file: string;
  newDeal: string;
  openImport: string;
  exportAs: string;
  settings: string;
  quit: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  about: string;
}

const english: MenuLabels = {
  file: '&File',
  newDeal: 'New Deal',
  openImport: 'Open / Import…',
  exportAs: 'Save As / Export…',
  settings: 'Settings…',
  quit: 'Quit',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  help: '&Help',
  about: 'About SLA Workbench',
};

const german: MenuLabels = {
  file: '&Datei',
  newDeal: 'Neuer Deal',
  openImport: 'Öffnen / Importieren…',
  exportAs: 'Speichern unter / Exportieren…',
  settings: 'Einstellungen…',
  quit: 'Beenden',
  edit: '&Bearbeiten',
  view: '&Ansicht',
  window: '&Fenster',
  help: '&Hilfe',
  about: 'Über SLA Workbench',
};

/** `de`, `de-DE`, `de-AT`, `de-CH` … get German; everything else English. */
export function menuLabels(locale: string): MenuLabels {
  return /^de(\b|[-_])/i.test(locale) ? german : english;
}
