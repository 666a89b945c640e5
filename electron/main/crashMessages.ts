/**
 * The native message main shows when a window keeps crashing and is no longer reloaded. Main has no
 * i18next (see menuLabels.ts): two languages, chosen from the OS locale.
 */
export interface CrashMessage {
  title: string;
  message: string;
  detail: string;
}

export function crashMessage(locale: string, reason: string): CrashMessage {
  if (locale.toLowerCase().startsWith('de'))
    return {
      title: 'SLA Workbench',
      message: 'Das Fenster von SLA Workbench ist mehrmals hintereinander abgestürzt.',
      detail:
        `Grund: ${reason}. Alles Gespeicherte ist erhalten. Schließen Sie die App und starten Sie sie neu; ` +
        'hilft das nicht, stellen Sie die letzte automatische Sicherung wieder her.',
    };
  return {
    title: 'SLA Workbench',
    message: 'The SLA Workbench window crashed several times in a row.',
    detail:
      `Reason: ${reason}. Everything saved is kept. Close the app and start it again; if that does not ` +
      'help, restore the latest automatic backup.',
  };
}
