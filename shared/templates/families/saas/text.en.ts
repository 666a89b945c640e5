import { LIABILITY_CARVE_OUT } from '../../commonClauses';
import { bullets, p, paragraph, table, term, text } from '../../prose';
import type { LanguagePack } from '../../templateFamily';
import type { PriorityLevel } from '../../termSpecs';
import { VOCABULARY_EN } from '../../vocabulary.en';
import type { SaasClauseId, SaasLibraryId } from './outline';

const { tierNames: TIER_NAMES, priorityNames: PRIORITY_NAMES } = VOCABULARY_EN;

const PRIORITY_MEANINGS: Record<PriorityLevel, string> = {
  1: 'the Production Environment cannot be used by all or most Users, or Customer Data is at risk',
  2: 'a core function fails or the Application is severely slowed down, and there is no reasonable workaround',
  3: 'a function fails, but a reasonable workaround is available',
  4: 'questions on use, display errors and suggestions for improvement',
};

/** English wording of the SaaS templates (British spelling, as used in EU contracts). */
export const SAAS_EN: LanguagePack<SaasClauseId, SaasLibraryId> = {
  language: 'en',
  templateName: (tier) => `Software as a Service – ${TIER_NAMES[tier]}`,
  title: (tier) => `Service Level Agreement – Software as a Service (${TIER_NAMES[tier]})`,
  descriptions: {
    basic:
      'A cloud application for small teams: support during office hours, daily backups and data export at the end of the agreement.',
    business:
      'A cloud application for all-day use: high availability, a short recovery time, longer notice of new releases and graduated service credits.',
    premium:
      'A cloud application for business-critical processes: support around the clock, no more than one hour of data loss, data kept in Germany.',
  },
  termLabels: {
    availability: 'Target availability of the Application',
    service_hours: 'Support hours',
    subcontractor_notice: 'Notice of new subprocessors',
    security_notice: 'Notification of personal data breaches',
  },
  clauses: {
    scope: () => ({
      heading: 'Parties and subject matter',
      body: [
        p`This Service Level Agreement (“SLA”) between the provider named above (“Provider”) and the customer named above (“Customer”) sets the quality at which the Provider makes the software application described in the product description available to the Customer over the internet (“Application”). The services comprise:`,
        bullets(
          text(
            'running the Application in data centres that the Provider operates itself or engages, including the hardware, software and connectivity needed;',
          ),
          text(
            'maintaining and developing the Application, including the installation of fixes and security updates;',
          ),
          text('backing up Customer Data and restoring it in an emergency;'),
          text('support for the administrators the Customer names.'),
        ),
        p`The Customer may use the Application with up to ${'covered_users'} Users and pays ${'monthly_fee'} per calendar month plus VAT for it (“Monthly Fee”). Additional Users, interfaces to third-party systems and individual customisation are agreed separately.`,
      ],
    }),
    definitions: () => ({
      heading: 'Definitions',
      body: [
        p`In this SLA:`,
        bullets(
          text(
            '“Production Environment” means the instance of the Application the Customer works with in live operation;',
          ),
          text(
            '“Customer Data” means all data the Customer or its Users enter into or create in the Application;',
          ),
          text('“User” means any person for whom the Customer has set up access to the Application;'),
          text(
            '“Incident” means any deviation of the Application from the product description that impairs its use;',
          ),
          text(
            '“Downtime” means time in which Users cannot log in to the Production Environment or cannot carry out its core functions as described in the product description;',
          ),
          text(
            '“Major Release” means a new version of the Application that significantly changes its operation, functions or interfaces;',
          ),
          text(
            '“Recovery Point” means the most recent state of the data that can be restored after a disaster;',
          ),
          text(
            '“Recovery Time” means the time from the occurrence of a disaster until the Production Environment can be used again;',
          ),
          text(
            '“Response Time” means the time from receipt of an Incident report until the first substantive answer from an engineer;',
          ),
          text(
            '“Resolution Time” means the time from receipt of an Incident report until the Application works as intended again or a reasonable workaround is in place;',
          ),
          text('“Business Day” means Monday to Friday, except public holidays observed throughout Germany.'),
        ),
      ],
    }),
    'support-hours': () => ({
      heading: 'Operating time and support hours',
      body: [
        p`The Application is available around the clock on every day of the year. The Provider’s support can be reached at the following times: ${'service_hours'}, local time in Germany (“Support Hours”).`,
        p`The Customer’s administrators report Incidents in the support portal or by email, and P1 Incidents also on the emergency number. On a publicly reachable status page the Provider announces Incidents and maintenance as they happen.`,
      ],
    }),
    availability: () => ({
      heading: 'Availability of the Application and measurement',
      body: [
        p`The Provider makes the Production Environment available with an availability of at least ${'availability'} in each calendar month (“Target Availability”). Availability is counted over every hour of the month: it is the share of the time without Downtime, as a percentage rounded down to two decimal places.`,
        p`Measurement takes place where the data centre meets the internet. A monitoring system outside the Production Environment logs in with a test account at intervals of no more than ${'measurement_interval'} and carries out a typical core function. If that fails, the time until the next successful run counts as Downtime.`,
        p`The Provider publishes the results on the status page and in the service report. Impairments of functions other than the core functions are Incidents but not Downtime.`,
      ],
    }),
    maintenance: () => ({
      heading: 'Maintenance and updates',
      body: [
        p`The Provider carries out planned maintenance during which the Application cannot be used, or only to a limited extent, in the maintenance window: ${'maintenance_window_slot'}. It may not exceed ${'maintenance_window_hours'} per calendar month and is announced at least ${'maintenance_notice'} in advance on the status page and by email to the administrators.`,
        p`The Provider installs updates without interruption wherever it can. It may close critical security gaps outside the maintenance window as well. Any interruption outside these limits counts as Downtime.`,
      ],
    }),
    exclusions: () => ({
      heading: 'Exclusions',
      body: [
        p`Interruptions are not Downtime where they result from`,
        bullets(
          text('announced maintenance within the agreed limits;'),
          text('faults in the Customer’s network, at its internet provider or on Users’ devices;'),
          text(
            'use contrary to the product description, in particular exceeding the usage limits stated there;',
          ),
          text('errors in interfaces or extensions that the Customer or a third party it engages provides;'),
          text(
            'a suspension the Customer has asked for, for example after credentials were lost, or force majeure.',
          ),
        ),
        p`Functions the Provider expressly marks as previews are excluded from the service levels of this SLA.`,
      ],
    }),
    priorities: ({ priorities }) => ({
      heading: 'Incident priorities, response and resolution times',
      body: [
        p`The Provider gives every Incident report a priority:`,
        bullets(
          ...priorities.map((level, index) =>
            text(
              `${PRIORITY_NAMES[level]}: ${PRIORITY_MEANINGS[level]}${index < priorities.length - 1 ? ';' : '.'}`,
            ),
          ),
        ),
        p`The following times run within the Support Hours, and for P1 Incidents around the clock:`,
        table(
          'service-levels',
          ['Priority', 'Response time', 'Resolution time'],
          priorities.map((level) => [
            text(PRIORITY_NAMES[level]),
            term(`p${level}_response`),
            term(`p${level}_resolution`),
          ]),
        ),
        p`The Customer’s administrators may ask for a higher priority, giving reasons; until the question is settled, the higher one applies.`,
      ],
    }),
    'backup-recovery': () => ({
      heading: 'Backup and disaster recovery',
      body: [
        p`The Provider backs up Customer Data continuously so that the Recovery Point is no more than ${'recovery_point'} before a disaster. Backups are stored encrypted in a second data centre at a separate location and kept for ${'backup_retention'}.`,
        p`If a disaster, such as the loss of a data centre, takes the Production Environment down, the Provider makes it available again within ${'recovery_time'} of the disaster.`,
        p`The Provider tests disaster recovery at least once per calendar year and tells the Customer the result. If the Customer has deleted data by mistake, the Provider restores it from a backup on request and charges the effort under the price list.`,
      ],
    }),
    releases: () => ({
      heading: 'Development, new releases and withdrawn features',
      body: [
        p`The Provider develops the Application continuously. It announces each Major Release at least ${'release_notice'} before introducing it, with release notes describing the changes to operation, functions and interfaces; it publishes release notes for smaller releases no later than when they are introduced.`,
        p`The Provider removes functions or interfaces that the Customer uses only after announcing the removal at least ${'deprecation_notice'} in advance, and only if it provides an equivalent alternative or the removal is required for legal or security reasons.`,
        p`Development must not significantly reduce the agreed range of functions. If it nonetheless does, the Customer may terminate the agreement as of the date of the change.`,
      ],
    }),
    'service-credits': ({ creditBands }) => ({
      heading: 'Service credits',
      body: [
        p`If the availability of the Production Environment in a calendar month falls below the Target Availability, the Monthly Fee for that month is reduced by a credit. Its amount depends on the lowest band the availability fell below:`,
        table(
          'service-credits',
          ['Availability in the month below', 'Credit (share of the Monthly Fee)'],
          creditBands.map((band) => [term(`credit_band${band}_below`), term(`credit_band${band}_credit`)]),
        ),
        p`Credits amount to no more than ${'credit_cap'} of the Monthly Fee per calendar month. Where the service report shows the shortfall, the Provider sets the credit off against the next invoice without being asked; otherwise the Customer claims it in text form within ${'credit_claim_deadline'} of receiving the service report.`,
      ],
    }),
    incentives: () => ({
      heading: 'Performance bonus',
      body: [
        p`If availability in a calendar month is at least ${'bonus_threshold'} and every P1 and P2 Incident of that month was resolved in time, the Provider may charge a performance bonus of ${'bonus_amount'} of the Monthly Fee.`,
        p`No bonus is due for a month with a credit. The Provider charges it only on the basis of the service report, which the Customer can check beforehand.`,
      ],
    }),
    reporting: () => ({
      heading: 'Status page and service report',
      body: [
        p`Besides the status page, the Customer receives a service report ${'report_interval'}, no later than ${'report_due'} after the end of the reporting period. For each month it shows:`,
        bullets(
          text('the measured availability and all Downtime with its cause and duration;'),
          text('the Incidents with their priority, response and resolution time;'),
          text('the state of the backups and the result of the last restore test;'),
          text('releases introduced and announced changes to the range of functions;'),
          text('subprocessors newly engaged or announced;'),
          text('credits and any performance bonus charged.'),
        ),
      ],
    }),
    'chronic-failure': () => ({
      heading: 'Termination for chronic failure',
      body: [
        p`If availability stays below the Target Availability in ${'chronic_failure_months'} calendar months, counted over the last ${'chronic_failure_window'} at any time, or if the Provider exceeds the agreed Recovery Time in a disaster, the Customer may terminate the agreement for the Application for cause. The notice period is ${'chronic_failure_notice'}.`,
        p`In that case the Provider refunds fees paid in advance for the time after the end of the agreement pro rata. The Customer’s right to export its data is not affected.`,
      ],
    }),
    'review-change': () => ({
      heading: 'Review and changes',
      body: [
        p`The parties review this SLA at least every ${'review_interval'}, in particular whether the Target Availability, the number of Users and the Support Hours still fit the Customer’s needs.`,
        p`A party sends proposed changes in text form to the other, which answers within ${'change_response'} of receipt. Changes apply only when both parties have agreed to them in writing. The Provider cannot worsen the service levels by changing the product description on its own.`,
      ],
    }),
    liability: () => ({
      heading: 'Liability',
      body: [
        p`Credits under this SLA are set off against damages for the same unavailability.`,
        p`In case of slight negligence the Provider is liable only for breach of essential contractual obligations, limited to the foreseeable damage typical for the contract and per contract year to ${'liability_cap'} of the fees owed for that contract year. For loss of Customer Data it is liable for the effort of restoring the data from the last backup made as agreed.`,
        paragraph(LIABILITY_CARVE_OUT.en),
      ],
    }),
    'force-majeure': () => ({
      heading: 'Force majeure',
      body: [
        p`Neither party is obliged to perform while and to the extent that force majeure prevents it. Force majeure means unforeseeable events beyond the party’s control, such as natural disasters, war, orders of the authorities and widespread failures of power or internet supply. The failure of a data centre that the agreed disaster recovery is meant to absorb, and attacks against which the state of the art protects, are not force majeure.`,
        p`A party relying on force majeure tells the other without delay. If it lasts longer than ${'force_majeure_exit'}, either party may terminate the agreement for the Application.`,
      ],
    }),
    'data-protection': () => ({
      heading: 'Data protection, subprocessors and information security',
      body: [
        p`The Provider processes personal data within Customer Data only on behalf of and on the instructions of the Customer, under a data processing agreement under Art. 28 GDPR. Customer Data is stored and processed only in ${'data_location'}, including during maintenance and support.`,
        p`The Provider keeps an up-to-date list of its subprocessors. It announces any new subprocessor at least ${'subcontractor_notice'} before engaging it; the Customer may object on reasonable grounds and, if the Provider goes ahead, terminate the agreement as of the date the subprocessor starts.`,
        p`The Provider notifies the Customer of any personal data breach within ${'security_notice'} of becoming aware of it. It runs an information security management system under ISO/IEC 27001 or an equivalent standard.`,
      ],
    }),
    'data-export': () => ({
      heading: 'Data export and deletion at the end of the agreement',
      body: [
        p`The Customer can export its Customer Data itself at any time during the agreement and for ${'data_export_period'} after it ends, completely and in a common machine-readable format such as CSV or JSON, including uploaded files. Export is covered by the Monthly Fee.`,
        p`When the export period is over, the Provider deletes all Customer Data including backups; deletion is complete no later than ${'data_deletion_period'} after the end of the export period, and the Provider confirms it in text form. The Provider’s statutory retention duties are not affected.`,
      ],
    }),
  },
  library: {
    onboarding: () => ({
      heading: 'Set-up and data migration',
      body: [
        p`The Provider sets up the Application for the Customer within ${'onboarding_period'} of the agreement being signed, creates the administrators and takes over the master data that the Customer supplies in the agreed template. The period is extended by any time the Provider spends waiting for the Customer’s input.`,
      ],
    }),
    'test-environment': () => ({
      heading: 'Test environment',
      body: [
        p`Besides the Production Environment, the Provider provides a test environment in which new releases are available before they are introduced. At the Customer’s request it refreshes the test environment with a copy of the production data, at least every ${'sandbox_refresh'}; personal data is pseudonymised on request.`,
        p`The service levels of this SLA do not apply to the test environment.`,
      ],
    }),
    audits: () => ({
      heading: 'Evidence and audits',
      body: [
        p`The Provider proves compliance with its data protection and information security obligations through current certificates and audit reports from independent bodies. In addition, the Customer may audit the Provider once per calendar year, itself or through an auditor bound to confidentiality, giving at least ${'audit_notice'} notice.`,
        p`After a security incident, an audit for that cause is possible without this notice.`,
      ],
    }),
    'earn-back': () => ({
      heading: 'Credits charged again',
      body: [
        p`If, after a month with a credit, the Application reaches the Target Availability in each of the following ${'earn_back_months'} calendar months, the Provider may charge the credit of that month after all. This does not apply to credits from months that led to termination for chronic failure.`,
      ],
    }),
    'exit-assistance': () => ({
      heading: 'Support when changing provider',
      body: [
        p`On request, the Provider supports the Customer for up to ${'exit_assistance_period'} after the end of the agreement in moving Customer Data to a successor system, in particular by explaining the data model and coordinating with the new provider. It charges this effort under the price list; the data export itself remains free of charge.`,
      ],
    }),
  },
};
