import { LIABILITY_CARVE_OUT } from '../../commonClauses';
import { bullets, inlines, p, paragraph, table, term, text } from '../../prose';
import type { LanguagePack } from '../../templateFamily';
import type { PriorityLevel } from '../../termSpecs';
import { VOCABULARY_DE } from '../../vocabulary.de';
import type { HostingClauseId, HostingLibraryId } from './outline';

const { tierNames: TIER_NAMES, priorityNames: PRIORITY_NAMES } = VOCABULARY_DE;

const PRIORITY_MEANINGS: Record<PriorityLevel, string> = {
  1: 'Stromversorgung, Klimatisierung oder Netzanbindung eines Racks sind ausgefallen, oder die Plattform ist insgesamt nicht erreichbar',
  2: 'einzelne Server der Plattform sind ausgefallen, oder ein redundanter Teil der Infrastruktur ist ausgefallen, sodass keine Redundanz mehr besteht',
  3: 'einzelne Dienste der Plattform sind beeinträchtigt, ohne dass der Betrieb des Kunden wesentlich eingeschränkt ist',
  4: 'Konfigurationswünsche, Auskünfte und Fehler ohne Auswirkung auf den Betrieb',
};

/**
 * German wording of the hosting templates. As in every family, term values stand in the nominative or
 * accusative ("beträgt 30 Tage", "spätestens 4 Stunden nach …"), never after "innerhalb von".
 */
export const HOSTING_DE: LanguagePack<HostingClauseId, HostingLibraryId> = {
  language: 'de',
  templateName: (tier) => `Hosting und Rechenzentrum – ${TIER_NAMES[tier]}`,
  title: (tier) => `Service-Level-Vereinbarung – Hosting und Rechenzentrum (${TIER_NAMES[tier]})`,
  descriptions: {
    basic:
      'Stellfläche mit redundanter Strom- und Netzversorgung und betriebene Server mit Betreuung zu Bürozeiten; Zutritt werktags nach Anmeldung.',
    business:
      'Colocation und Managed Hosting für den ganztägigen Betrieb: hohe Infrastrukturverfügbarkeit, Hardwaretausch am selben Tag, Remote Hands und erweiterte Zutrittszeiten.',
    premium:
      'Rechenzentrumsbetrieb für geschäftskritische Systeme: volle Stromredundanz, enger Klimakorridor, Betreuung und Zutritt rund um die Uhr.',
  },
  termLabels: {
    availability: 'Zielverfügbarkeit der Plattform',
  },
  clauses: {
    scope: () => ({
      heading: 'Vertragsparteien und Leistungsgegenstand',
      body: [
        p`Diese Service-Level-Vereinbarung („SLA“) regelt zwischen dem oben genannten Anbieter („Anbieter“) und dem oben genannten Kunden („Kunde“) die Qualität der Hosting- und Rechenzentrumsleistungen, die der Anbieter nach dem Hostingvertrag der Parteien erbringt („Leistungen“). Dazu gehören:`,
        bullets(
          text(
            'die Überlassung der im Leistungsschein bezeichneten Stellfläche (Racks oder Höheneinheiten) in einem Rechenzentrum des Anbieters;',
          ),
          text(
            'die Versorgung der Stellfläche mit Strom über zwei voneinander unabhängige Stromkreise sowie ihre Klimatisierung;',
          ),
          text(
            'die Anbindung an das Internet und an das Netz des Anbieters bis zum vereinbarten Übergabepunkt;',
          ),
          text(
            'der Betrieb der im Leistungsschein aufgeführten Server, virtuellen Maschinen und Speichersysteme (Managed Hosting) einschließlich Überwachung, Pflege der Betriebssysteme und Austausch defekter Hardware.',
          ),
        ),
        p`Für die Leistungen zahlt der Kunde ein Entgelt von ${'monthly_fee'} je Kalendermonat zuzüglich gesetzlicher Umsatzsteuer („Monatsentgelt“). Strom über die vereinbarte Anschlussleistung hinaus, Umbauten der Stellfläche und Einrichtungsarbeiten werden gesondert berechnet. Weicht der Hostingvertrag bei den Service-Levels von diesem SLA ab, gilt dieses SLA.`,
      ],
    }),
    definitions: () => ({
      heading: 'Begriffsbestimmungen',
      body: [
        p`Im Sinne dieses SLA bedeuten:`,
        bullets(
          text(
            '„Kundensysteme“: die Hardware des Kunden, die er auf der Stellfläche aufstellt und selbst betreibt;',
          ),
          text(
            '„Plattform“: die Server, virtuellen Maschinen und Speichersysteme, die der Anbieter nach dem Leistungsschein für den Kunden betreibt;',
          ),
          text(
            '„A- und B-Versorgung“: zwei voneinander unabhängige Stromkreise je Rack, jeder über eine eigene unterbrechungsfreie Stromversorgung und eine Netzersatzanlage abgesichert;',
          ),
          text(
            '„Übergabepunkt“: der im Leistungsschein genannte Netzwerkport, an dem die Verantwortung des Anbieters für die Netzanbindung endet;',
          ),
          text('„Störung“: eine ungeplante Unterbrechung oder Beeinträchtigung einer Leistung;'),
          text(
            '„Ausfallzeit“: jeder Zeitraum, in dem eine zugesicherte Leistung an der Stellfläche oder am Übergabepunkt nicht bestimmungsgemäß zur Verfügung steht, ohne dass ein Ausschluss nach diesem SLA greift;',
          ),
          text(
            '„Reaktionszeit“: die Zeit von der Meldung oder Feststellung einer Störung bis zum Beginn der Bearbeitung durch eine Fachkraft des Anbieters;',
          ),
          text(
            '„Wiederherstellungszeit“: die Zeit von der Meldung oder Feststellung einer Störung, bis die betroffene Leistung wieder bestimmungsgemäß zur Verfügung steht;',
          ),
          text(
            '„Werktag“: Montag bis Freitag, ausgenommen gesetzliche Feiertage am Standort des Rechenzentrums.',
          ),
        ),
      ],
    }),
    operations: () => ({
      heading: 'Betrieb, Überwachung und Servicezeiten',
      body: [
        p`Das Rechenzentrum ist ständig in Betrieb. Stromversorgung, Klimatisierung, Netzanbindung und Zutrittskontrolle überwacht die Leitwarte des Anbieters an allen Tagen des Jahres rund um die Uhr; Störungen dieser Infrastruktur bearbeitet der Anbieter unabhängig von den Servicezeiten sofort.`,
        p`Für die Plattform und für Aufträge des Kunden gelten folgende Servicezeiten: ${'service_hours'}, jeweils nach deutscher Ortszeit („Servicezeit“). Die Leitwarte ist jederzeit telefonisch und über das Kundenportal erreichbar; Störungen der Priorität P1 meldet der Kunde zusätzlich telefonisch.`,
      ],
    }),
    infrastructure: () => ({
      heading: 'Verfügbarkeit von Stromversorgung, Klimatisierung und Netzanbindung',
      body: [
        p`Der Anbieter sichert für jeden Kalendermonat die folgenden Werte zu, jeweils gerechnet über alle Stunden des Monats:`,
        bullets(
          inlines`Stromversorgung: ${'power_availability'} je Rack, wenn das Kundensystem an A- und B-Versorgung angeschlossen ist; als Ausfall zählt nur der gleichzeitige Ausfall beider Stromkreise;`,
          inlines`Klimatisierung: der Klimakorridor (${'climate_range'}) wird an der Luftansaugseite der Racks während ${'cooling_availability'} der Zeit eingehalten;`,
          inlines`Netzanbindung: ${'network_availability'} am Übergabepunkt, wenn der Kunde beide bereitgestellten Uplinks nutzt.`,
        ),
        p`Spannung und Stromstärke je Stromkreis, Temperatur und Luftfeuchte je Rackreihe sowie die Erreichbarkeit des Übergabepunkts misst der Anbieter fortlaufend mit eigenen Sensoren. Er bewahrt die Messwerte für die Laufzeit dieses SLA auf und legt sie dem Kunden zu jedem Ausfall auf Anfrage vor.`,
      ],
    }),
    availability: () => ({
      heading: 'Verfügbarkeit der Plattform und Messung',
      body: [
        p`Der Anbieter hält die Plattform in jedem Kalendermonat zu mindestens ${'availability'} der Servicezeit verfügbar („Zielverfügbarkeit“). Verfügbar ist die Plattform, wenn die betriebenen Server vom Übergabepunkt aus erreichbar sind und ihre im Leistungsschein genannten Dienste antworten.`,
        p`Das prüft der Anbieter automatisiert von einem Messpunkt außerhalb der Plattform in Abständen von höchstens ${'measurement_interval'}. Eine fehlgeschlagene Prüfung gilt ab ihrem Zeitpunkt bis zur nächsten erfolgreichen Prüfung als Ausfallzeit. Die Verfügbarkeit ist der Anteil der Servicezeit eines Kalendermonats ohne Ausfallzeit, in Prozent und auf zwei Nachkommastellen abgerundet.`,
      ],
    }),
    maintenance: () => ({
      heading: 'Wartungsarbeiten',
      body: [
        p`Arbeiten an redundant ausgelegten Anlagen wie Stromversorgung, Kühlung und Netz führt der Anbieter so aus, dass stets ein Teil der Redundanz in Betrieb bleibt. Solange die zugesicherte Versorgung dabei tatsächlich erhalten bleibt, entsteht keine Ausfallzeit. Der Anbieter kündigt solche Arbeiten mindestens ${'maintenance_notice'} vorher an, damit der Kunde seine Systeme darauf einstellen kann.`,
        p`Wartungsarbeiten, die die Plattform unterbrechen, finden nur im Wartungsfenster statt: ${'maintenance_window_slot'}. Sie dürfen je Kalendermonat höchstens ${'maintenance_window_hours'} dauern und sind ebenso anzukündigen. Was darüber hinausgeht, verspätet angekündigt wird oder außerhalb des Wartungsfensters liegt, zählt als Ausfallzeit.`,
      ],
    }),
    exclusions: () => ({
      heading: 'Ausschlüsse',
      body: [
        p`Folgende Ereignisse begründen keine Ausfallzeit; solange sie andauern, ruhen Reaktions- und Wiederherstellungszeiten:`,
        bullets(
          text('Defekte, Fehlkonfigurationen oder Überlastung der Kundensysteme;'),
          text(
            'der Ausfall eines einzelnen Stromkreises bei Kundensystemen, die nur an diesen einen Stromkreis angeschlossen sind;',
          ),
          text('die Überschreitung der vereinbarten Anschlussleistung oder Wärmelast durch den Kunden;'),
          text(
            'Eingriffe des Kunden oder von ihm beauftragter Dritter an der Stellfläche, am Netz oder an der Plattform;',
          ),
          text('Überlastungsangriffe (DDoS), die über den vereinbarten Abwehrumfang hinausgehen;'),
          text('angekündigte Wartungsarbeiten im vereinbarten Rahmen sowie Ereignisse höherer Gewalt.'),
        ),
        p`Dass ein Ausschluss vorliegt, hat der Anbieter zu beweisen.`,
      ],
    }),
    priorities: ({ priorities }) => ({
      heading: 'Störungsprioritäten, Reaktions- und Wiederherstellungszeiten',
      body: [
        p`Störungen stuft der Anbieter nach ihren Auswirkungen ein:`,
        bullets(
          ...priorities.map((level, index) =>
            text(
              `${PRIORITY_NAMES[level]}: ${PRIORITY_MEANINGS[level]}${index < priorities.length - 1 ? ';' : '.'}`,
            ),
          ),
        ),
        p`Bei Störungen der Infrastruktur laufen die folgenden Zeiten rund um die Uhr, bei Störungen der Plattform innerhalb der Servicezeit:`,
        table(
          'service-levels',
          ['Priorität', 'Reaktionszeit', 'Wiederherstellungszeit'],
          priorities.map((level) => [
            text(PRIORITY_NAMES[level]),
            term(`p${level}_response`),
            term(`p${level}_resolution`),
          ]),
        ),
        p`Fällt eine Hardwarekomponente der Plattform aus, tauscht der Anbieter sie spätestens ${'hardware_replacement'} nach Feststellung des Defekts aus. Die Wiederherstellungszeit läuft davon unabhängig weiter.`,
      ],
    }),
    'remote-hands': () => ({
      heading: 'Remote-Hands-Leistungen',
      body: [
        p`Im Auftrag des Kunden führen Techniker des Anbieters einfache Arbeiten an den Kundensystemen aus, etwa Statusanzeigen ablesen, Geräte neu starten, Kabel stecken oder tauschen und angelieferte Ersatzteile nach Anweisung einbauen („Remote Hands“).`,
        p`Der Anbieter beginnt mit einem Remote-Hands-Auftrag spätestens ${'remote_hands_response'} nach dessen Eingang über das Kundenportal oder die Leitwarte. Das Monatsentgelt umfasst je Kalendermonat ${'remote_hands_included'} Remote Hands; nicht genutzte Zeit verfällt am Monatsende. Weitere Stunden berechnet der Anbieter mit ${'remote_hands_rate'} je Stunde, abgerechnet wird nach angefangenen Viertelstunden.`,
        p`Die Techniker arbeiten nach den Anweisungen des Kunden und dokumentieren jeden Auftrag. Für Folgen einer fehlerhaften Anweisung des Kunden haftet der Anbieter nicht.`,
      ],
    }),
    access: () => ({
      heading: 'Zutritt zum Rechenzentrum',
      body: [
        p`Der Kunde und die von ihm benannten Personen erhalten zu folgenden Zeiten Zutritt zu seiner Stellfläche: ${'access_hours'}. Jeder Besuch ist mindestens ${'access_notice'} vorher über das Kundenportal anzumelden; beim Empfang weisen sich die Besucher mit einem amtlichen Lichtbildausweis aus.`,
        p`Das Rechenzentrum ist durch eine Zutrittskontrolle mit Vereinzelungsanlage und Videoüberwachung der Zugänge gesichert; jeder Zutritt wird protokolliert. Der Anbieter führt die Liste der zutrittsberechtigten Personen, die der Kunde jederzeit ändern kann, und legt ihm auf Anfrage die Zutrittsprotokolle seiner Stellfläche vor.`,
        p`In dringenden Fällen gewährt der Anbieter Zutritt auch ohne fristgerechte Anmeldung, soweit Sicherheit und Betrieb des Rechenzentrums es zulassen.`,
      ],
    }),
    'service-credits': ({ creditBands }) => ({
      heading: 'Gutschriften',
      body: [
        p`Unterschreitet die gemessene Verfügbarkeit der Plattform in einem Kalendermonat die Zielverfügbarkeit, schreibt der Anbieter dem Kunden den folgenden Anteil des Monatsentgelts gut. Maßgeblich ist allein die niedrigste erreichte Stufe:`,
        table(
          'service-credits',
          ['Verfügbarkeit der Plattform unter', 'Gutschrift (Anteil am Monatsentgelt)'],
          creditBands.map((band) => [term(`credit_band${band}_below`), term(`credit_band${band}_credit`)]),
        ),
        p`Verfehlt der Anbieter in einem Kalendermonat die zugesicherte Verfügbarkeit der Stromversorgung, der Klimatisierung oder der Netzanbindung, erhält der Kunde für diesen Monat zusätzlich eine Gutschrift von ${'infrastructure_credit'} des Monatsentgelts, und zwar einmal, auch wenn mehrere dieser Werte verfehlt sind.`,
        p`Alle Gutschriften eines Kalendermonats zusammen betragen höchstens ${'credit_cap'} des Monatsentgelts. Der Kunde verlangt sie in Textform; die Frist dafür beträgt ${'credit_claim_deadline'} ab Zugang des Serviceberichts für den Monat. Der Anbieter verrechnet Gutschriften mit der nächsten Rechnung; eines Schadensnachweises bedarf es nicht.`,
      ],
    }),
    incentives: () => ({
      heading: 'Leistungsbonus',
      body: [
        p`Erreicht die Plattform in einem Kalendermonat eine Verfügbarkeit von mindestens ${'bonus_threshold'} und hält der Anbieter in diesem Monat zugleich alle Werte für Stromversorgung, Klimatisierung und Netzanbindung ein, darf er einen Bonus von ${'bonus_amount'} des Monatsentgelts berechnen.`,
        p`Für einen Monat, in dem dem Kunden eine Gutschrift zusteht, entfällt der Bonus. Der Anbieter weist ihn im Servicebericht zusammen mit den Messwerten aus, auf denen er beruht.`,
      ],
    }),
    reporting: () => ({
      heading: 'Servicebericht',
      body: [
        p`Der Anbieter erstellt ${'report_interval'} einen Servicebericht und stellt ihn spätestens ${'report_due'} nach Ablauf des Berichtszeitraums im Kundenportal bereit. Der Bericht enthält für jeden Monat:`,
        bullets(
          text(
            'die gemessene Verfügbarkeit der Plattform, der Stromversorgung, der Klimatisierung und der Netzanbindung;',
          ),
          text('den Stromverbrauch je Rack im Verhältnis zur vereinbarten Anschlussleistung;'),
          text(
            'alle Störungen mit Priorität, Ursache, Reaktions- und Wiederherstellungszeit sowie die getauschte Hardware;',
          ),
          text('die geleisteten Remote-Hands-Stunden und die protokollierten Zutritte;'),
          text('durchgeführte und geplante Wartungsarbeiten;'),
          text('entstandene Gutschriften und einen etwa berechneten Leistungsbonus.'),
        ),
      ],
    }),
    'chronic-failure': () => ({
      heading: 'Sonderkündigungsrecht bei wiederholter Verfehlung',
      body: [
        p`Der Kunde darf die betroffenen Leistungen außerordentlich kündigen, wenn der Anbieter in ${'chronic_failure_months'} Kalendermonaten die Zielverfügbarkeit der Plattform oder einen der Werte für Stromversorgung, Klimatisierung und Netzanbindung verfehlt; gezählt werden die Monate eines Zeitraums, der jeweils die letzten ${'chronic_failure_window'} umfasst. Die Kündigungsfrist beträgt ${'chronic_failure_notice'}.`,
        p`Der Kunde übt dieses Recht zeitnah nach dem letzten verfehlten Monat aus. Gutschriften, die bis zum Vertragsende entstehen, bleiben geschuldet, und für den Abbau seiner Systeme erhält der Kunde Zutritt wie bisher.`,
      ],
    }),
    'review-change': () => ({
      heading: 'Überprüfung und Änderungen',
      body: [
        p`Die Parteien überprüfen dieses SLA spätestens alle ${'review_interval'} gemeinsam anhand der Serviceberichte, außerdem bei wesentlichen Änderungen der Anschlussleistung, der Stellfläche oder der Plattform.`,
        p`Änderungswünsche teilt eine Partei der anderen in Textform mit; diese nimmt spätestens ${'change_response'} nach Zugang Stellung. Eine Änderung gilt erst, wenn beide Parteien sie schriftlich vereinbart haben. Technische Anpassungen, die keinen zugesicherten Wert verschlechtern, darf der Anbieter nach Ankündigung ohne Zustimmung des Kunden vornehmen.`,
      ],
    }),
    liability: () => ({
      heading: 'Haftung',
      body: [
        p`Gutschriften werden auf Schadensersatzansprüche wegen derselben Leistungsstörung angerechnet; im Übrigen bleiben weitergehende Ansprüche unberührt.`,
        p`Für leicht fahrlässig verursachte Schäden haftet der Anbieter nur bei Verletzung wesentlicher Vertragspflichten, begrenzt auf den bei Vertragsschluss vorhersehbaren, vertragstypischen Schaden und je Vertragsjahr höchstens auf ${'liability_cap'} der für dieses Jahr nach diesem SLA geschuldeten Vergütung. Für den Verlust von Daten auf den Kundensystemen haftet der Anbieter nur, soweit der Schaden auch bei ordnungsgemäßer Datensicherung durch den Kunden eingetreten wäre.`,
        paragraph(LIABILITY_CARVE_OUT.de),
      ],
    }),
    'force-majeure': () => ({
      heading: 'Höhere Gewalt',
      body: [
        p`Höhere Gewalt sind Ereignisse außerhalb des Einflussbereichs der betroffenen Partei, die auch mit zumutbarer Sorgfalt nicht abzuwenden waren, etwa Naturkatastrophen, Krieg, Terroranschläge, behördliche Anordnungen oder Arbeitskämpfe in fremden Betrieben. Ein Ausfall des öffentlichen Stromnetzes ist keine höhere Gewalt, solange die unterbrechungsfreie Stromversorgung und die Netzersatzanlagen des Rechenzentrums ihn überbrücken können; dasselbe gilt für den Ausfall eines einzelnen Netzbetreibers, wenn der Anbieter eine redundante Anbindung schuldet.`,
        p`Solange höhere Gewalt andauert, ruhen die betroffenen Leistungspflichten. Die betroffene Partei unterrichtet die andere unverzüglich und begrenzt die Folgen, soweit ihr das zumutbar ist. Hält die Verhinderung länger als ${'force_majeure_exit'} an, darf jede Partei die betroffenen Leistungen kündigen.`,
      ],
    }),
    'data-protection': () => ({
      heading: 'Datenschutz und Vertraulichkeit',
      body: [
        p`Auf Daten, die der Kunde auf seinen eigenen Systemen verarbeitet, greift der Anbieter nicht zu; auch ein Remote-Hands-Auftrag berechtigt nicht dazu. Datenträger des Kunden verlassen das Rechenzentrum nur mit seiner Zustimmung oder werden auf seine Weisung nach einem anerkannten Verfahren vernichtet.`,
        p`Verarbeitet der Anbieter auf der Plattform personenbezogene Daten im Auftrag des Kunden, gilt der Vertrag der Parteien zur Auftragsverarbeitung nach Art. 28 DSGVO. Die Plattform und alle ihre Datensicherungen befinden sich ausschließlich in Rechenzentren in ${'data_location'}; eine Verlagerung bedarf der vorherigen Zustimmung des Kunden in Textform.`,
      ],
    }),
  },
  library: {
    'backup-restore': () => ({
      heading: 'Datensicherung der Plattform',
      body: [
        p`Der Anbieter sichert die Daten der Plattform auf Systeme in einem eigenen Brandabschnitt, sodass bei einer Rücksicherung höchstens die Änderungen der letzten ${'recovery_point'} verloren gehen. Jede Sicherung bleibt ${'backup_retention'} lang abrufbar.`,
        p`Rücksicherungen beauftragt der Kunde über das Kundenportal; sie sind im Monatsentgelt enthalten. Die Sicherung der Kundensysteme bleibt Sache des Kunden.`,
      ],
    }),
    'capacity-expansion': () => ({
      heading: 'Erweiterung der Stellfläche',
      body: [
        p`Bestellt der Kunde zusätzliche Racks im selben Rechenzentrum, stellt der Anbieter sie spätestens ${'expansion_lead_time'} nach Auftragseingang betriebsbereit zur Verfügung, soweit Fläche frei ist. Wird die freie Fläche knapp, teilt der Anbieter das dem Kunden rechtzeitig mit und hält ihm auf Wunsch angrenzende Flächen gegen gesondertes Entgelt vor.`,
      ],
    }),
    'security-incidents': () => ({
      heading: 'Sicherheitsvorfälle im Rechenzentrum',
      body: [
        p`Der Anbieter unterrichtet den Kunden spätestens ${'security_notice'}, nachdem er davon erfahren hat, über jeden unbefugten Zutritt zur Stellfläche des Kunden, jeden Verlust von Zutrittsmitteln und jeden Angriff auf die Plattform, der Daten des Kunden betreffen kann.`,
        p`Er sichert die Aufzeichnungen der Zutrittskontrolle und der Videoüberwachung zu dem Vorfall und stellt sie dem Kunden und den Ermittlungsbehörden zur Verfügung, soweit das rechtlich zulässig ist.`,
      ],
    }),
    'earn-back': () => ({
      heading: 'Wegfall von Gutschriften',
      body: [
        p`Hält der Anbieter nach einem Monat mit Gutschrift in den darauf folgenden ${'earn_back_months'} Kalendermonaten ohne Unterbrechung alle zugesicherten Verfügbarkeiten ein, entfällt die Gutschrift jenes Monats, und der Anbieter darf ihren Betrag nachberechnen. Nach einer Kündigung wegen wiederholter Verfehlung ist das ausgeschlossen.`,
      ],
    }),
    'exit-assistance': () => ({
      heading: 'Vertragsende und Rückbau',
      body: [
        p`Nach Vertragsende unterstützt der Anbieter den Kunden für bis zu ${'exit_assistance_period'} beim Umzug: Er hält die Stellfläche bis zum Abbau der Kundensysteme bereit, erbringt Remote Hands zu den vereinbarten Sätzen und übergibt die Daten der Plattform in einem gängigen Format.`,
        p`Der Kunde räumt die Stellfläche bis zum Ende dieses Zeitraums. Daten der Plattform löscht der Anbieter erst, wenn der Kunde die vollständige Übernahme bestätigt hat.`,
      ],
    }),
  },
};
