import type { LocaleShape } from '../../localeShape';
import type { wordImport as en } from '../en/wordImport';

export const wordImport: LocaleShape<typeof en> = {
  error: {
    'not-docx': 'Diese Datei ist kein Word-Dokument (.docx).',
    'not-docx-ole':
      'Dies ist eine Word-Datei im alten Format (.doc) oder ein kennwortgeschütztes Dokument; bitte in Word ohne Kennwort als .docx speichern und diese Datei importieren.',
    empty: 'Die Datei ist leer (0 Byte); es gibt nichts zu importieren.',
    'too-large': 'Die Datei ist {{size}} groß; importiert werden Word-Dateien bis {{limit}}.',
    'too-large-structure': 'Die Word-Datei ist zu groß oder zu tief verschachtelt für den Import.',
    'zip-bomb':
      'Die Word-Datei wurde abgelehnt: {{part}} entpackt sich auf mehr als {{limit}} (eine „Zip-Bombe“ oder ein unvernünftig großes Dokument).',
    'too-many-entries':
      'Die Word-Datei wurde abgelehnt: Sie enthält {{count}} gepackte Einträge; ein Dokument hat weit weniger (Grenze {{limit}}).',
    'too-many-elements':
      'Die Word-Datei wurde abgelehnt: Sie enthält mehr als {{limit}} {{what}}; ein Vertrag hat weit weniger.',
    'path-traversal':
      'Die Word-Datei wurde abgelehnt: Sie enthält einen Eintrag „{{entry}}“, der aus dem Dokument hinaus zeigt.',
    doctype:
      'Die Word-Datei wurde abgelehnt: Ihr Teil {{part}} enthält eine Dokumenttyp-Deklaration, die Word nie schreibt und hinter der sich Angriffe über Entitäten verbergen können.',
    'bad-encoding':
      'Die Word-Datei wurde abgelehnt: Ihr Teil {{part}} ist kein gültiger Text in der angegebenen Kodierung ({{encoding}}).',
    truncated:
      'Die Word-Datei ist beschädigt oder unvollständig (vermutlich beim Kopieren oder Herunterladen abgeschnitten).',
    'malformed-xml': 'Die Word-Datei ist beschädigt: {{part}} ist kein wohlgeformtes XML.',
    encrypted:
      'Die Word-Datei ist verschlüsselt (kennwortgeschützt); bitte in Word ohne Kennwort speichern und diese Datei importieren.',
    unreadable: 'Die Word-Datei konnte nicht gelesen werden; sie ist möglicherweise beschädigt.',
    internal: 'Die Word-Datei konnte nicht verarbeitet werden.',
    what: {
      paragraphs: 'Absätze',
      runs: 'Textstücke',
      cells: 'Tabellenzellen',
      comments: 'Kommentare',
      anchors: 'Kommentarmarken',
      notes: 'Fuß- und Endnoten',
      elements: 'Elemente',
      parts: 'Teile',
      clauses: 'Klauseln',
    },
  },
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
