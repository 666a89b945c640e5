import type { LocaleShape } from '../../localeShape';
import type { rounds as en } from '../en/rounds';

export const rounds: LocaleShape<typeof en> = {
  side: {
    us: 'Von uns gesendet',
    them: 'Erhalten',
    usShort: 'unsere',
    themShort: 'ihre',
  },
  tab: {
    label: 'Runden',
    timeline: 'Verlauf',
    chart: 'Diagramm',
    none: 'Noch keine Runden. Wenn Sie den Entwurf senden, wird er hier als Runde 1 eingefroren.',
    round: 'Runde {{number}}',
    chainOk: 'Kette intakt',
    chainBroken: 'Runde {{number}} verändert',
    chainHint:
      'Der SHA-256-Fingerabdruck jeder Runde enthält den der vorherigen Runde; jede spätere Änderung einer Runde fällt hier auf.',
    hash: 'SHA-256-Fingerabdruck {{hash}}',
    noAuthor: 'unbekannt',
    compareWithPrevious: 'Mit vorheriger vergleichen',
    compareWithDraft: 'Mit Entwurf vergleichen',
    open: 'Runde {{number}} öffnen',
  },
  send: {
    more: 'Weitere Aktionen zu Runden',
    button: 'Runde senden',
    title: 'Runde {{number}} senden',
    description:
      'Der aktuelle Entwurf wird als unsere Runde {{number}} eingefroren: {{clauses}} Klauseln und {{terms}} Kennzahlen. Eine eingefrorene Runde ist nicht mehr änderbar; spätere Änderungen gehen in die nächste Runde.',
    note: 'Notiz',
    notePlaceholder: 'z. B. Erstangebot nach dem Auftaktgespräch',
    author: 'Ihr Name',
    authorHint: 'Wird einmal erfragt und in jede Runde und jeden exportierten Änderungsstand geschrieben.',
    authorRequired: 'Bitte geben Sie Ihren Namen ein.',
    confirm: 'Einfrieren und senden',
    done: 'Runde {{number}} eingefroren.',
    failed: 'Die Runde konnte nicht eingefroren werden: {{message}}',
  },
  record: {
    button: 'Kundenfassung erfassen',
    title: 'Kundenfassung als Runde {{number}} erfassen',
    description:
      'Passen Sie den Entwurf an das an, was der Kunde geschickt hat, und erfassen Sie ihn dann als dessen Runde. Der Entwurf bleibt der Kundentext, bis Sie im Vergleich unsere Antwort erstellen.',
    confirm: 'Als Kundenrunde erfassen',
    done: 'Runde {{number}} als Fassung des Kunden erfasst.',
    compare: 'Vergleichen',
  },
  view: {
    title: 'Runde {{number}} · {{side}}',
    readOnly: 'Eingefroren, nur lesbar',
    meta: '{{author}} · {{date}}',
  },
  chart: {
    term: 'Kennzahl',
    us: 'Wir',
    them: 'Kunde',
    round: 'Runde {{number}}',
    empty: 'Sobald es Runden gibt, zeigt dies, wie sich jede Kennzahl von Runde zu Runde bewegt hat.',
    label: 'Werte von {{term}} je Runde',
  },
};
