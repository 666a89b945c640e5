import type { LocaleShape } from '../../localeShape';
import type { errors as en } from '../en/errors';

export const errors: LocaleShape<typeof en> = {
  unexpected:
    'Etwas Unerwartetes ist schiefgegangen. Es ging nichts verloren; versuchen Sie es erneut und starten Sie die App neu, falls es wieder passiert.',
  backup: {
    empty: 'Die Datei ist leer.',
    'too-large': 'Die Datei ist größer als {{limit}} und damit zu groß für eine Sicherung.',
    'not-text': 'Die Datei ist keine Textdatei und damit keine Sicherung.',
    'too-deep': 'Die Datei ist zu tief verschachtelt für eine Sicherung dieser App.',
    'not-json':
      'Die Datei ist keine Sicherung: Ihr Inhalt lässt sich nicht als Daten lesen (sie ist vielleicht abgeschnitten oder beschädigt).',
    'forbidden-key':
      'Die Datei enthält Felder, die diese App nie schreibt; sie wurde als unsicher abgelehnt.',
    'not-a-backup': 'Die Datei ist keine Sicherung von SLA Workbench.',
    'newer-version':
      'Die Sicherung stammt von einer neueren Version von SLA Workbench (Datenversion {{version}}; diese App liest bis {{supported}}). Aktualisieren Sie die App, um sie wiederherzustellen.',
    'unsupported-version':
      'Diese Sicherung (Datenversion {{version}}) ist zu alt, als dass diese Version der App sie wiederherstellen könnte.',
    damaged: 'Die Datei wurde nach dem Speichern verändert oder beschädigt: Ihre Prüfsumme stimmt nicht.',
    truncated:
      'Die Datei ist unvollständig: Sie endet vor ihrer Prüfsumme (die Kopie wurde wohl abgeschnitten).',
    'invalid-record':
      'Die Sicherung enthält einen ungültigen Datensatz ({{table}}, Datensatz {{position}}{{field}}).',
    inconsistent: 'Die Datensätze der Sicherung passen nicht zusammen ({{detail}}).',
    'broken-chain':
      'Die Historie des Deals „{{deal}}“ in dieser Sicherung lässt sich nicht bestätigen: {{problem}}',
    unreadable: 'Die Datei konnte nicht gelesen werden; sie ist vielleicht beschädigt.',
    field: ', Feld {{field}}',
    tables: {
      templates: 'Vorlagen',
      deals: 'Deals',
      drafts: 'Entwürfe',
      rounds: 'Runden',
      changeReviews: 'Prüfarbeit',
      settings: 'Einstellungen',
      audit: 'Protokoll',
      signingKeys: 'Signaturschlüssel',
      playbooks: 'Playbooks',
      companyProfiles: 'Firmenprofile',
      suppliers: 'Lieferantenzusagen',
      approvals: 'Freigaben',
      agreements: 'Verträge',
      incidents: 'Vorfälle',
      reviews: 'Prüfungen',
    },
    inconsistency: {
      'draft-without-deal': 'ein Entwurf gehört zu einem Deal, der nicht in der Sicherung ist',
      'round-without-deal': 'eine Runde gehört zu einem Deal, der nicht in der Sicherung ist',
      'review-without-deal': 'Prüfarbeit gehört zu einem Deal, der nicht in der Sicherung ist',
      'guardrail-without-deal':
        'ein Playbook, Firmenprofil, eine Lieferantenzusage oder Freigabe gehört zu einem Deal, der nicht in der Sicherung ist',
      'monitoring-without-deal':
        'ein Vertrag oder Vorfall gehört zu einem Deal, der nicht in der Sicherung ist',
      'comments-without-deal': 'ein Kommentarverlauf gehört zu einem Deal, der nicht in der Sicherung ist',
      duplicate: '{{key}} kommt doppelt vor',
    },
  },
  chain: {
    'missing-round': 'Runde {{expected}} fehlt.',
    'first-has-predecessor': 'Die erste Runde verweist auf eine Runde vor ihr.',
    'bad-link': 'Runde {{round}} schließt nicht an Runde {{previous}} an.',
    altered: 'Runde {{round}} wurde verändert, nachdem sie festgeschrieben war.',
    unreadable: 'Runde {{round}} ist beschädigt und lässt sich nicht lesen.',
    downgraded: 'Runde {{round}} fehlt der Schutz, den die Runden vor ihr haben.',
    unsigned: 'Runde {{round}} trägt keine Signatur.',
    'unknown-signer': 'Runde {{round}} wurde von keiner Installation signiert, die diese App kennt.',
    'bad-signature': 'Die Signatur von Runde {{round}} passt nicht zu ihrem Inhalt.',
  },
  restore: {
    'save-current-failed':
      'Die Kopie Ihrer aktuellen Daten konnte nicht gespeichert werden, daher wurde nichts wiederhergestellt. Ihre Daten sind unverändert.',
    'write-failed': 'Die Sicherung konnte nicht in die App geschrieben werden. Ihre Daten sind unverändert.',
    'copy-not-confirmed':
      'Sie haben nicht bestätigt, dass die Kopie Ihrer aktuellen Daten gespeichert ist, daher wurde nichts wiederhergestellt.',
    'copy-mismatch':
      'Die Kopie Ihrer aktuellen Daten wurde geschrieben, beim Zurücklesen aber nicht mit demselben Inhalt gefunden. Es wurde nichts wiederhergestellt.',
    reason: {
      quota: 'Der Datenträger ist voll.',
      closed: 'Die Verbindung zum Speicher der App ging verloren.',
      io: 'Der Speicher der App hat einen Fehler gemeldet.',
    },
  },
  storage: {
    quota:
      'Der Datenträger ist voll: SLA Workbench kann nichts mehr speichern. Geben Sie Speicherplatz frei; Ihre letzten Änderungen bleiben in diesem Fenster erhalten und werden gespeichert, sobald wieder Platz ist.',
    closed:
      'Die Verbindung zum Speicher der App ging verloren. Sie wird neu aufgebaut; Ihre letzten Änderungen bleiben in diesem Fenster erhalten, bis sie gespeichert sind.',
    io: 'Der Speicher der App hat beim Speichern einen Fehler gemeldet. Ihre letzten Änderungen bleiben in diesem Fenster erhalten und werden gleich erneut gespeichert.',
  },
  docx: {
    'not-docx': 'Diese Datei ist kein Word-Dokument (.docx).',
    'not-docx-ole':
      'Dies ist eine Word-Datei im alten Format (.doc) oder ein kennwortgeschütztes Dokument; bitte in Word ohne Kennwort als .docx speichern und diese Datei importieren.',
    empty: 'Die Datei ist leer (0 Byte); es gibt nichts zu importieren.',
    'too-large': 'Die Datei ist {{size}} groß; importiert werden Word-Dateien bis {{limit}}.',
    'no-text': 'Die Word-Datei enthält keinen Text.',
    'too-large-unknown':
      'Die Word-Datei ist größer als {{limit}}; importiert werden Word-Dateien bis zu dieser Größe.',
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
    cancelled: 'Das Lesen der Word-Datei wurde abgebrochen.',
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
  term: {
    'not-number': 'Bitte eine Zahl eingeben, z. B. 99,9.',
    negative: 'Der Wert darf nicht negativ sein.',
    'over-100': 'Ein Prozentwert darf höchstens 100 % betragen.',
    'too-many-decimals': 'Höchstens {{max}} Nachkommastellen.',
    'whole-number': 'Bitte eine ganze Zahl eingeben.',
    'too-large': 'Der Wert ist zu groß (höchstens {{max}}).',
    'text-too-long': 'Der Text ist zu lang (höchstens {{max}} Zeichen).',
    'not-an-option': 'Bitte eine der Möglichkeiten wählen.',
    required: 'Dieser Wert darf nicht leer sein.',
    invalid: 'Dieser Wert ist nicht zulässig.',
  },
  validation: {
    withField: '{{field}}: {{problem}}',
    too_big: 'zu lang oder zu groß (höchstens {{maximum}})',
    too_small: 'fehlt oder ist zu kurz',
    invalid_type: 'fehlt oder hat die falsche Art',
    invalid_format: 'hat nicht das erwartete Format',
    invalid_value: 'ist keiner der zulässigen Werte',
    other: 'ist nicht gültig',
    notSaved: 'Das wurde nicht gespeichert: {{problem}}.',
  },
  repository: {
    'not-found':
      'Woran Sie arbeiten, gibt es nicht mehr (es wurde gelöscht, vielleicht in einem anderen Fenster).',
    conflict: 'Jemand hat das im selben Moment in einem anderen Fenster geändert. Versuchen Sie es erneut.',
    refused: 'Das ist hier nicht möglich.',
    draftConflict: 'Der Entwurf wurde in einem anderen Fenster geändert, seit Sie ihn hier geöffnet haben.',
    builtInTemplate:
      'Mitgelieferte Vorlagen lassen sich nicht ändern. Duplizieren Sie die Vorlage und bearbeiten Sie die Kopie.',
    dealSigned: 'Dieser Deal ist unterschrieben und nur lesbar. Öffnen Sie ihn wieder, um ihn zu ändern.',
    dealWalkedAway:
      'Dieser Deal wurde abgebrochen und ist nur lesbar. Öffnen Sie ihn wieder, um ihn zu ändern.',
    dealClosed: 'Dieser Deal ist abgeschlossen und nur lesbar. Öffnen Sie ihn wieder, um ihn zu ändern.',
    reviewOrder: 'Die nächste Prüfung muss nach dieser liegen.',
    noAgreement: 'Zu diesem Deal gibt es keinen unterschriebenen Vertrag, der neu verhandelt werden könnte.',
    signingMovedOn:
      'Der Deal wurde während des Unterschreibens in einem anderen Fenster geändert. Versuchen Sie es erneut.',
    incidentRecorded: 'Einer dieser Vorfälle ist schon erfasst. Es wurde nichts importiert.',
    authorMissing: 'Bitte geben Sie zuerst Ihren Namen ein: Er steht bei Ihrem Kommentar.',
    builtInTemplateLifecycle:
      'Mitgelieferte Vorlagen gehören zur App: Sie lassen sich weder zurückziehen noch löschen. Duplizieren Sie eine, um eine eigene Vorlage zu erhalten.',
    templateInUse_one:
      'Ein Deal beruht auf dieser Vorlage, daher lässt sie sich nicht löschen: Jeder Deal behält die Vorlagenversion, mit der er begonnen hat. Ziehen Sie die Vorlage stattdessen zurück; dann wird sie für neue Deals nicht mehr angeboten.',
    templateInUse_other:
      '{{count}} Deals beruhen auf dieser Vorlage, daher lässt sie sich nicht löschen: Jeder Deal behält die Vorlagenversion, mit der er begonnen hat. Ziehen Sie die Vorlage stattdessen zurück; dann wird sie für neue Deals nicht mehr angeboten.',
    templateRetiredAlready: 'Diese Vorlage ist bereits zurückgezogen (vielleicht in einem anderen Fenster).',
    templateNotRetired:
      'Diese Vorlage ist nicht zurückgezogen (vielleicht wurde sie in einem anderen Fenster wieder freigegeben).',
    templateRetired:
      'Diese Vorlage ist zurückgezogen und wird für neue Deals nicht mehr angeboten. Geben Sie sie unter „Vorlagen“ wieder frei, um einen Deal damit zu beginnen.',
    commentTheirs:
      'Kommentare und Antworten des Kunden bleiben genau so, wie er sie geschrieben hat; nur Ihre eigenen lassen sich bearbeiten oder löschen.',
    commentMissing:
      'Diesen Kommentar oder diese Antwort gibt es nicht mehr (vielleicht in einem anderen Fenster gelöscht).',
    commentEmpty: 'Ein Kommentar kann nicht leer sein. Um ihn zurückzunehmen, löschen Sie ihn.',
  },
  platform: {
    'forbidden-sender': 'Die Anfrage kam nicht aus dem Fenster von SLA Workbench und wurde abgelehnt.',
    'invalid-request':
      'Die App hat eine Anfrage gesendet, die sie nicht senden sollte; es wurde nichts getan.',
    'file-too-large': 'Die Datei ist größer als {{limit}} und kann nicht geöffnet werden.',
    'io-error':
      'Die Datei konnte nicht gelesen oder geschrieben werden (fehlende Rechte, voller Datenträger oder sie wurde verschoben).',
    'verify-failed':
      'Die Sicherung wurde geschrieben, beim Zurücklesen aber nicht mit demselben Inhalt gefunden; sie wurde daher nicht behalten.',
    internal: 'Die App konnte die Anfrage nicht abschließen.',
  },
  database: {
    tooNew:
      'Die Daten wurden von einer neueren Version von SLA Workbench geschrieben. Bitte aktualisieren Sie die App; es wurde nichts verändert.',
  },
  safety: {
    lock: {
      elsewhere:
        'Dieser Deal ist in einem anderen Fenster oder Tab zur Bearbeitung geöffnet. Hier können Sie ihn lesen; um hier zu bearbeiten, übernehmen Sie ihn (das andere Fenster speichert vorher).',
      taken:
        'Dieser Deal wurde in einem anderen Fenster übernommen; was Sie hier getippt hatten, wurde vorher gespeichert. Hier ist er jetzt schreibgeschützt.',
      waiting: 'Das andere Fenster wird gebeten, zu speichern und den Deal zu übergeben …',
      takeOver: 'Hier bearbeiten',
    },
    dataLost:
      'Der Datenspeicher der App ist leer, obwohl er am {{date}} noch $t(backup:counts.deals, {"count": {{deals}} }) enthielt. Der Browser hat ihn verworfen, vermutlich nachdem der Datenträger voll war. Stellen Sie Ihre letzte Sicherung wieder her: Was darin ist, ist nicht verloren.',
    dataLostRestore: 'Sicherung wiederherstellen',
    dataLostDismiss: 'Leer beginnen',
    saveNow: 'Jetzt speichern',
    conflict: {
      title: 'Der Entwurf wurde in einem anderen Fenster geändert',
      description:
        'Während Sie hier bearbeitet haben, wurde der Entwurf in einem anderen Fenster gespeichert ({{date}}). Es wurde nichts überschrieben. Wählen Sie, welche Fassung bleiben soll.',
      differences_one: 'Die Fassungen unterscheiden sich an einer Stelle:',
      differences_other: 'Die Fassungen unterscheiden sich an {{count}} Stellen:',
      theirs: 'Anderes Fenster:',
      mine: 'Dieses Fenster:',
      keepMine: 'Fassung dieses Fensters behalten',
      takeTheirs: 'Andere Fassung übernehmen',
      more_one: '… und ein weiterer Unterschied.',
      more_other: '… und {{count}} weitere Unterschiede.',
    },
    recovered: {
      message:
        'Das Fenster wurde unerwartet beendet ({{reason}}) und neu geladen. Alles Gespeicherte ist wieder da; nur was im letzten Moment davor getippt wurde, kann fehlen.',
      reasons: {
        'abnormal-exit': 'ein unerwartetes Ende',
        killed: 'es wurde von außen beendet',
        crashed: 'ein Absturz',
        oom: 'zu wenig Arbeitsspeicher',
        'launch-failed': 'es konnte nicht starten',
        'integrity-failure': 'eine fehlgeschlagene Integritätsprüfung',
        'memory-eviction': 'das System hat Speicher zurückgefordert',
      },
      dismiss: 'OK',
    },
  },
};
