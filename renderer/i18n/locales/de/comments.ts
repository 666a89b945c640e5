import type { LocaleShape } from '../../localeShape';
import type { comments as en } from '../en/comments';

export const comments: LocaleShape<typeof en> = {
  tab_one: 'Kommentare ({{count}})',
  tab_other: 'Kommentare ({{count}})',
  tabNone: 'Kommentare',
  panel: {
    label: 'Kommentarverläufe dieses Deals',
    filter: 'Anzeigen',
    open: 'Offen',
    all: 'Alle',
    empty: 'Zu diesem Deal gibt es noch keine Kommentare.',
    emptyOpen: 'Keine offenen Kommentare. Unter „Alle“ stehen auch die erledigten.',
    offClause: 'Nicht an einer Klausel des Entwurfs',
    offClauseHint:
      'Die Klausel, an der diese Kommentare stehen, ist nicht mehr im Entwurf, oder sie stehen im Vorspann.',
    readOnly: 'Dieser Deal ist nur lesbar: Kommentare lassen sich lesen, aber nicht beantworten.',
  },
  marker: {
    outline_one: '{{count}} offener Kommentar',
    outline_other: '{{count}} offene Kommentare',
    open: '{{open}} zu Klausel {{clause}} anzeigen',
    show: 'Die Kommentare zu Klausel {{clause}} anzeigen',
    add: 'Klausel {{clause}} kommentieren',
  },
  thread: {
    label: 'Kommentar von {{author}}',
    round: 'aus Runde {{number}}',
    ours: 'unserer',
    anchor: 'Zu: „{{text}}“',
    open: 'Offen',
    resolved: 'Erledigt',
    resolvedBy: 'Erledigt von {{by}}, {{date}}',
    reopenedBy: 'Wieder geöffnet von {{by}}, {{date}}',
    resolvedInFile: 'In ihrer Word-Datei als erledigt markiert',
    replies_one: '{{count}} Antwort',
    replies_other: '{{count}} Antworten',
    reply: 'Antworten',
    replyLabel: 'Ihre Antwort an {{author}}',
    replyPlaceholder: 'Antwort schreiben …',
    resolve: 'Erledigen',
    reopen: 'Wieder öffnen',
    sending: 'Wird gespeichert …',
  },
  add: {
    title: 'Neuer Kommentar zu {{clause}}',
    label: 'Ihr Kommentar zu Klausel {{clause}}',
    placeholder: 'Er geht mit der nächsten Datei als Word-Kommentar hinaus …',
    submit: 'Kommentar hinzufügen',
    pick: 'Wählen Sie eine Klausel, um sie zu kommentieren.',
  },
  author: {
    label: 'Ihr Name',
    hint: 'Steht bei Ihren Kommentaren und Antworten; wird nur einmal erfragt.',
  },
  saved: {
    reply: 'Antwort gespeichert.',
    resolved: 'Kommentar erledigt.',
    reopened: 'Kommentar wieder geöffnet.',
    added: 'Kommentar hinzugefügt.',
  },
  failed: 'Der Kommentar konnte nicht gespeichert werden: {{message}}',
};
