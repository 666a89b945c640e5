import { LIABILITY_CARVE_OUT } from '../../commonClauses';
import { bullets, inlines, p, paragraph, table, term, text } from '../../prose';
import type { LanguagePack } from '../../templateFamily';
import type { PriorityLevel } from '../../termSpecs';
import { VOCABULARY_EN } from '../../vocabulary.en';
import type { HostingClauseId, HostingLibraryId } from './outline';

const { tierNames: TIER_NAMES, priorityNames: PRIORITY_NAMES } = VOCABULARY_EN;

const PRIORITY_MEANINGS: Record<PriorityLevel, string> = {
  1: 'power, cooling or network connectivity of a rack has failed, or the Platform as a whole cannot be reached',
  2: 'individual servers of the Platform have failed, or a redundant part of the infrastructure has failed so that no redundancy is left',
  3: 'individual services of the Platform are impaired without materially restricting the Customer’s operations',
  4: 'configuration requests, questions and faults with no effect on operations',
};

/** English wording of the hosting templates (British spelling, as used in EU contracts). */
export const HOSTING_EN: LanguagePack<HostingClauseId, HostingLibraryId> = {
  language: 'en',
  templateName: (tier) => `Hosting and Data Centre – ${TIER_NAMES[tier]}`,
  title: (tier) => `Service Level Agreement – Hosting and Data Centre (${TIER_NAMES[tier]})`,
  descriptions: {
    basic:
      'Rack space with redundant power and network and managed servers looked after during office hours; data centre access on weekdays by appointment.',
    business:
      'Colocation and managed hosting for all-day operations: high infrastructure availability, same-day hardware replacement, remote hands and extended access hours.',
    premium:
      'Data centre operations for business-critical systems: fully redundant power, a narrow climate range, support and access around the clock.',
  },
  termLabels: {
    availability: 'Target availability of the Platform',
  },
  clauses: {
    scope: () => ({
      heading: 'Parties and subject matter',
      body: [
        p`This Service Level Agreement (“SLA”) sets out, between the provider named above (“Provider”) and the customer named above (“Customer”), the quality of the hosting and data centre services the Provider delivers under the parties’ hosting agreement (“Services”). They comprise:`,
        bullets(
          text(
            'the rack space described in the service schedule (racks or rack units) in a data centre of the Provider;',
          ),
          text('power to the rack space over two independent circuits, and its cooling;'),
          text(
            'connectivity to the internet and to the Provider’s network up to the agreed hand-over point;',
          ),
          text(
            'operation of the servers, virtual machines and storage systems listed in the service schedule (managed hosting), including monitoring, operating system maintenance and replacement of faulty hardware.',
          ),
        ),
        p`The Customer pays a fee of ${'monthly_fee'} per calendar month plus VAT for the Services (“Monthly Fee”). Power beyond the agreed connected load, alterations to the rack space and set-up work are charged separately. Where the hosting agreement and this SLA differ on service levels, this SLA applies.`,
      ],
    }),
    definitions: () => ({
      heading: 'Definitions',
      body: [
        p`In this SLA:`,
        bullets(
          text(
            '“Customer Systems” means the Customer’s hardware that it installs in the rack space and runs itself;',
          ),
          text(
            '“Platform” means the servers, virtual machines and storage systems that the Provider runs for the Customer under the service schedule;',
          ),
          text(
            '“A+B Feed” means two independent power circuits per rack, each backed by its own uninterruptible power supply and a standby generator;',
          ),
          text(
            '“Hand-over Point” means the network port named in the service schedule at which the Provider’s responsibility for connectivity ends;',
          ),
          text('“Incident” means an unplanned interruption or impairment of a service;'),
          text(
            '“Downtime” means any period in which a committed service is not available as intended at the rack space or at the Hand-over Point, unless an exclusion under this SLA applies;',
          ),
          text(
            '“Response Time” means the time from the report or detection of an Incident until a Provider engineer starts working on it;',
          ),
          text(
            '“Resolution Time” means the time from the report or detection of an Incident until the service affected is available as intended again;',
          ),
          text(
            '“Business Day” means Monday to Friday, except public holidays at the data centre’s location.',
          ),
        ),
      ],
    }),
    operations: () => ({
      heading: 'Operations, monitoring and service hours',
      body: [
        p`The data centre is in operation at all times. The Provider’s control room monitors power, cooling, connectivity and access control around the clock on every day of the year, and the Provider works on Incidents of this infrastructure immediately, regardless of the service hours.`,
        p`For the Platform and for the Customer’s requests the following service hours apply: ${'service_hours'}, local time in Germany (“Service Hours”). The control room can be reached at any time by telephone and through the customer portal; the Customer also reports P1 Incidents by telephone.`,
      ],
    }),
    infrastructure: () => ({
      heading: 'Availability of power, cooling and connectivity',
      body: [
        p`For each calendar month the Provider commits to the following, each counted over every hour of the month:`,
        bullets(
          inlines`power: ${'power_availability'} per rack where the Customer System is connected to the A+B Feed; only a simultaneous failure of both circuits counts as a failure;`,
          inlines`cooling: the climate range (${'climate_range'}) is kept at the air intake of the racks for ${'cooling_availability'} of the time;`,
          inlines`connectivity: ${'network_availability'} at the Hand-over Point where the Customer uses both uplinks provided.`,
        ),
        p`The Provider continuously measures voltage and current per circuit, temperature and humidity per row of racks and the reachability of the Hand-over Point with its own sensors. It keeps the readings for the term of this SLA and shows the Customer the readings for any failure on request.`,
      ],
    }),
    availability: () => ({
      heading: 'Availability of the Platform and measurement',
      body: [
        p`The Provider keeps the Platform available for at least ${'availability'} of the Service Hours in each calendar month (“Target Availability”). The Platform is available when the servers run by the Provider can be reached from the Hand-over Point and their services named in the service schedule respond.`,
        p`The Provider checks this automatically from a measuring point outside the Platform at intervals of no more than ${'measurement_interval'}. A failed check counts as Downtime from its time until the next successful check. Availability is the share of the Service Hours of a calendar month without Downtime, as a percentage rounded down to two decimal places.`,
      ],
    }),
    maintenance: () => ({
      heading: 'Maintenance',
      body: [
        p`The Provider works on redundant plant such as power, cooling and network in a way that always keeps part of the redundancy in service. As long as the committed supply is actually maintained, no Downtime arises. The Provider announces such work at least ${'maintenance_notice'} in advance so that the Customer can prepare its systems.`,
        p`Maintenance that interrupts the Platform takes place only within the maintenance window: ${'maintenance_window_slot'}. It may take no more than ${'maintenance_window_hours'} per calendar month and must be announced in the same way. Anything beyond that, announced late or outside the window counts as Downtime.`,
      ],
    }),
    exclusions: () => ({
      heading: 'Exclusions',
      body: [
        p`The following do not give rise to Downtime, and response and resolution times are suspended while they last:`,
        bullets(
          text('defects, misconfiguration or overload of the Customer Systems;'),
          text(
            'failure of a single circuit where the Customer Systems are connected to that one circuit only;',
          ),
          text('the Customer exceeding the agreed connected load or heat load;'),
          text(
            'interventions by the Customer or third parties it engages at the rack space, in the network or on the Platform;',
          ),
          text('denial-of-service attacks beyond the agreed scope of mitigation;'),
          text('announced maintenance within the agreed limits, and events of force majeure.'),
        ),
        p`The Provider bears the burden of proving that an exclusion applies.`,
      ],
    }),
    priorities: ({ priorities }) => ({
      heading: 'Incident priorities, response and resolution times',
      body: [
        p`The Provider classifies Incidents by their impact:`,
        bullets(
          ...priorities.map((level, index) =>
            text(
              `${PRIORITY_NAMES[level]}: ${PRIORITY_MEANINGS[level]}${index < priorities.length - 1 ? ';' : '.'}`,
            ),
          ),
        ),
        p`For Incidents of the infrastructure the following times run around the clock, for Incidents of the Platform within the Service Hours:`,
        table(
          'service-levels',
          ['Priority', 'Response time', 'Resolution time'],
          priorities.map((level) => [
            text(PRIORITY_NAMES[level]),
            term(`p${level}_response`),
            term(`p${level}_resolution`),
          ]),
        ),
        p`If a hardware component of the Platform fails, the Provider replaces it within ${'hardware_replacement'} of detecting the defect. The Resolution Time keeps running independently.`,
      ],
    }),
    'remote-hands': () => ({
      heading: 'Remote hands',
      body: [
        p`On the Customer’s instructions, the Provider’s technicians carry out simple tasks on the Customer Systems, such as reading status lights, restarting devices, plugging or swapping cables and fitting spare parts the Customer has delivered (“Remote Hands”).`,
        p`The Provider starts a Remote Hands order within ${'remote_hands_response'} of receiving it through the customer portal or the control room. The Monthly Fee covers ${'remote_hands_included'} of Remote Hands per calendar month; unused time lapses at the end of the month. Further time is charged at ${'remote_hands_rate'} per hour, billed in quarter hours started.`,
        p`The technicians follow the Customer’s instructions and record every order. The Provider is not liable for the consequences of a wrong instruction from the Customer.`,
      ],
    }),
    access: () => ({
      heading: 'Access to the data centre',
      body: [
        p`The Customer and the persons it names have access to its rack space at the following times: ${'access_hours'}. Every visit must be registered through the customer portal at least ${'access_notice'} in advance; at reception, visitors identify themselves with official photo identification.`,
        p`The data centre is protected by access control with a mantrap and video surveillance of the entrances, and every entry is logged. The Provider keeps the list of persons with access, which the Customer may change at any time, and shows the Customer the access logs for its rack space on request.`,
        p`In urgent cases the Provider grants access without the usual notice where the security and operation of the data centre allow it.`,
      ],
    }),
    'service-credits': ({ creditBands }) => ({
      heading: 'Service credits',
      body: [
        p`If the measured availability of the Platform in a calendar month falls below the Target Availability, the Provider credits the Customer with the following share of the Monthly Fee. Only the lowest band reached applies:`,
        table(
          'service-credits',
          ['Availability of the Platform below', 'Credit (share of the Monthly Fee)'],
          creditBands.map((band) => [term(`credit_band${band}_below`), term(`credit_band${band}_credit`)]),
        ),
        p`If the Provider misses the committed availability of power, cooling or connectivity in a calendar month, the Customer receives an additional credit of ${'infrastructure_credit'} of the Monthly Fee for that month, once, even if more than one of these commitments is missed.`,
        p`All credits for a calendar month together come to no more than ${'credit_cap'} of the Monthly Fee. The Customer claims them in text form within ${'credit_claim_deadline'} of receiving the service report for the month. The Provider sets credits off against the next invoice; no proof of loss is needed.`,
      ],
    }),
    incentives: () => ({
      heading: 'Performance bonus',
      body: [
        p`If the Platform reaches an availability of at least ${'bonus_threshold'} in a calendar month and the Provider also meets every commitment for power, cooling and connectivity in that month, the Provider may charge a bonus of ${'bonus_amount'} of the Monthly Fee.`,
        p`No bonus is due for a month in which the Customer is owed a credit. The Provider shows the bonus in the service report together with the readings it rests on.`,
      ],
    }),
    reporting: () => ({
      heading: 'Service report',
      body: [
        p`The Provider prepares a service report ${'report_interval'} and makes it available in the customer portal no later than ${'report_due'} after the end of the reporting period. For each month the report contains:`,
        bullets(
          text('the measured availability of the Platform, power, cooling and connectivity;'),
          text('power consumption per rack against the agreed connected load;'),
          text(
            'every Incident with its priority, cause, response and resolution time, and the hardware replaced;',
          ),
          text('the Remote Hands hours used and the entries logged;'),
          text('maintenance carried out and planned;'),
          text('credits arising and any performance bonus charged.'),
        ),
      ],
    }),
    'chronic-failure': () => ({
      heading: 'Special termination right for chronic failure',
      body: [
        p`The Customer may terminate the Services affected for cause if the Provider misses the Target Availability of the Platform or one of the commitments for power, cooling and connectivity in ${'chronic_failure_months'} calendar months; the months counted are those of a period covering the last ${'chronic_failure_window'} at any time. The notice period is ${'chronic_failure_notice'}.`,
        p`The Customer exercises this right promptly after the last month missed. Credits arising until the end of the agreement remain due, and the Customer keeps its access for removing its systems.`,
      ],
    }),
    'review-change': () => ({
      heading: 'Review and changes',
      body: [
        p`The parties review this SLA together at least every ${'review_interval'} on the basis of the service reports, and whenever the connected load, the rack space or the Platform changes significantly.`,
        p`A party proposes changes to the other in text form; the other party responds within ${'change_response'} of receipt. A change applies only once both parties have agreed it in writing. The Provider may make technical adjustments that do not worsen any committed figure after announcing them, without the Customer’s consent.`,
      ],
    }),
    liability: () => ({
      heading: 'Liability',
      body: [
        p`Credits are set off against claims for damages arising from the same failure; further claims are otherwise not affected.`,
        p`For damage caused by slight negligence the Provider is liable only for breach of essential contractual obligations, limited to the damage typical for the contract and foreseeable when it was made, and per contract year to no more than ${'liability_cap'} of the fees payable under this SLA for that year. For loss of data on the Customer Systems the Provider is liable only to the extent the loss would have occurred even if the Customer had backed up its data properly.`,
        paragraph(LIABILITY_CARVE_OUT.en),
      ],
    }),
    'force-majeure': () => ({
      heading: 'Force majeure',
      body: [
        p`Force majeure means events beyond the affected party’s control that reasonable care could not have averted, such as natural disasters, war, terrorist attacks, official orders or industrial action at other businesses. A failure of the public power grid is not force majeure as long as the data centre’s uninterruptible power supplies and standby generators can bridge it; nor is the failure of a single network carrier where the Provider owes redundant connectivity.`,
        p`While force majeure lasts, the obligations affected are suspended. The affected party informs the other without delay and limits the consequences as far as it reasonably can. If the prevention lasts longer than ${'force_majeure_exit'}, either party may terminate the Services affected.`,
      ],
    }),
    'data-protection': () => ({
      heading: 'Data protection and confidentiality',
      body: [
        p`The Provider does not access data that the Customer processes on its own systems; a Remote Hands order does not entitle it to do so either. The Customer’s storage media leave the data centre only with the Customer’s consent, or are destroyed on its instruction by a recognised method.`,
        p`Where the Provider processes personal data on the Platform on behalf of the Customer, the parties’ data processing agreement under Art. 28 GDPR applies. The Platform and all its backups are located only in data centres in ${'data_location'}; moving them requires the Customer’s prior consent in text form.`,
      ],
    }),
  },
  library: {
    'backup-restore': () => ({
      heading: 'Backup of the Platform',
      body: [
        p`The Provider backs up the data of the Platform to systems in a separate fire compartment so that no more than the last ${'recovery_point'} of changes can be lost in a restore. Each backup remains available for ${'backup_retention'}.`,
        p`The Customer orders restores through the customer portal; they are covered by the Monthly Fee. Backing up the Customer Systems remains the Customer’s responsibility.`,
      ],
    }),
    'capacity-expansion': () => ({
      heading: 'Additional rack space',
      body: [
        p`If the Customer orders additional racks in the same data centre, the Provider makes them ready for use within ${'expansion_lead_time'} of the order, as far as space is free. When free space runs short, the Provider tells the Customer in good time and, on request, reserves adjacent space for a separate fee.`,
      ],
    }),
    'security-incidents': () => ({
      heading: 'Security incidents in the data centre',
      body: [
        p`The Provider informs the Customer within ${'security_notice'} of learning of it of any unauthorised entry to the Customer’s rack space, any loss of access credentials and any attack on the Platform that may affect the Customer’s data.`,
        p`It secures the access control and video records of the incident and makes them available to the Customer and the investigating authorities as far as the law permits.`,
      ],
    }),
    'earn-back': () => ({
      heading: 'Lapse of service credits',
      body: [
        p`If, after a month with a credit, the Provider meets every committed availability without interruption in the following ${'earn_back_months'} calendar months, the credit for that month lapses and the Provider may charge its amount again. This does not apply after termination for chronic failure.`,
      ],
    }),
    'exit-assistance': () => ({
      heading: 'End of agreement and removal',
      body: [
        p`After the agreement ends, the Provider supports the Customer’s move for up to ${'exit_assistance_period'}: it keeps the rack space available until the Customer Systems are removed, provides Remote Hands at the agreed rates and hands over the data of the Platform in a common format.`,
        p`The Customer clears the rack space by the end of that period. The Provider deletes the data of the Platform only once the Customer has confirmed that it has taken over all of it.`,
      ],
    }),
  },
};
