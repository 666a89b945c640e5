import type { LocaleShape } from '../../localeShape';
import type { workspace as en } from '../en/workspace';

export const workspace: LocaleShape<typeof en> = {
  missing: {
    title: 'Zu diesem Deal gibt es keinen Entwurf',
    body: 'Die Arbeitskopie dieses Deals wurde nicht gefunden. Es wurde nichts verändert.',
  },
  header: {
    template: 'Aus {{name}}, Version {{version}}',
    status: 'Status des Deals',
  },
  save: {
    saved: 'Gespeichert',
    saving: 'Wird gespeichert …',
    pending: 'Ungespeicherte Änderungen',
    error: 'Nicht gespeichert',
    conflict: 'In anderem Fenster geändert',
    retrying: 'Noch nicht gespeichert, neuer Versuch läuft',
  },
  walkAway: {
    title: 'Deal abbrechen?',
    description:
      'Der Deal wird als abgebrochen geschlossen. Halten Sie fest, warum – das hilft dem Team bei künftigen Verhandlungen.',
    reason: 'Grund',
    required: 'Bitte geben Sie einen Grund an.',
    confirm: 'Deal abbrechen',
  },
  outline: {
    label: 'Gliederung der Klauseln',
    title: 'Klauseln',
    untitled: 'Klausel ohne Überschrift',
    actions: 'Aktionen für „{{heading}}“',
    moveUp: 'Nach oben',
    moveDown: 'Nach unten',
    indent: 'Zur Unterklausel machen',
    outdent: 'Zur Hauptklausel machen',
    remove: 'Klausel entfernen',
    add: 'Klausel hinzufügen',
    hint: 'Alt+↑/↓ verschiebt die gewählte Klausel. Zum Umordnen ziehen.',
    removed: '„{{heading}}“ entfernt.',
    undo: 'Rückgängig',
  },
  status: {
    wordingChanged: 'Wortlaut weicht von der Vorlage ab',
    termsChanged_one: '{{count}} Wert weicht von der Vorlage ab',
    termsChanged_other: '{{count}} Werte weichen von der Vorlage ab',
  },
  editor: {
    label: 'Vertragstext',
    headingLabel: 'Überschrift von Klausel {{number}}',
    headingPlaceholder: 'Überschrift',
    bodyLabel: 'Text von Klausel {{number}} {{heading}}',
    unknownTerm: 'fehlender Wert {{id}}',
    providerMissing: 'Anbieter (Firmennamen in den Einstellungen eintragen)',
  },
  inspector: {
    label: 'Details',
    terms: 'Werte',
    checks: 'Prüfungen',
    rounds: 'Runden',
    approvals: 'Freigaben',
  },
  terms: {
    none: 'Diese Vereinbarung enthält keine Werte.',
    unused: 'Nicht mehr im Text',
    changed: 'geändert',
    unit: 'Einheit',
    currency: 'Währung',
    reset: 'Zurück zum Wert der Vorlage ({{value}})',
    templateValue: 'Vorlage: {{value}}',
  },
  units: {
    minutes: 'Minuten',
    hours: 'Stunden',
    'business-hours': 'Geschäftsstunden',
    days: 'Tage',
    'business-days': 'Werktage',
    weeks: 'Wochen',
    months: 'Monate',
  },
  checks: {
    legalTitle: 'Rechtliche Checkliste',
    allPresent: 'Alle wesentlichen Klauseln sind im Entwurf enthalten.',
    missing_one: '{{count}} wesentliche Klausel fehlt.',
    missing_other: '{{count}} wesentliche Klauseln fehlen.',
    present: 'vorhanden',
    absent: 'fehlt',
    later: 'Prüfungen gegen Playbook und Lieferantenreserven erscheinen künftig ebenfalls hier.',
  },
  rounds: {
    none: 'Noch keine Runden. Wenn Sie diesen Entwurf versenden, wird er hier als Runde 1 festgeschrieben.',
    round: 'Runde {{number}}',
    sent: 'versendet',
    received: 'erhalten',
    chainOk: 'Hash-Kette intakt',
    chainBroken: 'Hash-Kette ab Runde {{number}} unterbrochen',
  },
  approvals: {
    later:
      'Freigaben je Rolle (Vertriebsleitung, Support, Finanzen, Recht) werden hier pro Runde festgehalten.',
  },
};
