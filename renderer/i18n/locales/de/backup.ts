import type { LocaleShape } from '../../localeShape';
import type { backup as en } from '../en/backup';

export const backup: LocaleShape<typeof en> = {
  title: 'Ihre Daten',
  whereElectron:
    'Ihre Vereinbarungen liegen nur auf diesem Rechner, im Datenordner der App. Automatische Sicherungen werden alle 30 Minuten während der Arbeit und beim Schließen der App in den Sicherungsordner geschrieben; die 10 neuesten und je eine pro Tag der letzten Woche bleiben erhalten.',
  whereBrowser:
    'Ihre Vereinbarungen liegen nur in diesem Browserprofil auf diesem Rechner. Der Browser kann selbst keine Sicherungsdateien schreiben: Laden Sie regelmäßig eine Sicherung herunter und bewahren Sie sie gut auf.',
  dataFolder: 'Datenordner',
  backUpNow: 'Jetzt sichern',
  restore: 'Aus Datei wiederherstellen …',
  verify: 'Prüfen',
  openFolder: 'Sicherungsordner öffnen',
  lastBackup: 'Ihre letzte gespeicherte Sicherung: {{date}}',
  lastBackupNever: 'Sie haben noch keine Sicherung gespeichert.',
  reminder:
    'Ihre letzte Sicherung ist älter als 7 Tage. Laden Sie jetzt eine Sicherung herunter, damit nichts verloren geht.',
  reminderNever:
    'Sie haben noch nie eine Sicherung heruntergeladen. Laden Sie jetzt eine herunter, damit nichts verloren geht.',
  reminderAction: 'Sicherung herunterladen',
  backedUp: 'Sicherung gespeichert.',
  backupFailed: 'Die Sicherung konnte nicht gespeichert werden: {{message}}',
  working: 'Einen Moment …',
  confirmTitle: 'Alle Daten durch diese Sicherung ersetzen?',
  confirmBody:
    'Die Sicherung vom {{date}} enthält $t(backup:counts.deals, {"count": {{deals}} }), $t(backup:counts.rounds, {"count": {{rounds}} }) und $t(backup:counts.ownTemplates, {"count": {{templates}} }). Alles, was sich jetzt in der App befindet ($t(backup:counts.deals, {"count": {{currentDeals}} })), wird ersetzt.',
  confirmCopyElectron: 'Vorher wird eine Kopie der aktuellen Daten im Sicherungsordner abgelegt.',
  confirmCopyBrowser: 'Vorher wird eine Kopie der aktuellen Daten heruntergeladen.',
  confirmAction: 'Durch Sicherung ersetzen',
  restored:
    'Sicherung wiederhergestellt: $t(backup:counts.deals, {"count": {{deals}} }), $t(backup:counts.rounds, {"count": {{rounds}} }), $t(backup:counts.ownTemplates, {"count": {{templates}} }).',
  restoreRefused: 'Diese Sicherung wurde nicht wiederhergestellt. Es wurde nichts verändert.',
  restoreFailed: 'Die Sicherung konnte nicht wiederhergestellt werden. Es wurde nichts verändert.',
  automaticBackups: 'Automatische Sicherungen',
  automaticNone:
    'Noch keine automatische Sicherung. Die erste wird geschrieben, nachdem Sie eine Weile gearbeitet haben.',
  beforeRestore: 'vor einer Wiederherstellung',
  restoreThis: 'Wiederherstellen …',
  verifyIntact_one: 'Der Deal ist intakt: Jede Runde stimmt mit ihrer Hash-Kette überein.',
  verifyIntact_other: '{{count}} Deals geprüft, alle intakt: Jede Runde stimmt mit ihrer Hash-Kette überein.',
  verifyNoDeals: 'Es gibt noch keine Deals zum Prüfen.',
  verifyProblems:
    'Einige Daten wurden außerhalb der App verändert. Die betroffenen Deals sind unten aufgeführt.',
  dealIntact: 'intakt',
  dealAltered: 'verändert in Runde {{round}}',
  dealDamaged: 'beschädigt',
  orphanRounds_one: '{{count}} Runde gehört zu keinem Deal.',
  orphanRounds_other: '{{count}} Runden gehören zu keinem Deal.',
  storage: 'Belegter Speicher',
  storageAmount: '{{used}} von {{quota}}, die der App zur Verfügung stehen',
  storageUnknown: 'Der Browser gibt nicht an, wie viel Speicher verfügbar ist.',
  storageLow:
    'Der Speicher wird knapp (noch {{free}}). Speichern Sie eine Sicherung und geben Sie Platz frei.',
  storageCritical:
    'Der Speicher ist fast voll (noch {{free}}). Neue Änderungen könnten nicht mehr gespeichert werden. Sichern Sie jetzt und geben Sie Platz frei.',
  counts: {
    deals_one: '{{count}} Deal',
    deals_other: '{{count}} Deals',
    rounds_one: '{{count}} Runde',
    rounds_other: '{{count}} Runden',
    ownTemplates_zero: 'keine eigenen Vorlagen',
    ownTemplates_one: '{{count}} eigene Vorlage',
    ownTemplates_other: '{{count}} eigene Vorlagen',
  },
  errors: {
    empty: 'Die Datei ist leer.',
    'too-large': 'Die Datei ist zu groß für eine Sicherung.',
    'not-text': 'Die Datei ist keine Textdatei.',
    'too-deep': 'Die Datei ist zu tief verschachtelt für eine Sicherung.',
    'not-json': 'Die Datei ist keine Sicherung (kein JSON).',
    'forbidden-key': 'Die Datei enthält unzulässige Felder.',
    'not-a-backup': 'Die Datei ist keine Sicherung von SLA Workbench.',
    'newer-version':
      'Die Sicherung stammt von einer neueren Version der App. Aktualisieren Sie die App, um sie wiederherzustellen.',
    'unsupported-version': 'Diese Sicherungsversion kann diese App nicht lesen.',
    damaged: 'Die Datei ist beschädigt oder wurde nach dem Speichern bearbeitet.',
    'invalid-record': 'Die Sicherung enthält einen ungültigen Datensatz.',
    inconsistent: 'Die Datensätze der Sicherung passen nicht zusammen.',
    'broken-chain': 'Eine Runde der Sicherung passt nicht zu ihrer Hash-Kette.',
    unreadable: 'Die Datei konnte nicht gelesen werden.',
  },
};
