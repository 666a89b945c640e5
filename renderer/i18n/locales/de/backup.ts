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
  backupFailed: 'Die Sicherung wurde nicht gespeichert.',
  downloadStarted:
    'Die Sicherung wurde Ihrem Browser als Download „{{name}}“ übergeben. Prüfen Sie, dass sie in Ihrem Download-Ordner liegt, und bewahren Sie sie gut auf.',
  progress: {
    backup: 'Sicherung wird vorbereitet …',
    restore: 'Wird wiederhergestellt …',
    verify: 'Jede Runde wird geprüft …',
    copy: 'Kopie der aktuellen Daten wird gespeichert …',
    reading: 'Sicherung wird gelesen und geprüft …',
    checking: 'Die Historie jedes Deals wird geprüft …',
    writing: 'Wird geschrieben …',
    'saving-copy': 'Kopie der aktuellen Daten wird gespeichert …',
  },
  newSigners_one:
    'Ihre Runden hat eine Installation signiert, die hier noch nicht bekannt ist; ihr Schlüssel kommt mit der Sicherung.',
  newSigners_other:
    'Ihre Runden haben {{count}} Installationen signiert, die hier noch nicht bekannt sind; ihre Schlüssel kommen mit der Sicherung.',
  copyStepElectron:
    'Zuerst wird eine Kopie der aktuellen Daten in den Sicherungsordner geschrieben und zur Prüfung zurückgelesen. Erst dann wird etwas ersetzt.',
  copyStepBrowser:
    'Laden Sie zuerst eine Kopie der aktuellen Daten herunter. Der Browser kann nicht erkennen, ob die Datei angekommen ist; das bestätigen Sie selbst. Erst dann lässt sich etwas ersetzen.',
  downloadCopy: 'Kopie der aktuellen Daten herunterladen',
  copyConfirm: 'Ich habe die heruntergeladene Kopie „{{name}}“ und bewahre sie gut auf.',
  copyFailedNothingChanged: 'Es wurde nichts ersetzt.',
  cancelRestore: 'Abbrechen (nichts ändern)',
  tryAgain: 'Erneut versuchen',
  automaticFailed:
    'Die letzte automatische Sicherung ist fehlgeschlagen ({{date}}). Sie wird alle paar Minuten erneut versucht; bis eine gelingt, ist Ihre neueste Arbeit in keiner Sicherung.',
  automaticFailedAction: 'Jetzt sichern',
  working: 'Einen Moment …',
  confirmTitle: 'Alle Daten durch diese Sicherung ersetzen?',
  confirmBody:
    'Die Sicherung vom {{date}} enthält $t(backup:counts.deals, {"count": {{deals}} }), $t(backup:counts.rounds, {"count": {{rounds}} }) und $t(backup:counts.ownTemplates, {"count": {{templates}} }). Alles, was sich jetzt in der App befindet ($t(backup:counts.deals, {"count": {{currentDeals}} })), wird ersetzt.',
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
};
