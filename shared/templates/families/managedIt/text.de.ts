import { LIABILITY_CARVE_OUT } from '../../commonClauses';
import { bullets, p, paragraph, table, term, text } from '../../prose';
import type { LanguagePack } from '../../templateFamily';
import type { PriorityLevel } from '../../termSpecs';
import { VOCABULARY_DE } from '../../vocabulary.de';
import type { ManagedItClauseId, ManagedItLibraryId } from './outline';

const { tierNames: TIER_NAMES, priorityNames: PRIORITY_NAMES } = VOCABULARY_DE;

const PRIORITY_MEANINGS: Record<PriorityLevel, string> = {
  1: 'eine Kernleistung ist ausgefallen oder für die meisten Nutzer unbrauchbar, und es gibt keine Umgehungslösung',
  2: 'eine Kernleistung ist erheblich beeinträchtigt oder für einzelne Nutzer ausgefallen; die Arbeit ist eingeschränkt möglich',
  3: 'ein Fehler mit begrenzter Auswirkung, für den eine zumutbare Umgehungslösung besteht',
  4: 'Serviceanfragen, Fragen und Fehler, die den Arbeitsalltag nicht behindern',
};

/**
 * German wording of the managed IT templates. Term values are formatted in the nominative or accusative
 * (`30 Tage`, `5 Werktage`), so sentences put them where German needs no dative
 * ("beträgt 30 Tage", "spätestens 5 Werktage nach …", never "innerhalb von 30 Tage").
 */
export const MANAGED_IT_DE: LanguagePack<ManagedItClauseId, ManagedItLibraryId> = {
  language: 'de',
  templateName: (tier) => `Managed IT Services – ${TIER_NAMES[tier]}`,
  title: (tier) => `Service-Level-Vereinbarung – Managed IT Services (${TIER_NAMES[tier]})`,
  descriptions: {
    basic:
      'Einstiegspaket für Managed IT Services: Betreuung werktags zu Bürozeiten, solide Verfügbarkeit und überschaubare Gutschriften.',
    business:
      'Managed IT Services für Unternehmen, die den ganzen Tag auf ihre IT angewiesen sind: erweiterte Servicezeiten, kürzere Reaktionszeiten und gestaffelte Gutschriften.',
    premium:
      'Managed IT Services für geschäftskritischen Betrieb: Betreuung rund um die Uhr, höchste Verfügbarkeit und umfassende Gutschriften.',
  },
  clauses: {
    scope: () => ({
      heading: 'Vertragsparteien und Leistungsumfang',
      body: [
        p`Diese Service-Level-Vereinbarung („SLA“) wird zwischen dem oben genannten Anbieter („Anbieter“) und dem oben genannten Kunden („Kunde“) geschlossen. Sie ist Bestandteil des Rahmenvertrags über IT-Dienstleistungen zwischen den Parteien und legt fest, in welcher Qualität der Anbieter die folgenden Managed IT Services („Leistungen“) erbringt:`,
        bullets(
          text(
            'Überwachung und Betrieb der im Leistungsverzeichnis aufgeführten Server, Netzwerkkomponenten und Cloud-Ressourcen des Kunden;',
          ),
          text('Patch- und Update-Management für Betriebssysteme und Infrastruktursoftware;'),
          text('Datensicherung und Wiederherstellung der von den Leistungen erfassten Daten;'),
          text('Service-Desk für die benannten Anwender des Kunden.'),
        ),
        p`Für die Leistungen zahlt der Kunde ein Entgelt von ${'monthly_fee'} je Kalendermonat zuzüglich gesetzlicher Umsatzsteuer („Monatsentgelt“). Projektarbeiten, Neuinstallationen und sonstige hier nicht genannte Leistungen fallen nicht unter dieses SLA und werden gesondert vereinbart. Soweit dieses SLA und der Rahmenvertrag Service-Levels unterschiedlich regeln, geht dieses SLA vor.`,
      ],
    }),
    definitions: () => ({
      heading: 'Begriffsbestimmungen',
      body: [
        p`In diesem SLA haben die folgenden Begriffe die hier angegebene Bedeutung:`,
        bullets(
          text(
            '„Kernleistungen“: die im Leistungsverzeichnis als Kernleistungen bezeichneten Systeme und Dienste.',
          ),
          text(
            '„Störung“: eine ungeplante Unterbrechung einer Leistung oder eine Minderung ihrer Qualität, gleich ob der Kunde sie meldet oder der Anbieter sie selbst feststellt.',
          ),
          text(
            '„Ausfallzeit“: jeder Zeitraum innerhalb der Servicezeit, in dem eine Kernleistung nicht bestimmungsgemäß genutzt werden kann, sofern kein Ausschlussgrund nach diesem SLA vorliegt.',
          ),
          text(
            '„Reaktionszeit“: die Zeit von der Meldung oder Feststellung einer Störung, bis eine qualifizierte Fachkraft mit der Bearbeitung beginnt und den Kunden darüber informiert.',
          ),
          text(
            '„Wiederherstellungszeit“: die Zeit von der Meldung oder Feststellung einer Störung, bis die Leistung wieder bestimmungsgemäß funktioniert, dauerhaft oder durch eine vom Kunden akzeptierte Umgehungslösung.',
          ),
          text(
            '„Werktag“: Montag bis Freitag mit Ausnahme der gesetzlichen Feiertage am Sitz des Anbieters.',
          ),
        ),
      ],
    }),
    'service-hours': () => ({
      heading: 'Servicezeiten',
      body: [
        p`Der Service-Desk des Anbieters nimmt Meldungen entgegen und bearbeitet Störungen zu folgender Zeit: ${'service_hours'}, jeweils nach deutscher Ortszeit („Servicezeit“). Sofern die Servicezeit nicht alle Tage des Jahres umfasst, sind gesetzliche Feiertage am Sitz des Anbieters sowie Heiligabend und Silvester ausgenommen.`,
        p`Störungen kann der Kunde jederzeit über das Ticketportal oder per E-Mail melden, während der Servicezeit zusätzlich telefonisch über die Service-Hotline. Störungen der Priorität P1 sind stets auch telefonisch zu melden. Die Überwachung läuft rund um die Uhr; außerhalb der Servicezeit gemeldete oder festgestellte Störungen bearbeitet der Anbieter ab Beginn der nächsten Servicezeit.`,
      ],
    }),
    availability: () => ({
      heading: 'Verfügbarkeit und Messung',
      body: [
        p`Der Anbieter stellt jede Kernleistung in jedem Kalendermonat zu mindestens ${'availability'} der Servicezeit zur Verfügung („Zielverfügbarkeit“).`,
        p`Die Verfügbarkeit ist der Anteil der Servicezeit eines Kalendermonats, der keine Ausfallzeit ist, angegeben in Prozent und auf zwei Nachkommastellen abgerundet. Der Anbieter misst sie durch automatisierte Prüfungen von außerhalb des Kundennetzes in Abständen von höchstens ${'measurement_interval'}. Schlägt eine Prüfung fehl, gilt die Zeit bis zur nächsten erfolgreichen Prüfung als Ausfallzeit.`,
        p`Der Anbieter bewahrt die Messdaten mindestens für die Laufzeit dieses SLA auf und legt sie dem Kunden auf Anfrage vor. Weisen Aufzeichnungen des Kunden Ausfallzeiten aus, die die Überwachung des Anbieters nicht erfasst hat, klären die Parteien die Abweichung gemeinsam nach Treu und Glauben.`,
      ],
    }),
    maintenance: () => ({
      heading: 'Wartungsfenster',
      body: [
        p`Geplante Wartungsarbeiten führt der Anbieter im folgenden Wartungsfenster durch: ${'maintenance_window_slot'}. Sie dürfen insgesamt höchstens ${'maintenance_window_hours'} je Kalendermonat in Anspruch nehmen und sind dem Kunden mindestens ${'maintenance_notice'} im Voraus unter Angabe der betroffenen Leistungen und der erwarteten Auswirkungen anzukündigen.`,
        p`Wartungsarbeiten in diesem Rahmen gelten nicht als Ausfallzeit. Wartungsarbeiten außerhalb des Wartungsfensters, über das monatliche Kontingent hinaus oder ohne fristgerechte Ankündigung zählen als Ausfallzeit. Dringende Sicherheitsupdates darf der Anbieter auch kurzfristiger einspielen, wenn ein Abwarten den Kunden einem erheblichen Risiko aussetzen würde; er informiert den Kunden so früh wie möglich. Die dadurch verursachte Unterbrechung zählt als Ausfallzeit, es sei denn, sie fällt in das Wartungsfenster.`,
      ],
    }),
    exclusions: () => ({
      heading: 'Ausschlüsse',
      body: [
        p`Folgende Unterbrechungen gelten nicht als Ausfallzeit; solange sie andauern, laufen auch keine Reaktions- und Wiederherstellungszeiten:`,
        bullets(
          text('geplante Wartungsarbeiten im Rahmen der Regelung zu Wartungsfenstern;'),
          text(
            'Unterbrechungen, die der Kunde oder seine Nutzer verursacht haben, insbesondere durch Änderungen ohne Zustimmung des Anbieters;',
          ),
          text(
            'Störungen des Internetzugangs des Kunden oder anderer Systeme, für die der Anbieter nicht verantwortlich ist;',
          ),
          text('Ereignisse höherer Gewalt im Sinne dieses SLA;'),
          text('Unterbrechungen, die der Kunde schriftlich verlangt hat.'),
        ),
        p`Das Vorliegen eines Ausschlussgrunds hat der Anbieter nachzuweisen. Zeiten, in denen der Anbieter auf Informationen oder Mitwirkungshandlungen des Kunden wartet, werden auf die Reaktions- und Wiederherstellungszeiten nicht angerechnet.`,
      ],
    }),
    priorities: ({ priorities }) => ({
      heading: 'Störungsprioritäten, Reaktions- und Wiederherstellungszeiten',
      body: [
        p`Der Anbieter ordnet jede Störung nach ihren Auswirkungen auf den Geschäftsbetrieb des Kunden einer Priorität zu:`,
        bullets(
          ...priorities.map((level, index) =>
            text(
              `${PRIORITY_NAMES[level]}: ${PRIORITY_MEANINGS[level]}${index < priorities.length - 1 ? ';' : '.'}`,
            ),
          ),
        ),
        p`Der Kunde kann unter Angabe von Gründen eine andere Einstufung verlangen; bis zur Einigung gilt die höhere Priorität. Der Anbieter hält die folgenden Zeiten ein, gerechnet innerhalb der Servicezeit:`,
        table(
          'service-levels',
          ['Priorität', 'Reaktionszeit', 'Wiederherstellungszeit'],
          priorities.map((level) => [
            text(PRIORITY_NAMES[level]),
            term(`p${level}_response`),
            term(`p${level}_resolution`),
          ]),
        ),
      ],
    }),
    'service-credits': ({ creditBands }) => ({
      heading: 'Gutschriften',
      body: [
        p`Unterschreitet die gemessene Verfügbarkeit einer Kernleistung in einem Kalendermonat die Zielverfügbarkeit, erhält der Kunde für diesen Monat eine Gutschrift auf das Monatsentgelt. Maßgeblich ist die niedrigste erreichte Stufe; die Gutschriften mehrerer Stufen werden nicht addiert.`,
        table(
          'service-credits',
          ['Monatliche Verfügbarkeit unter', 'Gutschrift (Anteil am Monatsentgelt)'],
          creditBands.map((band) => [term(`credit_band${band}_below`), term(`credit_band${band}_credit`)]),
        ),
        p`Die Gutschriften eines Kalendermonats sind auf ${'credit_cap'} des Monatsentgelts begrenzt. Der Kunde macht eine Gutschrift in Textform geltend; die Frist dafür beträgt ${'credit_claim_deadline'} ab Erhalt des Serviceberichts für den betreffenden Monat. Der Anbieter verrechnet die Gutschrift mit der nächsten Rechnung. Gutschriften mindern das Entgelt und setzen keinen Schadensnachweis voraus.`,
      ],
    }),
    incentives: () => ({
      heading: 'Leistungsbonus',
      body: [
        p`Erreicht die gemessene Verfügbarkeit aller Kernleistungen in einem Kalendermonat mindestens ${'bonus_threshold'} und wurden alle Störungen der Priorität P1 in diesem Monat innerhalb ihrer Wiederherstellungszeit behoben, kann der Anbieter für diesen Monat einen Leistungsbonus in Höhe von ${'bonus_amount'} des Monatsentgelts in Rechnung stellen.`,
        p`Für einen Monat, in dem eine Gutschrift entsteht, ist kein Bonus geschuldet. Der Anbieter weist den Bonus im Servicebericht aus; der Kunde kann die zugrunde liegenden Messdaten vor der Zahlung prüfen.`,
      ],
    }),
    reporting: () => ({
      heading: 'Berichtswesen',
      body: [
        p`Der Anbieter übermittelt dem Kunden ${'report_interval'} einen Servicebericht, spätestens ${'report_due'} nach Ende des jeweiligen Berichtszeitraums. Der Bericht weist für jeden Kalendermonat des Zeitraums aus:`,
        bullets(
          text('die gemessene Verfügbarkeit jeder Kernleistung im Vergleich zur Zielverfügbarkeit;'),
          text('alle Ausfallzeiten mit ihrer Ursache;'),
          text('alle Störungen mit Priorität sowie erreichter Reaktions- und Wiederherstellungszeit;'),
          text('die durchgeführten Wartungsarbeiten;'),
          text('geschuldete Gutschriften und einen etwa beanspruchten Leistungsbonus;'),
          text('Empfehlungen zur Verbesserung der Leistungen.'),
        ),
      ],
    }),
    'chronic-failure': () => ({
      heading: 'Kündigung bei wiederholter Verfehlung',
      body: [
        p`Verfehlt der Anbieter innerhalb des Betrachtungszeitraums in ${'chronic_failure_months'} Kalendermonaten die Zielverfügbarkeit oder überschreiten Störungen der Priorität P1 in ebenso vielen Kalendermonaten ihre Wiederherstellungszeit, kann der Kunde die betroffenen Leistungen aus wichtigem Grund kündigen. Der Betrachtungszeitraum umfasst jeweils die letzten ${'chronic_failure_window'}; die Kündigungsfrist beträgt ${'chronic_failure_notice'}.`,
        p`Der Kunde muss dieses Recht innerhalb angemessener Frist nach dem letzten verfehlten Monat ausüben. Bereits entstandene Gutschriften bleiben geschuldet; sonstige Kündigungsrechte bleiben unberührt.`,
      ],
    }),
    'review-change': () => ({
      heading: 'Überprüfung und Änderungen',
      body: [
        p`Die Parteien überprüfen dieses SLA mindestens alle ${'review_interval'} sowie immer dann, wenn sich die Leistungen, die geschäftlichen Anforderungen des Kunden oder die eingesetzte Technik wesentlich ändern. Grundlage der Überprüfung sind die Serviceberichte des vergangenen Zeitraums.`,
        p`Jede Partei kann jederzeit in Textform Änderungen dieses SLA vorschlagen. Die andere Partei antwortet spätestens ${'change_response'} nach Zugang des Vorschlags. Änderungen werden erst wirksam, wenn beide Parteien ihnen schriftlich zugestimmt haben; bis dahin gilt dieses SLA unverändert.`,
      ],
    }),
    liability: () => ({
      heading: 'Haftung',
      body: [
        p`Gutschriften mindern das Entgelt und schließen weitergehende Schadensersatzansprüche nicht aus; gewährte Gutschriften werden auf solche Ansprüche angerechnet.`,
        p`Bei leichter Fahrlässigkeit haftet der Anbieter nur für die Verletzung von Pflichten, deren Erfüllung die ordnungsgemäße Durchführung des Vertrags erst ermöglicht und auf deren Einhaltung der Kunde regelmäßig vertrauen darf, und nur für den vertragstypischen, vorhersehbaren Schaden. Diese Haftung ist je Vertragsjahr auf ${'liability_cap'} der für dieses Vertragsjahr nach diesem SLA geschuldeten Vergütung begrenzt.`,
        paragraph(LIABILITY_CARVE_OUT.de),
      ],
    }),
    'force-majeure': () => ({
      heading: 'Höhere Gewalt',
      body: [
        p`Keine Partei haftet für die Nichterfüllung ihrer Pflichten, solange sie durch Ereignisse außerhalb ihres Einflussbereichs daran gehindert ist, die sie auch bei angemessener Sorgfalt weder vorhersehen noch abwenden konnte, etwa Naturkatastrophen, Krieg, behördliche Anordnungen oder großflächige Ausfälle öffentlicher Strom- oder Kommunikationsnetze. Ausfälle bei Zulieferern des Anbieters, die eine marktübliche Redundanz verhindert hätte, sind keine höhere Gewalt.`,
        p`Die betroffene Partei unterrichtet die andere unverzüglich und tut das Zumutbare, um die Folgen zu begrenzen. Dauert die Verhinderung länger als ${'force_majeure_exit'}, kann jede Partei die betroffenen Leistungen kündigen.`,
      ],
    }),
    'data-protection': () => ({
      heading: 'Datenschutz',
      body: [
        p`Soweit der Anbieter personenbezogene Daten im Auftrag des Kunden verarbeitet, schließen die Parteien einen Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO; dieser geht in Fragen des Datenschutzes diesem SLA vor.`,
        p`Der Anbieter verarbeitet und speichert die Daten des Kunden ausschließlich in ${'data_location'}, sofern der Kunde nicht in Textform etwas anderes gestattet hat. Er trifft dem Risiko angemessene technische und organisatorische Maßnahmen und informiert den Kunden unverzüglich über jede Verletzung des Schutzes personenbezogener Daten, die Daten des Kunden betrifft.`,
      ],
    }),
  },
  library: {
    'onsite-support': () => ({
      heading: 'Vor-Ort-Einsätze',
      body: [
        p`Lässt sich eine Störung nicht per Fernzugriff beheben, entsendet der Anbieter eine qualifizierte Fachkraft zum Kunden. Sie trifft spätestens ${'onsite_arrival'} nach der Anforderung durch den Kunden oder der Entscheidung des Anbieters für einen Vor-Ort-Einsatz ein.`,
        p`Vor-Ort-Einsätze zur Behebung von Störungen, die der Anbieter zu vertreten hat, sind mit dem Monatsentgelt abgegolten. Sonstige Vor-Ort-Einsätze vergütet der Kunde mit ${'onsite_hourly_rate'} je Stunde einschließlich Fahrzeit.`,
      ],
    }),
    'security-incidents': () => ({
      heading: 'Sicherheitsvorfälle',
      body: [
        p`Der Anbieter meldet dem Kunden jeden Sicherheitsvorfall, der Systeme oder Daten des Kunden betrifft oder betreffen kann, spätestens ${'security_notice'}, nachdem er davon Kenntnis erlangt hat, auch wenn noch nicht alle Einzelheiten bekannt sind.`,
        p`Die Meldung nennt die betroffenen Systeme und Daten, die ergriffenen Maßnahmen und eine Ansprechperson. Der Anbieter unterstützt den Kunden bei der Erfüllung eigener Meldepflichten und hält ihn bis zum Abschluss des Vorfalls auf dem Laufenden.`,
      ],
    }),
    'backup-restore': () => ({
      heading: 'Datensicherung und Wiederherstellung',
      body: [
        p`Der Anbieter sichert die von den Leistungen erfassten Daten so, dass bei einer Wiederherstellung höchstens die Änderungen der letzten ${'recovery_point'} verloren gehen, und bewahrt die Sicherungen ${'backup_retention'} lang auf. Die Sicherungen werden verschlüsselt und räumlich getrennt von den Originaldaten gespeichert.`,
        p`Der Anbieter testet die Wiederherstellung mindestens einmal je Berichtszeitraum und dokumentiert das Ergebnis im Servicebericht.`,
      ],
    }),
    'earn-back': () => ({
      heading: 'Wegfall von Gutschriften bei anhaltender Zielerreichung',
      body: [
        p`Erreicht der Anbieter nach einem Monat, für den eine Gutschrift entstanden ist, in jedem der folgenden ${'earn_back_months'} Kalendermonate die Zielverfügbarkeit, entfällt diese Gutschrift nachträglich; der Anbieter darf den gutgeschriebenen Betrag mit der nächsten Rechnung nachfordern. Jede Gutschrift kann nur einmal entfallen. Nach einer Kündigung wegen wiederholter Verfehlung entfällt keine Gutschrift mehr.`,
      ],
    }),
    subcontractors: () => ({
      heading: 'Unterauftragnehmer und Zulieferer',
      body: [
        p`Der Anbieter darf zur Erbringung der Leistungen Unterauftragnehmer und Zulieferer einsetzen und bleibt für sie wie für eigene Mitarbeiter verantwortlich. Er informiert den Kunden über die Unterauftragnehmer, die Zugriff auf Systeme oder Daten des Kunden haben.`,
        p`Einen neuen Unterauftragnehmer dieser Art kündigt der Anbieter mindestens ${'subcontractor_notice'} vor dessen Einsatz an. Der Kunde kann aus wichtigem Grund widersprechen; einigen sich die Parteien nicht, kann der Kunde die betroffenen Leistungen kündigen.`,
      ],
    }),
    'exit-assistance': () => ({
      heading: 'Unterstützung beim Anbieterwechsel',
      body: [
        p`Endet die Zusammenarbeit, gleich aus welchem Grund, unterstützt der Anbieter den Kunden und einen etwaigen Nachfolger für bis zu ${'exit_assistance_period'} bei der Übernahme der Leistungen. Er übergibt alle Daten, Konfigurationen und Dokumentationen des Kunden in einem gängigen, maschinenlesbaren Format.`,
        p`Während dieser Unterstützung gelten die Service-Levels dieses SLA fort. Der Anbieter löscht die Daten des Kunden erst, nachdem der Kunde die vollständige Übergabe bestätigt hat.`,
      ],
    }),
  },
};
