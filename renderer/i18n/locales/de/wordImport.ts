import type { LocaleShape } from '../../localeShape';
import type { wordImport as en } from '../en/wordImport';

export const wordImport: LocaleShape<typeof en> = {
  warning: {
    'external-link': 'Weblinks in der Datei bleiben reiner Text und werden nie geöffnet.',
    'external-image':
      'Ein von außerhalb der Datei verlinktes Bild wurde nie abgerufen; verglichen wird nur seine Adresse.',
    'external-reference': 'Ein externer Verweis ({{kind}}) in der Datei wurde übergangen (nie abgerufen).',
    macros: 'Die Datei enthält Makros; sie wurden weder gelesen noch ausgeführt.',
    'object-content-only': '{{object}} in {{place}} wird nur als Ganzes verglichen, nicht Wort für Wort.',
    'embedded-object': '{{program}} in {{place}} wird nur als Ganzes verglichen, nicht Wort für Wort.',
    'unknown-content':
      'Inhalt unbekannter Art ({{element}}) in {{place}}: Sein Text wurde übernommen, alles Übrige wird nicht verglichen.',
    'alt-chunk':
      'Ein eingebettetes Fremddokument in {{place}} wurde nicht gelesen; öffnen Sie die Datei in Word, um es zu sehen.',
    'sub-document': 'Ein verknüpftes Filialdokument in {{place}} wurde nicht gelesen (es wird nie geöffnet).',
    'hidden-text': 'Ausgeblendeter Text in {{place}}: Er bleibt erhalten und ist als ausgeblendet markiert.',
    'cell-revision':
      'Eine nachverfolgte Einfügung oder Löschung einzelner Tabellenzellen in {{place}} wird nicht als Änderung gezeigt; die Zellen werden gelesen, wie sie stehen.',
    'property-revision':
      'Nachverfolgte Änderungen der {{what}}formatierung in {{place}} werden nicht verglichen.',
    'clause-truncated': '{{place}} hat mehr als {{limit}} Absätze; der Rest wurde abgeschnitten.',
    'table-truncated':
      'Eine Tabelle in {{place}} hat mehr als {{rows}} Zeilen oder {{columns}} Spalten; der Rest wurde abgeschnitten.',
    'term-unreadable':
      'Der Wert von „{{term}}“ in {{place}} ließ sich nicht aus der Datei lesen; er bleibt als Text erhalten.',
    'term-conflict': '„{{term}}“ hat an verschiedenen Stellen der Datei verschiedene Werte; der erste gilt.',
    'too-many-warnings': '{{count}} weitere Hinweise dieser Art sind nicht aufgeführt.',
    place: {
      clause: '„{{clause}}“',
      preamble: 'dem Text vor der ersten Klausel',
      front: 'den einleitenden Zeilen',
      header: 'einer Kopfzeile',
      footer: 'einer Fußzeile',
      footnote: 'einer Fußnote',
      endnote: 'einer Endnote',
      comment: 'einem Kommentar',
      document: 'dem Dokument',
    },
    object: {
      image: 'Ein Bild',
      chart: 'Ein Diagramm',
      diagram: 'Eine SmartArt-Grafik',
      shape: 'Eine Zeichnung',
      object: 'Ein Objekt',
      equation: 'Eine Formel',
      ink: 'Eine Freihandzeichnung',
    },
    program: {
      spreadsheet: 'Eine eingebettete Tabelle',
      presentation: 'Eine eingebettete Präsentation',
      document: 'Ein eingebettetes Dokument',
      pdf: 'Ein eingebettetes PDF',
      drawing: 'Eine eingebettete Zeichnung',
      other: 'Ein eingebettetes Objekt',
    },
    what: { paragraph: 'Absatz', table: 'Tabellen', section: 'Abschnitts', numbering: 'Nummerierungs' },
  },
  assessment: {
    title: 'Diese Datei ist womöglich ein anderer Vertrag',
    parties: 'Sie nennt {{their}}, dieser Deal ist mit {{ours}}.',
    clauses: 'Klauseln, die einer unserer entsprechen: nur {{matched}} von {{theirs}} (unsere: {{ours}}).',
    ask: 'Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben. Speichern Sie sie nur, wenn sie wirklich die Antwort zu diesem Deal ist.',
    confirm: 'Es ist die richtige Datei: trotzdem speichern',
    partiesPair: '{{provider}} und {{customer}}',
  },
  replies: 'Antworten: {{count}}',
  resolved: 'Erledigt',
};
