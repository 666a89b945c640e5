import { LIABILITY_CARVE_OUT } from '../../commonClauses';
import { bullets, inlines, p, paragraph, table, term, text } from '../../prose';
import type { LanguagePack } from '../../templateFamily';
import type { PriorityLevel } from '../../termSpecs';
import { VOCABULARY_DE } from '../../vocabulary.de';
import type { ServiceDeskClauseId, ServiceDeskLibraryId } from './outline';

const { tierNames: TIER_NAMES, priorityNames: PRIORITY_NAMES } = VOCABULARY_DE;

const PRIORITY_MEANINGS: Record<PriorityLevel, string> = {
  1: 'viele Anwender oder ein ganzer Standort können nicht arbeiten, oder ein geschäftskritischer Ablauf steht still',
  2: 'mehrere Anwender oder ein Anwender in einer Schlüsselfunktion sind erheblich eingeschränkt, und es gibt keine Umgehungslösung',
  3: 'ein einzelner Anwender ist eingeschränkt, kann aber mit einer Umgehungslösung weiterarbeiten',
  4: 'Fragen, Hinweise und Fehler ohne Einfluss auf die Arbeit',
};

/** German wording of the service desk templates. */
export const SERVICE_DESK_DE: LanguagePack<ServiceDeskClauseId, ServiceDeskLibraryId> = {
  language: 'de',
  templateName: (tier) => `Service-Desk – ${TIER_NAMES[tier]}`,
  title: (tier) => `Service-Level-Vereinbarung – Service-Desk (${TIER_NAMES[tier]})`,
  descriptions: {
    basic:
      'Zentrale Anlaufstelle für die Anwender zu Bürozeiten über Ticketportal, E-Mail und Telefon, mit klaren Annahme- und Erstlösungsquoten.',
    business:
      'Service-Desk mit erweiterten Servicezeiten, schneller Annahme von Anrufen, höherer Erstlösungsquote und monatlichem Bericht.',
    premium:
      'Service-Desk rund um die Uhr in drei Sprachen mit Chat, kürzesten Reaktionszeiten und einem Bonus für besonders zufriedene Anwender.',
  },
  termLabels: {
    availability: 'Zielverfügbarkeit (Erreichbarkeit des Service-Desks)',
    covered_users: 'Anzahl der benannten Anwender',
  },
  clauses: {
    scope: () => ({
      heading: 'Vertragsparteien und Leistungsumfang',
      body: [
        p`Diese Service-Level-Vereinbarung („SLA“) gilt zwischen dem oben genannten Anbieter („Anbieter“) und dem oben genannten Kunden („Kunde“) für den Service-Desk, den der Anbieter als zentrale Anlaufstelle für die Anwender des Kunden betreibt („Leistungen“). Der Service-Desk`,
        bullets(
          text(
            'nimmt Störungsmeldungen, Serviceanfragen und Fragen der Anwender entgegen und erfasst sie als Ticket;',
          ),
          text(
            'löst sie nach Möglichkeit selbst, insbesondere bei Anmeldeproblemen, gesperrten Konten, Fragen zur Bedienung und Standardanfragen aus dem Servicekatalog;',
          ),
          text(
            'leitet Tickets, die er nicht selbst lösen kann, an die zuständigen Fachbereiche des Kunden oder dessen Dienstleister weiter und verfolgt sie bis zum Abschluss;',
          ),
          text('informiert die Anwender über den Bearbeitungsstand und über bekannte Störungen.'),
        ),
        p`Die Leistungen umfassen bis zu ${'covered_users'} namentlich benannte Anwender des Kunden. Der Kunde zahlt dafür ein Entgelt von ${'monthly_fee'} je Kalendermonat zuzüglich gesetzlicher Umsatzsteuer („Monatsentgelt“); weitere Anwender werden nach der gültigen Preisliste berechnet. Für die Behebung von Störungen in Systemen, die der Anbieter nicht betreibt, bleiben der Kunde oder dessen Dienstleister verantwortlich.`,
      ],
    }),
    definitions: () => ({
      heading: 'Begriffsbestimmungen',
      body: [
        p`Für dieses SLA gelten folgende Begriffe:`,
        bullets(
          text('„Anwender“: die Beschäftigten des Kunden, die er dem Anbieter als berechtigt benannt hat;'),
          text(
            '„Ticket“: der Datensatz im Ticketsystem des Anbieters, der ein Anliegen von der Aufnahme bis zum Abschluss dokumentiert;',
          ),
          text(
            '„Störung“: eine ungeplante Unterbrechung oder Qualitätsminderung eines IT-Dienstes, die einen Anwender an der Arbeit hindert oder dabei behindert;',
          ),
          text(
            '„Serviceanfrage“: der Wunsch eines Anwenders nach einer Standardleistung aus dem Servicekatalog, etwa einem neuen Zugang oder einer Softwareinstallation;',
          ),
          text(
            '„Erstlösung“: ein Ticket, das der Service-Desk im ersten Kontakt mit dem Anwender abschließt, ohne es weiterzuleiten;',
          ),
          text(
            '„Reaktionszeit“: die Zeit vom Eingang einer Meldung bis zur qualifizierten Rückmeldung an den Anwender mit einer Einschätzung und den nächsten Schritten;',
          ),
          text(
            '„Wiederherstellungszeit“: die Zeit vom Eingang einer Störungsmeldung, bis der Anwender wieder arbeiten kann, dauerhaft oder mit einer Umgehungslösung;',
          ),
          text('„Werktag“: Montag bis Freitag außer den gesetzlichen Feiertagen am Sitz des Kunden.'),
        ),
      ],
    }),
    contact: () => ({
      heading: 'Kontaktwege, Sprachen und Servicezeiten',
      body: [
        p`Der Service-Desk ist zu folgenden Zeiten besetzt: ${'service_hours'}, jeweils nach deutscher Ortszeit („Servicezeit“). Die Anwender erreichen ihn über folgende Kontaktwege: ${'ticket_channels'}. Anliegen bearbeitet er in folgenden Sprachen: ${'support_languages'}.`,
        p`Schriftliche Meldungen können die Anwender jederzeit abgeben. Der Service-Desk bestätigt jede schriftliche Meldung spätestens ${'ticket_acknowledgement'} nach Eingang, gerechnet innerhalb der Servicezeit, mit der Ticketnummer. Störungen der Priorität P1 melden die Anwender über den schnellsten vereinbarten Kontaktweg, soweit vorhanden telefonisch.`,
        p`Außerhalb der Servicezeit eingehende Meldungen bearbeitet der Service-Desk ab Beginn der nächsten Servicezeit, sofern die Parteien keinen Bereitschaftsdienst vereinbart haben.`,
      ],
    }),
    availability: () => ({
      heading: 'Erreichbarkeit und Messung',
      body: [
        p`Der Anbieter hält den Service-Desk in jedem Kalendermonat während mindestens ${'availability'} der Servicezeit über alle vereinbarten Kontaktwege erreichbar („Zielverfügbarkeit“). Nicht erreichbar ist der Service-Desk, solange die Telefonanlage keine Anrufe annimmt, das Ticketportal nicht aufgerufen werden kann oder eingehende E-Mails nicht als Ticket erfasst werden.`,
        p`Der Anbieter überwacht die Kontaktwege automatisiert mit Testanrufen und Testmeldungen in Abständen von höchstens ${'measurement_interval'}. Nach einer fehlgeschlagenen Prüfung gilt der Service-Desk bis zur nächsten erfolgreichen Prüfung als nicht erreichbar.`,
        p`Für Anrufe, die innerhalb der Servicezeit eingehen, gelten außerdem je Kalendermonat folgende Werte:`,
        bullets(
          inlines`mindestens ${'call_answer_rate'} der Anrufe werden spätestens ${'call_answer_time'} nach dem ersten Klingeln von einem Mitarbeiter angenommen („Annahmequote“);`,
          inlines`höchstens ${'abandon_rate'} der Anrufer legen auf, bevor ein Mitarbeiter den Anruf annimmt („Abbruchquote“); Anrufe, die schon während der Begrüßungsansage enden, zählen nicht mit.`,
        ),
        p`Grundlage der Messung sind die Aufzeichnungen der Telefonanlage und des Ticketsystems. Der Anbieter bewahrt sie für die Laufzeit dieses SLA auf und gewährt dem Kunden auf Anfrage Einsicht in die Auswertungen.`,
      ],
    }),
    maintenance: () => ({
      heading: 'Wartung der Service-Desk-Systeme',
      body: [
        p`Wartungsarbeiten an Telefonanlage, Ticketsystem und Ticketportal legt der Anbieter in das folgende Wartungsfenster: ${'maintenance_window_slot'}. Sie dürfen je Kalendermonat insgesamt höchstens ${'maintenance_window_hours'} beanspruchen und werden den Ansprechpartnern des Kunden mindestens ${'maintenance_notice'} im Voraus angekündigt.`,
        p`Fällt das Wartungsfenster in die Servicezeit, hält der Anbieter mindestens einen Kontaktweg ohne Unterbrechung offen. Zeiten, in denen kein Kontaktweg zur Verfügung steht, zählen in vollem Umfang als Zeit ohne Erreichbarkeit.`,
      ],
    }),
    exclusions: () => ({
      heading: 'Ausschlüsse und Mitwirkung des Kunden',
      body: [
        p`Bei der Berechnung der Werte dieses SLA bleiben außer Betracht:`,
        bullets(
          text('Meldungen zu Systemen oder Leistungen, die nicht im Servicekatalog aufgeführt sind;'),
          text(
            'Wartezeiten auf Zuarbeit des Kunden, seiner Fachbereiche oder seiner Dienstleister, an die ein Ticket weitergeleitet wurde;',
          ),
          text('Zeiten, in denen ein Anwender für Rückfragen nicht erreichbar ist;'),
          text('Ausfälle öffentlicher Telefon- oder Datennetze und Ereignisse höherer Gewalt;'),
          inlines`das Aufkommen an Tickets und Anrufen, das die vereinbarte Monatsprognose um mehr als ${'volume_tolerance'} übersteigt, etwa infolge einer großflächigen Störung beim Kunden.`,
        ),
        p`Der Kunde teilt dem Anbieter geplante Änderungen, die das Aufkommen erheblich beeinflussen, rechtzeitig mit und stellt aktuelle Anleitungen und Zugänge zu den Systemen bereit, zu denen der Service-Desk Auskunft gibt.`,
      ],
    }),
    priorities: ({ priorities }) => ({
      heading: 'Prioritäten, Reaktions- und Wiederherstellungszeiten',
      body: [
        p`Jedes Ticket zu einer Störung erhält eine Priorität nach der Zahl der betroffenen Anwender und der Dringlichkeit:`,
        bullets(
          ...priorities.map((level, index) =>
            text(
              `${PRIORITY_NAMES[level]}: ${PRIORITY_MEANINGS[level]}${index < priorities.length - 1 ? ';' : '.'}`,
            ),
          ),
        ),
        p`Die folgenden Zeiten laufen innerhalb der Servicezeit. Muss der Service-Desk eine Störung weiterleiten, endet seine Wiederherstellungszeit mit der vollständigen Übergabe an die zuständige Stelle; er verfolgt das Ticket danach weiter und hält den Anwender auf dem Laufenden.`,
        table(
          'service-levels',
          ['Priorität', 'Reaktionszeit', 'Wiederherstellungszeit'],
          priorities.map((level) => [
            text(PRIORITY_NAMES[level]),
            term(`p${level}_response`),
            term(`p${level}_resolution`),
          ]),
        ),
        p`Serviceanfragen aus dem Servicekatalog erledigt der Service-Desk spätestens ${'request_fulfilment'} nach Eingang der vollständigen Angaben und, soweit erforderlich, der Genehmigung durch den Kunden.`,
      ],
    }),
    quality: () => ({
      heading: 'Erstlösung und Zufriedenheit der Anwender',
      body: [
        p`Der Service-Desk löst in jedem Kalendermonat mindestens ${'first_contact_resolution'} der Tickets, die er nach dem Servicekatalog selbst lösen darf, beim ersten Kontakt („Erstlösungsquote“).`,
        p`Nach dem Abschluss eines Tickets bittet der Anbieter den Anwender um eine kurze Bewertung. Mindestens ${'customer_satisfaction'} der in einem Kalendermonat abgegebenen Bewertungen lauten „zufrieden“ oder „sehr zufrieden“ („Zufriedenheitsquote“).`,
        p`Der Anbieter pflegt eine Wissensdatenbank mit Lösungen für wiederkehrende Anliegen und stellt sie den Anwendern im Ticketportal zur Verfügung.`,
      ],
    }),
    'service-credits': ({ creditBands }) => ({
      heading: 'Gutschriften',
      body: [
        p`Bleibt die gemessene Erreichbarkeit des Service-Desks in einem Kalendermonat unter der Zielverfügbarkeit, wird dem Kunden der folgende Anteil des Monatsentgelts gutgeschrieben; es gilt nur die niedrigste erreichte Stufe:`,
        table(
          'service-credits',
          ['Erreichbarkeit unter', 'Gutschrift (Anteil am Monatsentgelt)'],
          creditBands.map((band) => [term(`credit_band${band}_below`), term(`credit_band${band}_credit`)]),
        ),
        p`Zusätzlich erhält der Kunde für jeden der folgenden Werte, den der Anbieter in einem Kalendermonat verfehlt, eine Gutschrift von ${'kpi_credit'} des Monatsentgelts: Annahmequote, Abbruchquote, Erstlösungsquote, Zufriedenheitsquote und Reaktionszeit für Störungen der Priorität P1.`,
        p`Sämtliche Gutschriften eines Monats sind auf ${'credit_cap'} des Monatsentgelts begrenzt. Der Kunde macht sie spätestens ${'credit_claim_deadline'} nach Erhalt des Serviceberichts in Textform geltend; der Anbieter schreibt sie auf der nächsten Rechnung gut.`,
      ],
    }),
    incentives: () => ({
      heading: 'Leistungsbonus',
      body: [
        p`Erreicht die Zufriedenheitsquote in einem Kalendermonat mindestens ${'bonus_satisfaction_threshold'} und hält der Anbieter in diesem Monat alle übrigen Werte dieses SLA ein, steht ihm ein Bonus von ${'bonus_amount'} des Monatsentgelts zu.`,
        p`Für Monate, in denen eine Gutschrift entsteht, ist der Bonus ausgeschlossen. Der Kunde kann die zugrunde liegenden Bewertungen vor der Zahlung stichprobenartig einsehen.`,
      ],
    }),
    reporting: () => ({
      heading: 'Berichte',
      body: [
        p`Der Anbieter legt dem Kunden ${'report_interval'} einen Servicebericht vor, spätestens ${'report_due'} nach Ende des Berichtszeitraums, und stellt außerdem eine laufend aktualisierte Übersicht im Ticketportal bereit. Der Bericht enthält je Kalendermonat:`,
        bullets(
          text('die Zahl der Tickets nach Kontaktweg, Kategorie und Priorität im Vergleich zur Prognose;'),
          text('Erreichbarkeit, Annahmequote und Abbruchquote;'),
          text('Erstlösungsquote und Zufriedenheitsquote mit auffälligen Rückmeldungen der Anwender;'),
          text('die erreichten Reaktions-, Wiederherstellungs- und Erledigungszeiten;'),
          text('wiederkehrende Anliegen mit Vorschlägen, wie sie sich vermeiden lassen;'),
          text('Gutschriften und einen etwa beanspruchten Bonus.'),
        ),
      ],
    }),
    'chronic-failure': () => ({
      heading: 'Kündigung bei wiederholter Verfehlung',
      body: [
        p`Hat der Anbieter innerhalb der jeweils letzten ${'chronic_failure_window'} in ${'chronic_failure_months'} Kalendermonaten die Zielverfügbarkeit, die Annahmequote oder die Erstlösungsquote verfehlt, kann der Kunde die Leistungen aus wichtigem Grund kündigen.`,
        p`Die Kündigungsfrist beträgt ${'chronic_failure_notice'}; der Kunde erklärt die Kündigung innerhalb angemessener Zeit nach dem letzten verfehlten Monat. Gutschriften, die bis zum Vertragsende entstehen, bleiben unberührt.`,
      ],
    }),
    'review-change': () => ({
      heading: 'Überprüfung und Anpassung',
      body: [
        p`Die Parteien besprechen die Serviceberichte regelmäßig und überprüfen dieses SLA spätestens alle ${'review_interval'}. Dabei legen sie auch die Prognose für das monatliche Aufkommen und den Servicekatalog neu fest.`,
        p`Jede Partei kann Änderungen in Textform vorschlagen; die andere äußert sich spätestens ${'change_response'} nach Eingang. Vereinbarte Änderungen halten die Parteien schriftlich fest, bis dahin gilt dieses SLA unverändert. Neue Einträge im Servicekatalog übernimmt der Service-Desk, sobald seine Mitarbeiter dafür geschult sind.`,
      ],
    }),
    liability: () => ({
      heading: 'Haftung',
      body: [
        p`Gewährte Gutschriften werden auf Schadensersatzansprüche des Kunden wegen derselben Pflichtverletzung angerechnet.`,
        p`Bei leichter Fahrlässigkeit haftet der Anbieter nur für die Verletzung wesentlicher Vertragspflichten und nur in Höhe des vertragstypischen, vorhersehbaren Schadens, je Vertragsjahr insgesamt begrenzt auf ${'liability_cap'} der Jahresvergütung nach diesem SLA. Für Schäden aus Anleitungen, die der Kunde dem Service-Desk vorgegeben hat, haftet der Anbieter nicht.`,
        paragraph(LIABILITY_CARVE_OUT.de),
      ],
    }),
    'force-majeure': () => ({
      heading: 'Höhere Gewalt',
      body: [
        p`Ist eine Partei durch Ereignisse, die sie nicht zu vertreten hat und auch mit zumutbarem Aufwand nicht abwenden kann, an der Leistung gehindert, etwa durch Naturereignisse, Krieg, behördlich angeordnete Schließungen oder großflächige Ausfälle der Telekommunikationsnetze, ruht ihre Leistungspflicht für die Dauer des Hindernisses. Krankheitsbedingte Ausfälle einzelner Mitarbeiter des Anbieters sind keine höhere Gewalt; der Anbieter sorgt für eine angemessene Vertretung.`,
        p`Die betroffene Partei zeigt das Hindernis unverzüglich an. Dauert es länger als ${'force_majeure_exit'}, kann jede Partei die Leistungen kündigen.`,
      ],
    }),
    'data-protection': () => ({
      heading: 'Datenschutz',
      body: [
        p`Der Service-Desk verarbeitet personenbezogene Daten der Anwender, insbesondere Namen, Kontaktdaten und Inhalte der Tickets, im Auftrag des Kunden; dafür gilt der Vertrag der Parteien über die Auftragsverarbeitung nach Art. 28 DSGVO. Zugangsdaten, die Anwender zur Fehleranalyse mitteilen, nutzt der Anbieter nur für das jeweilige Ticket.`,
        p`Ticketsystem, Telefonaufzeichnungen und Wissensdatenbank betreibt der Anbieter ausschließlich in ${'data_location'}. Gespräche zeichnet er nur auf, wenn der Anrufer vorher ausdrücklich eingewilligt hat.`,
      ],
    }),
  },
  library: {
    'onsite-support': () => ({
      heading: 'Unterstützung am Arbeitsplatz',
      body: [
        p`Kann der Service-Desk eine Störung nicht aus der Ferne lösen, schickt der Anbieter einen Techniker an den Arbeitsplatz des Anwenders. Der Techniker ist spätestens ${'onsite_arrival'} nach der Entscheidung für einen Einsatz vor Ort am Standort des Kunden.`,
        p`Einsätze an den in der Leistungsbeschreibung genannten Standorten vergütet der Kunde mit ${'onsite_hourly_rate'} je angefangene Stunde; Fahrzeiten werden nicht berechnet.`,
      ],
    }),
    'rollout-support': () => ({
      heading: 'Unterstützung bei Einführungsprojekten',
      body: [
        p`Führt der Kunde neue Software, Geräte oder Abläufe ein, die voraussichtlich zusätzliche Anfragen auslösen, kündigt er das Vorhaben mindestens ${'rollout_notice'} vor dem Start an. Der Anbieter schult seine Mitarbeiter rechtzeitig, ergänzt die Wissensdatenbank und verstärkt den Service-Desk in der ersten Zeit nach dem Start.`,
        p`Bei rechtzeitig angekündigten Einführungen kann sich der Anbieter nicht auf den Ausschluss für Mehraufkommen berufen. Bei kurzfristigeren Einführungen bemüht er sich um dieselbe Unterstützung, ohne sie zuzusichern.`,
      ],
    }),
    'security-incidents': () => ({
      heading: 'Hinweise auf Sicherheitsvorfälle',
      body: [
        p`Erhält der Service-Desk Hinweise auf einen Sicherheitsvorfall, etwa auf Schadsoftware, einen Phishing-Versuch oder ein missbrauchtes Konto, meldet der Anbieter dies spätestens ${'security_notice'} nach Eingang des Hinweises an die vom Kunden benannte Stelle und sperrt auf deren Weisung betroffene Konten.`,
        p`Verletzungen des Schutzes personenbezogener Daten im Verantwortungsbereich des Anbieters meldet er dem Kunden unverzüglich, damit dieser seine eigenen Meldepflichten erfüllen kann.`,
      ],
    }),
    'earn-back': () => ({
      heading: 'Wegfall von Gutschriften bei nachhaltiger Besserung',
      body: [
        p`Erfüllt der Anbieter nach einem Monat, für den Gutschriften entstanden sind, in den ${'earn_back_months'} unmittelbar folgenden Kalendermonaten sämtliche Werte dieses SLA, entfallen diese Gutschriften, und der Anbieter kann sie nachträglich in Rechnung stellen. Das gilt nicht mehr, sobald der Kunde wegen wiederholter Verfehlung gekündigt hat.`,
      ],
    }),
    'exit-assistance': () => ({
      heading: 'Übergabe bei Vertragsende',
      body: [
        p`Endet der Vertrag, begleitet der Anbieter für bis zu ${'exit_assistance_period'} den Übergang zu einem neuen Service-Desk: Er übergibt die Tickethistorie, die Wissensdatenbank und die Anleitungen in einem gängigen, maschinenlesbaren Format und weist die Mitarbeiter des Nachfolgers ein.`,
        p`Bis zur vollständigen Übergabe betreibt der Anbieter den Service-Desk zu den Werten dieses SLA weiter. Personenbezogene Daten löscht er danach nach den Vorgaben des Vertrags über die Auftragsverarbeitung.`,
      ],
    }),
  },
};
