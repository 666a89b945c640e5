import { LIABILITY_CARVE_OUT } from '../../commonClauses';
import { bullets, p, paragraph, table, term, text } from '../../prose';
import type { LanguagePack } from '../../templateFamily';
import type { PriorityLevel } from '../../termSpecs';
import { VOCABULARY_DE } from '../../vocabulary.de';
import type { SaasClauseId, SaasLibraryId } from './outline';

const { tierNames: TIER_NAMES, priorityNames: PRIORITY_NAMES } = VOCABULARY_DE;

const PRIORITY_MEANINGS: Record<PriorityLevel, string> = {
  1: 'die Produktivumgebung ist für alle oder die meisten Nutzer nicht nutzbar, oder Kundendaten sind gefährdet',
  2: 'eine Kernfunktion ist gestört oder die Anwendung ist erheblich verlangsamt, und eine zumutbare Umgehung gibt es nicht',
  3: 'eine Funktion ist gestört, eine zumutbare Umgehung steht aber zur Verfügung',
  4: 'Fragen zur Bedienung, Darstellungsfehler und Verbesserungsvorschläge',
};

/** German wording of the SaaS templates. */
export const SAAS_DE: LanguagePack<SaasClauseId, SaasLibraryId> = {
  language: 'de',
  templateName: (tier) => `Software as a Service – ${TIER_NAMES[tier]}`,
  title: (tier) => `Service-Level-Vereinbarung – Software as a Service (${TIER_NAMES[tier]})`,
  descriptions: {
    basic:
      'Cloud-Anwendung für kleine Teams: Support zu Bürozeiten, tägliche Datensicherung und Datenexport bei Vertragsende.',
    business:
      'Cloud-Anwendung für den ganztägigen Einsatz: hohe Verfügbarkeit, kurze Wiederanlaufzeit, längere Ankündigung neuer Versionen und gestaffelte Gutschriften.',
    premium:
      'Cloud-Anwendung für geschäftskritische Abläufe: Support rund um die Uhr, Datenverlust von höchstens einer Stunde, Datenhaltung in Deutschland.',
  },
  termLabels: {
    availability: 'Zielverfügbarkeit der Anwendung',
    service_hours: 'Supportzeit',
    subcontractor_notice: 'Ankündigungsfrist für neue Unterauftragsverarbeiter',
    security_notice: 'Meldefrist für Datenschutzverletzungen',
  },
  clauses: {
    scope: () => ({
      heading: 'Vertragsparteien und Leistungsgegenstand',
      body: [
        p`Diese Service-Level-Vereinbarung („SLA“) zwischen dem oben genannten Anbieter („Anbieter“) und dem oben genannten Kunden („Kunde“) legt fest, in welcher Qualität der Anbieter dem Kunden die in der Produktbeschreibung bezeichnete Softwareanwendung über das Internet zur Nutzung bereitstellt („Anwendung“). Zu den Leistungen gehören:`,
        bullets(
          text(
            'der Betrieb der Anwendung in Rechenzentren, die der Anbieter selbst betreibt oder beauftragt, einschließlich der nötigen Hardware, Software und Netzanbindung;',
          ),
          text(
            'die Pflege und Weiterentwicklung der Anwendung sowie das Einspielen von Fehlerbehebungen und Sicherheitsupdates;',
          ),
          text('die Sicherung der Kundendaten und ihre Wiederherstellung im Notfall;'),
          text('Support für die vom Kunden benannten Administratoren.'),
        ),
        p`Der Kunde darf die Anwendung mit bis zu ${'covered_users'} Nutzern verwenden und zahlt dafür ${'monthly_fee'} je Kalendermonat zuzüglich gesetzlicher Umsatzsteuer („Monatsentgelt“). Zusätzliche Nutzer, Schnittstellen zu Drittsystemen und individuelle Anpassungen werden gesondert vereinbart.`,
      ],
    }),
    definitions: () => ({
      heading: 'Begriffsbestimmungen',
      body: [
        p`In diesem SLA bezeichnet:`,
        bullets(
          text(
            '„Produktivumgebung“ die Instanz der Anwendung, mit der der Kunde im laufenden Betrieb arbeitet;',
          ),
          text(
            '„Kundendaten“ alle Daten, die der Kunde oder seine Nutzer in die Anwendung eingeben oder dort erzeugen;',
          ),
          text('„Nutzer“ jede Person, der der Kunde einen Zugang zur Anwendung eingerichtet hat;'),
          text(
            '„Störung“ jede Abweichung der Anwendung von der Produktbeschreibung, die die Nutzung beeinträchtigt;',
          ),
          text(
            '„Ausfallzeit“ die Zeit, in der sich Nutzer nicht an der Produktivumgebung anmelden können oder deren Kernfunktionen laut Produktbeschreibung nicht ausführbar sind;',
          ),
          text(
            '„Hauptversion“ eine neue Version der Anwendung, die Bedienung, Funktionen oder Schnittstellen wesentlich verändert;',
          ),
          text(
            '„Wiederherstellungspunkt“ den jüngsten Datenstand, der nach einem Notfall wiederhergestellt werden kann;',
          ),
          text(
            '„Wiederanlaufzeit“ die Zeit vom Eintritt eines Notfalls, bis die Produktivumgebung wieder nutzbar ist;',
          ),
          text(
            '„Reaktionszeit“ die Zeit vom Eingang einer Störungsmeldung bis zur ersten inhaltlichen Antwort einer Fachkraft;',
          ),
          text(
            '„Wiederherstellungszeit“ die Zeit vom Eingang einer Störungsmeldung, bis die Anwendung wieder bestimmungsgemäß funktioniert oder eine zumutbare Umgehung bereitsteht;',
          ),
          text('„Werktag“ Montag bis Freitag mit Ausnahme der bundeseinheitlichen gesetzlichen Feiertage.'),
        ),
      ],
    }),
    'support-hours': () => ({
      heading: 'Betriebszeit und Supportzeiten',
      body: [
        p`Die Anwendung steht an allen Tagen des Jahres rund um die Uhr zur Verfügung. Der Support des Anbieters ist zu folgenden Zeiten erreichbar: ${'service_hours'}, jeweils nach deutscher Ortszeit („Supportzeit“).`,
        p`Die Administratoren des Kunden melden Störungen im Supportportal oder per E-Mail, Störungen der Priorität P1 zusätzlich über die Notfallnummer. Auf einer öffentlich erreichbaren Statusseite gibt der Anbieter Störungen und Wartungsarbeiten laufend bekannt.`,
      ],
    }),
    availability: () => ({
      heading: 'Verfügbarkeit der Anwendung und Messung',
      body: [
        p`Der Anbieter stellt die Produktivumgebung in jedem Kalendermonat mit einer Verfügbarkeit von mindestens ${'availability'} bereit („Zielverfügbarkeit“). Die Verfügbarkeit wird über alle Stunden des Monats berechnet; sie ist der Anteil der Zeit ohne Ausfallzeit in Prozent, auf zwei Nachkommastellen abgerundet.`,
        p`Gemessen wird am Übergang des Rechenzentrums zum Internet. Ein Messsystem außerhalb der Produktivumgebung meldet sich in Abständen von höchstens ${'measurement_interval'} mit einem Testzugang an und führt eine typische Kernfunktion aus. Schlägt das fehl, zählt die Zeit bis zum nächsten erfolgreichen Durchlauf als Ausfallzeit.`,
        p`Die Messergebnisse veröffentlicht der Anbieter auf der Statusseite und im Servicebericht. Beeinträchtigungen von Funktionen außerhalb der Kernfunktionen sind Störungen, aber keine Ausfallzeit.`,
      ],
    }),
    maintenance: () => ({
      heading: 'Wartung und Aktualisierungen',
      body: [
        p`Geplante Wartungsarbeiten, bei denen die Anwendung nicht oder nur eingeschränkt nutzbar ist, führt der Anbieter im Wartungsfenster durch: ${'maintenance_window_slot'}. Sie dürfen je Kalendermonat ${'maintenance_window_hours'} nicht überschreiten und werden mindestens ${'maintenance_notice'} im Voraus auf der Statusseite und per E-Mail an die Administratoren angekündigt.`,
        p`Aktualisierungen spielt der Anbieter nach Möglichkeit ohne Unterbrechung ein. Kritische Sicherheitslücken darf er auch außerhalb des Wartungsfensters schließen. Jede Unterbrechung außerhalb dieses Rahmens zählt als Ausfallzeit.`,
      ],
    }),
    exclusions: () => ({
      heading: 'Ausschlüsse',
      body: [
        p`Keine Ausfallzeit sind Unterbrechungen, die beruhen auf`,
        bullets(
          text('angekündigter Wartung im vereinbarten Rahmen;'),
          text(
            'Störungen im Netz des Kunden, bei seinem Internetanbieter oder an den Endgeräten der Nutzer;',
          ),
          text(
            'einer Nutzung entgegen der Produktbeschreibung, insbesondere dem Überschreiten der dort genannten Nutzungsgrenzen;',
          ),
          text(
            'Fehlern in Schnittstellen oder Erweiterungen, die der Kunde oder ein von ihm beauftragter Dritter bereitstellt;',
          ),
          text(
            'einer vom Kunden verlangten Sperre, etwa nach dem Verlust von Zugangsdaten, oder auf höherer Gewalt.',
          ),
        ),
        p`Funktionen, die der Anbieter ausdrücklich als Vorabversion kennzeichnet, sind von den Service-Levels dieses SLA ausgenommen.`,
      ],
    }),
    priorities: ({ priorities }) => ({
      heading: 'Störungsprioritäten, Reaktions- und Wiederherstellungszeiten',
      body: [
        p`Jede Störungsmeldung erhält vom Anbieter eine Priorität:`,
        bullets(
          ...priorities.map((level, index) =>
            text(
              `${PRIORITY_NAMES[level]}: ${PRIORITY_MEANINGS[level]}${index < priorities.length - 1 ? ';' : '.'}`,
            ),
          ),
        ),
        p`Die folgenden Zeiten laufen innerhalb der Supportzeit, bei Störungen der Priorität P1 rund um die Uhr:`,
        table(
          'service-levels',
          ['Priorität', 'Reaktionszeit', 'Wiederherstellungszeit'],
          priorities.map((level) => [
            text(PRIORITY_NAMES[level]),
            term(`p${level}_response`),
            term(`p${level}_resolution`),
          ]),
        ),
        p`Die Administratoren des Kunden können mit Begründung eine höhere Priorität verlangen; bis zur Klärung gilt die höhere.`,
      ],
    }),
    'backup-recovery': () => ({
      heading: 'Datensicherung und Notfallwiederherstellung',
      body: [
        p`Der Anbieter sichert die Kundendaten fortlaufend so, dass der Wiederherstellungspunkt höchstens ${'recovery_point'} vor einem Notfall liegt. Die Sicherungen werden verschlüsselt in einem zweiten, räumlich getrennten Rechenzentrum gespeichert und ${'backup_retention'} lang aufbewahrt.`,
        p`Fällt die Produktivumgebung durch einen Notfall aus, etwa durch den Verlust eines Rechenzentrums, stellt der Anbieter sie spätestens ${'recovery_time'} nach Eintritt des Notfalls wieder bereit.`,
        p`Die Notfallwiederherstellung testet der Anbieter mindestens einmal im Kalenderjahr und teilt dem Kunden das Ergebnis mit. Hat der Kunde Daten versehentlich gelöscht, stellt der Anbieter sie auf Wunsch aus einer Sicherung wieder her; den Aufwand dafür berechnet er nach der Preisliste.`,
      ],
    }),
    releases: () => ({
      heading: 'Weiterentwicklung, neue Versionen und Wegfall von Funktionen',
      body: [
        p`Der Anbieter entwickelt die Anwendung laufend weiter. Neue Hauptversionen kündigt er mindestens ${'release_notice'} vor der Einführung mit Versionshinweisen an, die die Änderungen an Bedienung, Funktionen und Schnittstellen beschreiben; Versionshinweise zu kleineren Versionen veröffentlicht er spätestens mit deren Einführung.`,
        p`Funktionen oder Schnittstellen, die der Kunde nutzt, entfernt der Anbieter nur nach einer Ankündigung mindestens ${'deprecation_notice'} im Voraus und nur, wenn er eine gleichwertige Alternative bereitstellt oder die Entfernung aus rechtlichen oder Sicherheitsgründen geboten ist.`,
        p`Eine Weiterentwicklung darf den vereinbarten Funktionsumfang nicht wesentlich verringern. Geschieht das dennoch, kann der Kunde den Vertrag zum Zeitpunkt der Änderung kündigen.`,
      ],
    }),
    'service-credits': ({ creditBands }) => ({
      heading: 'Gutschriften',
      body: [
        p`Unterschreitet die Verfügbarkeit der Produktivumgebung in einem Kalendermonat die Zielverfügbarkeit, mindert sich das Monatsentgelt für diesen Monat durch eine Gutschrift. Ihre Höhe richtet sich nach der niedrigsten Stufe, die die Verfügbarkeit unterschritten hat:`,
        table(
          'service-credits',
          ['Verfügbarkeit im Monat unter', 'Gutschrift (Anteil am Monatsentgelt)'],
          creditBands.map((band) => [term(`credit_band${band}_below`), term(`credit_band${band}_credit`)]),
        ),
        p`Die Gutschriften betragen je Kalendermonat höchstens ${'credit_cap'} des Monatsentgelts. Weist der Servicebericht die Unterschreitung aus, verrechnet der Anbieter die Gutschrift unaufgefordert mit der nächsten Rechnung; im Übrigen macht der Kunde sie in Textform geltend, die Frist dafür beträgt ${'credit_claim_deadline'} ab Zugang des Serviceberichts.`,
      ],
    }),
    incentives: () => ({
      heading: 'Leistungsbonus',
      body: [
        p`Liegt die Verfügbarkeit in einem Kalendermonat bei mindestens ${'bonus_threshold'} und wurden in diesem Monat alle Störungen der Prioritäten P1 und P2 fristgerecht behoben, darf der Anbieter einen Leistungsbonus von ${'bonus_amount'} des Monatsentgelts berechnen.`,
        p`Für Monate mit Gutschrift entfällt der Bonus. Der Anbieter berechnet ihn nur auf Grundlage des Serviceberichts, den der Kunde vorab prüfen kann.`,
      ],
    }),
    reporting: () => ({
      heading: 'Statusseite und Servicebericht',
      body: [
        p`Neben der Statusseite erhält der Kunde ${'report_interval'} einen Servicebericht, spätestens ${'report_due'} nach Ende des Berichtszeitraums. Er weist für jeden Monat aus:`,
        bullets(
          text('die gemessene Verfügbarkeit und alle Ausfallzeiten mit Ursache und Dauer;'),
          text('die Störungen mit Priorität, Reaktions- und Wiederherstellungszeit;'),
          text('den Stand der Datensicherung und das Ergebnis des letzten Wiederherstellungstests;'),
          text('eingeführte Versionen und angekündigte Änderungen am Funktionsumfang;'),
          text('neu eingesetzte und angekündigte Unterauftragsverarbeiter;'),
          text('Gutschriften und einen etwa berechneten Leistungsbonus.'),
        ),
      ],
    }),
    'chronic-failure': () => ({
      heading: 'Kündigung bei wiederholter Verfehlung',
      body: [
        p`Bleibt die Verfügbarkeit in ${'chronic_failure_months'} Kalendermonaten unter der Zielverfügbarkeit, gerechnet über die jeweils letzten ${'chronic_failure_window'}, oder überschreitet der Anbieter in einem Notfall die vereinbarte Wiederanlaufzeit, kann der Kunde den Vertrag über die Anwendung außerordentlich kündigen. Die Kündigungsfrist beträgt ${'chronic_failure_notice'}.`,
        p`Im Voraus gezahlte Entgelte für die Zeit nach dem Vertragsende erstattet der Anbieter in diesem Fall anteilig. Das Recht des Kunden auf Datenexport bleibt unberührt.`,
      ],
    }),
    'review-change': () => ({
      heading: 'Überprüfung und Änderungen',
      body: [
        p`Die Parteien überprüfen dieses SLA spätestens alle ${'review_interval'}, insbesondere ob Zielverfügbarkeit, Nutzerzahl und Supportzeiten noch zum Bedarf des Kunden passen.`,
        p`Änderungsvorschläge richtet eine Partei in Textform an die andere, die spätestens ${'change_response'} nach Eingang antwortet. Änderungen gelten nur, wenn beide Parteien ihnen schriftlich zugestimmt haben. Durch eine einseitige Änderung der Produktbeschreibung kann der Anbieter die Service-Levels nicht verschlechtern.`,
      ],
    }),
    liability: () => ({
      heading: 'Haftung',
      body: [
        p`Gutschriften nach diesem SLA werden auf Schadensersatz wegen derselben Nichtverfügbarkeit angerechnet.`,
        p`Im Fall leichter Fahrlässigkeit haftet der Anbieter nur für die Verletzung wesentlicher Vertragspflichten, beschränkt auf den vorhersehbaren, vertragstypischen Schaden und je Vertragsjahr auf ${'liability_cap'} des für dieses Vertragsjahr geschuldeten Entgelts. Für den Verlust von Kundendaten haftet er in Höhe des Aufwands, sie aus der letzten vereinbarungsgemäßen Sicherung wiederherzustellen.`,
        paragraph(LIABILITY_CARVE_OUT.de),
      ],
    }),
    'force-majeure': () => ({
      heading: 'Höhere Gewalt',
      body: [
        p`Keine Partei ist zur Leistung verpflichtet, solange und soweit höhere Gewalt sie daran hindert. Höhere Gewalt sind unvorhersehbare Ereignisse außerhalb ihres Einflussbereichs, etwa Naturkatastrophen, Krieg, behördliche Anordnungen und großflächige Ausfälle der Strom- oder Internetversorgung. Der Ausfall eines Rechenzentrums, den die vereinbarte Notfallwiederherstellung auffangen soll, und Angriffe, gegen die der Stand der Technik schützt, sind keine höhere Gewalt.`,
        p`Wer sich auf höhere Gewalt beruft, teilt das der anderen Partei unverzüglich mit. Dauert sie länger als ${'force_majeure_exit'}, können beide Parteien den Vertrag über die Anwendung kündigen.`,
      ],
    }),
    'data-protection': () => ({
      heading: 'Datenschutz, Unterauftragsverarbeiter und Informationssicherheit',
      body: [
        p`Der Anbieter verarbeitet personenbezogene Kundendaten nur im Auftrag und nach Weisung des Kunden auf Grundlage eines Vertrags über die Auftragsverarbeitung nach Art. 28 DSGVO. Kundendaten werden ausschließlich in ${'data_location'} gespeichert und verarbeitet, auch bei Wartung und Support.`,
        p`Der Anbieter führt eine aktuelle Liste seiner Unterauftragsverarbeiter. Einen neuen Unterauftragsverarbeiter kündigt er mindestens ${'subcontractor_notice'} vor dessen Einsatz an; der Kunde kann aus sachlichem Grund widersprechen und, wenn der Anbieter an dem Einsatz festhält, den Vertrag zum Beginn des Einsatzes kündigen.`,
        p`Verletzungen des Schutzes personenbezogener Daten meldet der Anbieter dem Kunden spätestens ${'security_notice'}, nachdem er davon Kenntnis erlangt hat. Er betreibt ein Managementsystem für Informationssicherheit nach ISO/IEC 27001 oder einem gleichwertigen Standard.`,
      ],
    }),
    'data-export': () => ({
      heading: 'Datenexport und Löschung bei Vertragsende',
      body: [
        p`Der Kunde kann seine Kundendaten während der Vertragslaufzeit jederzeit und noch ${'data_export_period'} nach Vertragsende selbst exportieren, und zwar vollständig in einem gängigen, maschinenlesbaren Format wie CSV oder JSON einschließlich hochgeladener Dateien. Der Export ist im Monatsentgelt enthalten.`,
        p`Nach Ablauf der Exportfrist löscht der Anbieter alle Kundendaten einschließlich der Sicherungen; die Löschung ist spätestens ${'data_deletion_period'} nach Ablauf der Exportfrist abgeschlossen, und der Anbieter bestätigt sie in Textform. Gesetzliche Aufbewahrungspflichten des Anbieters bleiben unberührt.`,
      ],
    }),
  },
  library: {
    onboarding: () => ({
      heading: 'Einrichtung und Datenübernahme',
      body: [
        p`Der Anbieter richtet die Anwendung spätestens ${'onboarding_period'} nach Vertragsschluss für den Kunden ein, legt die Administratoren an und übernimmt die Stammdaten, die der Kunde in der vereinbarten Vorlage liefert. Die Frist verlängert sich um die Zeit, in der der Anbieter auf Zuarbeit des Kunden wartet.`,
      ],
    }),
    'test-environment': () => ({
      heading: 'Testumgebung',
      body: [
        p`Neben der Produktivumgebung stellt der Anbieter eine Testumgebung bereit, in der neue Versionen schon vor ihrer Einführung zur Verfügung stehen. Auf Wunsch des Kunden gleicht er sie mit einer Kopie der Produktivdaten ab, spätestens alle ${'sandbox_refresh'}; personenbezogene Daten werden dabei auf Wunsch pseudonymisiert.`,
        p`Für die Testumgebung gelten die Service-Levels dieses SLA nicht.`,
      ],
    }),
    audits: () => ({
      heading: 'Nachweise und Prüfungen',
      body: [
        p`Der Anbieter weist die Einhaltung seiner Pflichten zu Datenschutz und Informationssicherheit durch aktuelle Zertifikate und Prüfberichte unabhängiger Stellen nach. Darüber hinaus darf der Kunde den Anbieter einmal im Kalenderjahr selbst oder durch einen zur Verschwiegenheit verpflichteten Prüfer prüfen; er kündigt die Prüfung mindestens ${'audit_notice'} vorher an.`,
        p`Nach einem Sicherheitsvorfall ist eine anlassbezogene Prüfung ohne diese Frist möglich.`,
      ],
    }),
    'earn-back': () => ({
      heading: 'Nachberechnung von Gutschriften',
      body: [
        p`Erreicht die Anwendung nach einem Monat mit Gutschrift in den folgenden ${'earn_back_months'} Kalendermonaten jeweils die Zielverfügbarkeit, darf der Anbieter die Gutschrift jenes Monats nachberechnen. Für Gutschriften aus Monaten, die zu einer Kündigung wegen wiederholter Verfehlung geführt haben, gilt das nicht.`,
      ],
    }),
    'exit-assistance': () => ({
      heading: 'Unterstützung beim Anbieterwechsel',
      body: [
        p`Auf Wunsch unterstützt der Anbieter den Kunden für bis zu ${'exit_assistance_period'} nach Vertragsende bei der Übernahme der Kundendaten in ein Nachfolgesystem, insbesondere durch Erläuterung des Datenmodells und Abstimmung mit dem neuen Anbieter. Diesen Aufwand berechnet er nach der Preisliste; der Datenexport selbst bleibt kostenlos.`,
      ],
    }),
  },
};
