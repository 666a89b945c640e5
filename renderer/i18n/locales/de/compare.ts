import type { LocaleShape } from '../../localeShape';
import type { compare as en } from '../en/compare';

export const compare: LocaleShape<typeof en> = {
  title: 'Vergleich',
  back: 'Zurück zum Deal',
  pick: {
    a: 'Älter',
    b: 'Neuer',
    draft: 'Aktueller Entwurf',
    round: 'Runde {{number}} ({{side}})',
    swap: 'Seiten tauschen',
  },
  mode: {
    label: 'Ansicht der Änderungen',
    inline: 'Im Text',
    sideBySide: 'Nebeneinander',
  },
  progress: 'Wird verglichen …',
  failed: 'Der Vergleich ist fehlgeschlagen: {{message}}',
  noRounds: {
    title: 'Noch nichts zu vergleichen',
    body: 'Senden Sie zuerst eine Runde. Danach lassen sich hier zwei beliebige Runden oder eine Runde und der aktuelle Entwurf vergleichen.',
  },
  noChanges: {
    title: 'Keine Änderungen',
    body: 'Beide Seiten sind Wort für Wort gleich.',
  },
  list: {
    label: 'Änderungen',
    all: 'Alle',
    filter: 'Nach Art filtern',
    reviewed: 'Geprüft',
    markReviewed: 'Als geprüft markieren',
    summary: '{{reviewed}} von {{total}} geprüft',
    empty: 'Keine Änderung dieser Art.',
  },
  decision: {
    accept: 'Annehmen',
    reject: 'Ablehnen',
    accepted: 'Angenommen',
    rejected: 'Abgelehnt',
    undecided: 'Offen',
    acceptAll: 'Alle dieser Art annehmen ({{count}})',
    rejectAll: 'Alle dieser Art ablehnen ({{count}})',
    clear: 'Entscheidung zurücknehmen',
  },
  effect: {
    better: 'Besser für uns',
    worse: 'Schlechter für uns',
    neutral: 'Neutral',
  },
  details: {
    label: 'Ausgewählte Änderung',
    none: 'Wählen Sie eine Änderung in der Liste oder im Text.',
    before: 'Vorher',
    after: 'Nachher',
    clause: 'Klausel',
    nothing: '(nichts)',
  },
  redline: {
    label: 'Änderungen im Text',
    inserted: 'eingefügt:',
    deleted: 'gelöscht:',
    moved: 'verschoben von {{from}} nach {{to}}',
    added: 'neue Klausel',
    removed: 'entfernte Klausel',
  },
  build: {
    button: 'Nächsten Entwurf erstellen',
    title: 'Unseren nächsten Entwurf erstellen?',
    description:
      '{{accepted}} angenommen, {{rejected}} abgelehnt, {{undecided}} offen. Offene Änderungen zählen als abgelehnt, dort bleibt unser Text. Das Ergebnis ersetzt den aktuellen Entwurf.',
    confirm: 'Entwurf erstellen',
    done_one: 'Nächster Entwurf erstellt: {{count}} Änderung übernommen.',
    done_other: 'Nächster Entwurf erstellt: {{count}} Änderungen übernommen.',
    undo: 'Rückgängig',
    restored: 'Der vorherige Entwurf ist wiederhergestellt.',
    failed: 'Der Entwurf konnte nicht erstellt werden: {{message}}',
  },
  keys: 'J/K oder ↑/↓ blättern · A annehmen · R ablehnen · Leertaste geprüft',
};
