import { LIABILITY_CARVE_OUT } from '../../commonClauses';
import { bullets, p, paragraph, table, term, text } from '../../prose';
import type { LanguagePack } from '../../templateFamily';
import type { PriorityLevel } from '../../termSpecs';
import { VOCABULARY_EN } from '../../vocabulary.en';
import type { ManagedItClauseId, ManagedItLibraryId } from './outline';

const { tierNames: TIER_NAMES, priorityNames: PRIORITY_NAMES } = VOCABULARY_EN;

const PRIORITY_MEANINGS: Record<PriorityLevel, string> = {
  1: 'a Core Service is down or unusable for most users, and there is no workaround',
  2: 'a Core Service is seriously impaired or down for some users, but work can continue with restrictions',
  3: 'a fault with limited impact for which a reasonable workaround exists',
  4: 'service requests, questions and faults that do not hinder daily work',
};

/** English wording of the managed IT templates (British spelling, as used in EU contracts). */
export const MANAGED_IT_EN: LanguagePack<ManagedItClauseId, ManagedItLibraryId> = {
  language: 'en',
  templateName: (tier) => `Managed IT Services – ${TIER_NAMES[tier]}`,
  title: (tier) => `Service Level Agreement – Managed IT Services (${TIER_NAMES[tier]})`,
  descriptions: {
    basic:
      'Entry-level managed IT services: business-hours support on weekdays, solid availability and a modest set of service credits.',
    business:
      'Managed IT services for companies that rely on their IT all day: extended service hours, faster response and graduated service credits.',
    premium:
      'Managed IT services for business-critical operations: round-the-clock support, the highest availability and strong service credits.',
  },
  clauses: {
    scope: () => ({
      heading: 'Parties and scope',
      body: [
        p`This Service Level Agreement (“SLA”) is made between the provider named above (“Provider”) and the customer named above (“Customer”). It forms part of the master services agreement between them and sets the quality at which the Provider delivers the following managed IT services (“Services”):`,
        bullets(
          text(
            "monitoring and operation of the Customer's servers, network components and cloud resources listed in the service inventory;",
          ),
          text('patch and update management for operating systems and infrastructure software;'),
          text('backup and restore of the data covered by the Services;'),
          text("a service desk for the Customer's named users."),
        ),
        p`The Customer pays a fee of ${'monthly_fee'} per calendar month plus VAT for the Services (“Monthly Fee”). Project work, new installations and other services not listed above are outside this SLA and are agreed separately. Where this SLA and the master services agreement differ on service levels, this SLA prevails.`,
      ],
    }),
    definitions: () => ({
      heading: 'Definitions',
      body: [
        p`In this SLA the following words have the meaning given here:`,
        bullets(
          text('“Core Services”: the systems and services listed in the service inventory as core services.'),
          text(
            '“Incident”: an unplanned interruption of a Service or a reduction in its quality, whether reported by the Customer or detected by the Provider.',
          ),
          text(
            '“Downtime”: any period within the Service Hours in which a Core Service cannot be used as intended, unless an exclusion under this SLA applies.',
          ),
          text(
            '“Response Time”: the time from the report or detection of an Incident until a qualified technician starts working on it and informs the Customer.',
          ),
          text(
            '“Resolution Time”: the time from the report or detection of an Incident until the Service works as intended again, permanently or by a workaround the Customer accepts.',
          ),
          text(
            "“Business Day”: Monday to Friday, except public holidays at the place of the Provider's registered office.",
          ),
        ),
      ],
    }),
    'service-hours': () => ({
      heading: 'Service hours',
      body: [
        p`The Provider's service desk accepts reports and works on Incidents during the following service hours (“Service Hours”): ${'service_hours'}, local time in Germany. Unless the Service Hours cover every day of the year, public holidays at the place of the Provider's registered office, Christmas Eve and New Year's Eve are not part of them.`,
        p`Incidents can be reported at any time through the ticket portal or by email, and during the Service Hours also by telephone to the service hotline. P1 Incidents must also be reported by telephone. Monitoring runs around the clock; Incidents reported or detected outside the Service Hours are handled from the start of the next Service Hours.`,
      ],
    }),
    availability: () => ({
      heading: 'Availability and measurement',
      body: [
        p`The Provider keeps each Core Service available for at least ${'availability'} of the Service Hours in each calendar month (“Target Availability”).`,
        p`Availability is the share of the Service Hours of a calendar month that is not Downtime, expressed as a percentage and rounded down to two decimal places. The Provider measures it with automated checks run from outside the Customer's network at intervals of no more than ${'measurement_interval'}. A failed check counts as Downtime from that check until the next successful one.`,
        p`The Provider keeps the measurement records for at least the duration of this SLA and shows them to the Customer on request. If the Customer's own records show Downtime the Provider's monitoring missed, the parties examine the difference together in good faith.`,
      ],
    }),
    maintenance: () => ({
      heading: 'Maintenance windows',
      body: [
        p`The Provider carries out planned maintenance within the following maintenance window: ${'maintenance_window_slot'}. Planned maintenance may take no more than ${'maintenance_window_hours'} per calendar month and must be announced to the Customer at least ${'maintenance_notice'} in advance, stating the affected Services and the expected impact.`,
        p`Maintenance within these limits does not count as Downtime. Maintenance outside the window, beyond the monthly limit or announced late counts as Downtime. The Provider may install urgent security updates at shorter notice where waiting would expose the Customer to a serious risk; it informs the Customer as early as it can, and the resulting interruption counts as Downtime unless it falls within the maintenance window.`,
      ],
    }),
    exclusions: () => ({
      heading: 'Exclusions',
      body: [
        p`The following do not count as Downtime, and response and resolution times do not run while they last:`,
        bullets(
          text('planned maintenance within the limits of the clause on maintenance windows;'),
          text(
            'interruptions caused by the Customer or its users, in particular by changes made without the agreement of the Provider;',
          ),
          text(
            "failures of the Customer's own internet access or of other systems for which the Provider is not responsible;",
          ),
          text('events of force majeure under this SLA;'),
          text('interruptions the Customer has asked for in writing.'),
        ),
        p`The Provider must show that an exclusion applies. Waiting for information or action that the Customer owes does not count towards response and resolution times.`,
      ],
    }),
    priorities: ({ priorities }) => ({
      heading: 'Incident priorities, response and resolution times',
      body: [
        p`The Provider assigns each Incident a priority according to its impact on the Customer's business:`,
        bullets(
          ...priorities.map((level, index) =>
            text(
              `${PRIORITY_NAMES[level]}: ${PRIORITY_MEANINGS[level]}${index < priorities.length - 1 ? ';' : '.'}`,
            ),
          ),
        ),
        p`The Customer may ask for a different priority, giving reasons; until the parties agree, the higher priority applies. The Provider meets the following times, counted within the Service Hours:`,
        table(
          'service-levels',
          ['Priority', 'Response time', 'Resolution time'],
          priorities.map((level) => [
            text(PRIORITY_NAMES[level]),
            term(`p${level}_response`),
            term(`p${level}_resolution`),
          ]),
        ),
      ],
    }),
    'service-credits': ({ creditBands }) => ({
      heading: 'Service credits',
      body: [
        p`If the measured availability of a Core Service in a calendar month falls below the Target Availability, the Customer receives a credit on the Monthly Fee for that month. The credit follows from the lowest band reached; bands do not add up.`,
        table(
          'service-credits',
          ['Monthly availability below', 'Credit (share of the Monthly Fee)'],
          creditBands.map((band) => [term(`credit_band${band}_below`), term(`credit_band${band}_credit`)]),
        ),
        p`Service credits for a calendar month are capped at ${'credit_cap'} of the Monthly Fee. The Customer claims a credit in text form within ${'credit_claim_deadline'} of receiving the service report for that month; the Provider sets it off against the next invoice. Credits reduce the fee and need no proof of loss.`,
      ],
    }),
    incentives: () => ({
      heading: 'Performance bonus',
      body: [
        p`If the measured availability of every Core Service in a calendar month reaches at least ${'bonus_threshold'} and every P1 Incident of that month was resolved within its Resolution Time, the Provider may invoice a performance bonus of ${'bonus_amount'} of the Monthly Fee for that month.`,
        p`No bonus is due for a month in which a service credit arises. The Provider shows the bonus in the service report, and the Customer may check the underlying measurements before paying it.`,
      ],
    }),
    reporting: () => ({
      heading: 'Reporting',
      body: [
        p`The Provider sends the Customer a service report ${'report_interval'}, no later than ${'report_due'} after the end of each reporting period. The report covers each calendar month of the period and shows:`,
        bullets(
          text('the measured availability of each Core Service compared with the Target Availability;'),
          text('all Downtime with its cause;'),
          text('all Incidents with their priority and the response and resolution times achieved;'),
          text('the maintenance carried out;'),
          text('service credits owed and any performance bonus claimed;'),
          text('recommendations to improve the Services.'),
        ),
      ],
    }),
    'chronic-failure': () => ({
      heading: 'Termination for chronic failure',
      body: [
        p`If the Target Availability is missed in ${'chronic_failure_months'} calendar months within any period of ${'chronic_failure_window'}, or if P1 Incidents exceed their Resolution Time in as many calendar months within such a period, the Customer may terminate the Services affected for cause with a notice period of ${'chronic_failure_notice'}.`,
        p`The Customer must exercise this right within a reasonable time after the last missed month. Service credits already owed remain due, and other rights of termination are not affected.`,
      ],
    }),
    'review-change': () => ({
      heading: 'Review and changes',
      body: [
        p`The parties review this SLA at least every ${'review_interval'} and whenever the Services, the Customer's business needs or the technology used change significantly. The review considers the service reports of the past period.`,
        p`Either party may propose changes to this SLA in text form at any time. The other party answers a proposal within ${'change_response'}. Changes take effect only when both parties have agreed to them in writing; until then the current SLA applies unchanged.`,
      ],
    }),
    liability: () => ({
      heading: 'Liability',
      body: [
        p`Service credits are a reduction of the fee and do not exclude further claims for damages; credits already granted are set off against such claims.`,
        p`For slight negligence the Provider is liable only for breaches of obligations that are essential to the purpose of the contract, and only for damage typical and foreseeable for this kind of contract. This liability is limited per contract year to ${'liability_cap'} of the fees payable under this SLA for that contract year.`,
        paragraph(LIABILITY_CARVE_OUT.en),
      ],
    }),
    'force-majeure': () => ({
      heading: 'Force majeure',
      body: [
        p`Neither party is liable for failing to perform while it is prevented by events outside its control that it could not foresee or avoid with reasonable care, such as natural disasters, war, official orders or large-scale failures of public power or communication networks. Failures of the Provider's suppliers that redundancy customary in the market would have avoided are not force majeure.`,
        p`The party affected informs the other without delay and does what is reasonable to limit the effects. If the prevention lasts longer than ${'force_majeure_exit'}, either party may terminate the Services affected.`,
      ],
    }),
    'data-protection': () => ({
      heading: 'Data protection',
      body: [
        p`Where the Provider processes personal data on behalf of the Customer, the parties conclude a data processing agreement under Art. 28 GDPR, which prevails over this SLA on matters of data protection.`,
        p`The Provider processes and stores the Customer's data only in ${'data_location'}, unless the Customer has agreed otherwise in text form. It maintains technical and organisational measures appropriate to the risk and informs the Customer without undue delay of any personal data breach that affects the Customer's data.`,
      ],
    }),
  },
  library: {
    'onsite-support': () => ({
      heading: 'On-site support',
      body: [
        p`Where an Incident cannot be resolved remotely, the Provider sends a qualified technician to the Customer's premises. The technician arrives within ${'onsite_arrival'} of the Provider deciding, or the Customer requesting, that on-site work is needed.`,
        p`On-site work for Incidents the Provider is responsible for is included in the Monthly Fee. Other on-site work is charged at ${'onsite_hourly_rate'} per hour, including travel time.`,
      ],
    }),
    'security-incidents': () => ({
      heading: 'Security incidents',
      body: [
        p`The Provider informs the Customer of any security incident that affects or may affect the Customer's systems or data within ${'security_notice'} of becoming aware of it, even before all facts are known.`,
        p`The notification names the systems and data concerned, the measures taken and a contact person. The Provider supports the Customer in meeting its own notification duties and keeps the Customer informed until the incident is closed.`,
      ],
    }),
    'backup-restore': () => ({
      heading: 'Backup and restore',
      body: [
        p`The Provider backs up the data covered by the Services so that no more than ${'recovery_point'} of changes can be lost in a restore, and keeps the backups for ${'backup_retention'}. Backups are stored encrypted and at a location separate from the original data.`,
        p`The Provider tests a restore at least once per reporting period and records the result in the service report.`,
      ],
    }),
    'earn-back': () => ({
      heading: 'Earn-back of service credits',
      body: [
        p`If, after a month in which a service credit arose, the Provider meets the Target Availability in each of the following ${'earn_back_months'} calendar months, it may invoice that credit again. A credit can be earned back only once, and not after the Customer has terminated for chronic failure.`,
      ],
    }),
    subcontractors: () => ({
      heading: 'Subcontractors and suppliers',
      body: [
        p`The Provider may use subcontractors and suppliers to deliver the Services and remains responsible for them as for its own staff. It keeps the Customer informed of the subcontractors that have access to the Customer's systems or data.`,
        p`The Provider announces any new subcontractor of that kind at least ${'subcontractor_notice'} before engaging it. The Customer may object for good cause; if the parties cannot agree, the Customer may terminate the Services affected.`,
      ],
    }),
    'exit-assistance': () => ({
      heading: 'Exit assistance',
      body: [
        p`When the Services end, for whatever reason, the Provider supports the Customer and any new provider in taking over the Services for up to ${'exit_assistance_period'}. It hands over all Customer data, configurations and documentation in a common, machine-readable format.`,
        p`During exit assistance the service levels of this SLA continue to apply. The Provider deletes the Customer's data only after the Customer has confirmed that the hand-over is complete.`,
      ],
    }),
  },
};
