import type { LocaleShape } from '../../localeShape';
import type { settings as en } from '../en/settings';

export const settings: LocaleShape<typeof en> = {
  title: 'Einstellungen',
  appearance: 'Sprache',
  uiLanguage: 'Sprache der Oberfläche',
  uiLanguageHint: 'Menüs und Beschriftungen. Jede Vereinbarung behält die Sprache ihrer Vorlage.',
  system: 'Wie im System eingestellt',
  deutsch: 'Deutsch',
  english: 'English',
  company: 'Ihr Unternehmen',
  providerName: 'Name des Anbieters',
  providerNameHint: 'Wird in neuen Deals als Anbieter eingetragen.',
  authorName: 'Ihr Name',
  authorNameHint: 'Wird als Verfasser der Runden vermerkt, die Sie senden.',
  saved: 'Gespeichert',
  about: 'Über diese App',
  version: 'Version',
  runtime: 'Läuft als',
  runtimeBrowser: 'Browser',
  runtimeElectron: 'Desktop-App',
  storage: 'Speicherort',
  storageLocal: 'Alle Daten bleiben auf diesem Rechner; die App überträgt nichts.',
};
