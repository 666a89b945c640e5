import type { LocaleShape } from '../../localeShape';
import type { rounds as en } from '../en/rounds';

export const rounds: LocaleShape<typeof en> = {
  side: {
    us: 'Von uns gesendet',
    them: 'Erhalten',
    usShort: 'von uns',
    themShort: 'vom Kunden',
  },
  tab: {
    label: 'Runden',
    timeline: 'Verlauf',
    chart: 'Diagramm',
    none: 'Noch keine Runden. Wenn Sie den Entwurf senden, wird er hier als Runde 1 festgeschrieben.',
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
      'Der aktuelle Entwurf wird als unsere Runde {{number}} festgeschrieben: $t(rounds:counts.clauses, {"count": {{clauses}} }) und $t(rounds:counts.terms, {"count": {{terms}} }). Eine festgeschriebene Runde lässt sich nicht mehr ändern; spätere Änderungen gehen in die nächste Runde ein.',
    note: 'Notiz',
    notePlaceholder: 'z. B. Erstangebot nach dem Auftaktgespräch',
    author: 'Ihr Name',
    authorHint:
      'Wird nur einmal erfragt und in jede Runde und jede exportierte Änderungsfassung geschrieben.',
    authorRequired: 'Bitte geben Sie Ihren Namen ein.',
    confirm: 'Festschreiben und senden',
    done: 'Runde {{number}} festgeschrieben.',
    failed: 'Die Runde konnte nicht festgeschrieben werden: {{message}}',
  },
  record: {
    button: 'Kundenfassung erfassen',
    title: 'Kundenfassung als Runde {{number}} erfassen',
    description:
      'Passen Sie den Entwurf an die Fassung an, die der Kunde geschickt hat, und erfassen Sie ihn dann als Runde des Kunden. Bis Sie im Vergleich unsere Antwort erstellen, enthält der Entwurf den Text des Kunden.',
    confirm: 'Als Kundenrunde erfassen',
    done: 'Runde {{number}} als Fassung des Kunden erfasst.',
    compare: 'Vergleichen',
  },
  view: {
    title: 'Runde {{number}} · {{side}}',
    readOnly: 'Festgeschrieben, nicht mehr änderbar',
    meta: '{{author}} · {{date}}',
  },
  counts: {
    clauses_one: '{{count}} Klausel',
    clauses_other: '{{count}} Klauseln',
    terms_one: '{{count}} Kennzahl',
    terms_other: '{{count}} Kennzahlen',
  },
  chart: {
    term: 'Kennzahl',
    us: 'Wir',
    them: 'Kunde',
    round: 'Runde {{number}}',
    empty:
      'Sobald es Runden gibt, zeigt das Diagramm, wie sich jede Kennzahl von Runde zu Runde verändert hat.',
    label: 'Werte von {{term}} je Runde',
  },
};
