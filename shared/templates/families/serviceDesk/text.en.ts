import { LIABILITY_CARVE_OUT } from '../../commonClauses';
import { bullets, inlines, p, paragraph, table, term, text } from '../../prose';
import type { LanguagePack } from '../../templateFamily';
import type { PriorityLevel } from '../../termSpecs';
import { VOCABULARY_EN } from '../../vocabulary.en';
import type { ServiceDeskClauseId, ServiceDeskLibraryId } from './outline';

const { tierNames: TIER_NAMES, priorityNames: PRIORITY_NAMES } = VOCABULARY_EN;

const PRIORITY_MEANINGS: Record<PriorityLevel, string> = {
  1: 'many Users or a whole site cannot work, or a business-critical process has stopped',
  2: 'several Users, or one User in a key role, are seriously restricted and there is no workaround',
  3: 'a single User is restricted but can carry on with a workaround',
  4: 'questions, suggestions and faults with no effect on work',
};

/** English wording of the service desk templates (British spelling, as used in EU contracts). */
export const SERVICE_DESK_EN: LanguagePack<ServiceDeskClauseId, ServiceDeskLibraryId> = {
  language: 'en',
  templateName: (tier) => `Service Desk – ${TIER_NAMES[tier]}`,
  title: (tier) => `Service Level Agreement – Service Desk (${TIER_NAMES[tier]})`,
  descriptions: {
    basic:
      'A single point of contact for users during office hours by ticket portal, email and telephone, with clear answer and first-contact resolution rates.',
    business:
      'A service desk with extended hours, fast call answering, a higher first-contact resolution rate and a monthly report.',
    premium:
      'A round-the-clock service desk in three languages with chat, the shortest response times and a bonus for particularly satisfied users.',
  },
  termLabels: {
    availability: 'Target availability (reachability of the service desk)',
    covered_users: 'Number of named Users',
  },
  clauses: {
    scope: () => ({
      heading: 'Parties and scope',
      body: [
        p`This Service Level Agreement (“SLA”) applies between the provider named above (“Provider”) and the customer named above (“Customer”) to the service desk that the Provider runs as the single point of contact for the Customer’s users (“Services”). The service desk:`,
        bullets(
          text(
            'receives incident reports, service requests and questions from Users and records each as a Ticket;',
          ),
          text(
            'resolves them itself wherever it can, in particular log-in problems, locked accounts, questions on how to use a system and standard requests from the service catalogue;',
          ),
          text(
            'passes Tickets it cannot resolve to the Customer’s departments or service providers responsible and follows them up until they are closed;',
          ),
          text('keeps Users informed of progress and of known Incidents.'),
        ),
        p`The Services cover up to ${'covered_users'} named Users of the Customer. The Customer pays a fee of ${'monthly_fee'} per calendar month plus VAT (“Monthly Fee”); further Users are charged under the current price list. The Customer or its service providers remain responsible for fixing faults in systems the Provider does not run.`,
      ],
    }),
    definitions: () => ({
      heading: 'Definitions',
      body: [
        p`The following terms apply in this SLA:`,
        bullets(
          text(
            '“User”: an employee of the Customer whom the Customer has named to the Provider as entitled;',
          ),
          text(
            '“Ticket”: the record in the Provider’s ticket system that documents a matter from intake to closure;',
          ),
          text(
            '“Incident”: an unplanned interruption or degradation of an IT service that prevents or hinders a User from working;',
          ),
          text(
            '“Service Request”: a User’s request for a standard service from the service catalogue, such as a new account or a software installation;',
          ),
          text(
            '“First-Contact Resolution”: a Ticket that the service desk closes during the first contact with the User without passing it on;',
          ),
          text(
            '“Response Time”: the time from receipt of a report until the User receives a qualified reply with an assessment and the next steps;',
          ),
          text(
            '“Resolution Time”: the time from receipt of an Incident report until the User can work again, permanently or with a workaround;',
          ),
          text(
            '“Business Day”: Monday to Friday, except public holidays at the Customer’s registered office.',
          ),
        ),
      ],
    }),
    contact: () => ({
      heading: 'Contact channels, languages and service hours',
      body: [
        p`The service desk is staffed at the following times: ${'service_hours'}, local time in Germany (“Service Hours”). Users reach it through the following channels: ${'ticket_channels'}. It handles matters in the following languages: ${'support_languages'}.`,
        p`Users may submit written reports at any time. The service desk acknowledges every written report with its Ticket number within ${'ticket_acknowledgement'} of receipt, counted within the Service Hours. Users report P1 Incidents through the fastest agreed channel, by telephone where available.`,
        p`Reports received outside the Service Hours are handled from the start of the next Service Hours, unless the parties have agreed on on-call cover.`,
      ],
    }),
    availability: () => ({
      heading: 'Reachability and measurement',
      body: [
        p`The Provider keeps the service desk reachable through every agreed channel for at least ${'availability'} of the Service Hours in each calendar month (“Target Availability”). The service desk is not reachable while the telephone system does not accept calls, the ticket portal cannot be opened or incoming emails are not recorded as Tickets.`,
        p`The Provider monitors the channels automatically with test calls and test reports at intervals of no more than ${'measurement_interval'}. After a failed check the service desk counts as not reachable until the next successful check.`,
        p`For calls received within the Service Hours the following also apply in each calendar month:`,
        bullets(
          inlines`at least ${'call_answer_rate'} of calls are answered by a person within ${'call_answer_time'} of the first ring (“Answer Rate”);`,
          inlines`no more than ${'abandon_rate'} of callers hang up before a person answers (“Abandon Rate”); calls that end during the greeting message are not counted.`,
        ),
        p`Measurement rests on the records of the telephone system and the ticket system. The Provider keeps them for the term of this SLA and lets the Customer inspect the evaluations on request.`,
      ],
    }),
    maintenance: () => ({
      heading: 'Maintenance of the service desk systems',
      body: [
        p`The Provider schedules maintenance of the telephone system, ticket system and ticket portal in the following maintenance window: ${'maintenance_window_slot'}. It may take no more than ${'maintenance_window_hours'} in total per calendar month and is announced to the Customer’s contacts at least ${'maintenance_notice'} in advance.`,
        p`Where the maintenance window falls within the Service Hours, the Provider keeps at least one channel open without interruption. Any time in which no channel is available counts in full as time without reachability.`,
      ],
    }),
    exclusions: () => ({
      heading: 'Exclusions and the Customer’s cooperation',
      body: [
        p`The following are disregarded when the figures of this SLA are calculated:`,
        bullets(
          text('reports on systems or services not listed in the service catalogue;'),
          text(
            'time spent waiting for input from the Customer, its departments or the service providers a Ticket was passed to;',
          ),
          text('time in which a User cannot be reached for questions;'),
          text('failures of public telephone or data networks, and events of force majeure;'),
          inlines`volumes of Tickets and calls exceeding the agreed monthly forecast by more than ${'volume_tolerance'}, for example after a widespread outage at the Customer.`,
        ),
        p`The Customer tells the Provider in good time of planned changes that will significantly affect volumes, and provides current instructions and access for the systems the service desk answers questions about.`,
      ],
    }),
    priorities: ({ priorities }) => ({
      heading: 'Priorities, response and resolution times',
      body: [
        p`Every Ticket for an Incident is given a priority according to the number of Users affected and its urgency:`,
        bullets(
          ...priorities.map((level, index) =>
            text(
              `${PRIORITY_NAMES[level]}: ${PRIORITY_MEANINGS[level]}${index < priorities.length - 1 ? ';' : '.'}`,
            ),
          ),
        ),
        p`The following times run within the Service Hours. Where the service desk must pass an Incident on, its Resolution Time ends with the complete hand-over to the party responsible; it keeps following the Ticket and keeps the User informed.`,
        table(
          'service-levels',
          ['Priority', 'Response time', 'Resolution time'],
          priorities.map((level) => [
            text(PRIORITY_NAMES[level]),
            term(`p${level}_response`),
            term(`p${level}_resolution`),
          ]),
        ),
        p`The service desk fulfils Service Requests from the service catalogue within ${'request_fulfilment'} of receiving the complete details and, where needed, the Customer’s approval.`,
      ],
    }),
    quality: () => ({
      heading: 'First-contact resolution and user satisfaction',
      body: [
        p`In each calendar month the service desk resolves at least ${'first_contact_resolution'} of the Tickets that the service catalogue allows it to resolve itself at the first contact (“First-Contact Resolution Rate”).`,
        p`After a Ticket is closed, the Provider asks the User for a short rating. At least ${'customer_satisfaction'} of the ratings given in a calendar month are “satisfied” or “very satisfied” (“Satisfaction Rate”).`,
        p`The Provider maintains a knowledge base with solutions for recurring matters and makes it available to Users in the ticket portal.`,
      ],
    }),
    'service-credits': ({ creditBands }) => ({
      heading: 'Service credits',
      body: [
        p`If the measured reachability of the service desk in a calendar month stays below the Target Availability, the Customer is credited with the following share of the Monthly Fee; only the lowest band reached applies:`,
        table(
          'service-credits',
          ['Reachability below', 'Credit (share of the Monthly Fee)'],
          creditBands.map((band) => [term(`credit_band${band}_below`), term(`credit_band${band}_credit`)]),
        ),
        p`In addition, the Customer receives a credit of ${'kpi_credit'} of the Monthly Fee for each of the following figures the Provider misses in a calendar month: Answer Rate, Abandon Rate, First-Contact Resolution Rate, Satisfaction Rate and the Response Time for P1 Incidents.`,
        p`All credits for a month are capped at ${'credit_cap'} of the Monthly Fee. The Customer claims them in text form within ${'credit_claim_deadline'} of receiving the service report; the Provider credits them on the next invoice.`,
      ],
    }),
    incentives: () => ({
      heading: 'Performance bonus',
      body: [
        p`If the Satisfaction Rate reaches at least ${'bonus_satisfaction_threshold'} in a calendar month and the Provider meets every other figure of this SLA in that month, the Provider is entitled to a bonus of ${'bonus_amount'} of the Monthly Fee.`,
        p`No bonus is due for a month in which a credit arises. Before paying, the Customer may inspect a sample of the underlying ratings.`,
      ],
    }),
    reporting: () => ({
      heading: 'Reports',
      body: [
        p`The Provider gives the Customer a service report ${'report_interval'}, no later than ${'report_due'} after the end of the reporting period, and also keeps a continuously updated overview in the ticket portal. For each calendar month the report contains:`,
        bullets(
          text('the number of Tickets by channel, category and priority, compared with the forecast;'),
          text('reachability, Answer Rate and Abandon Rate;'),
          text('First-Contact Resolution Rate and Satisfaction Rate, with notable feedback from Users;'),
          text('the response, resolution and fulfilment times achieved;'),
          text('recurring matters, with proposals for avoiding them;'),
          text('credits and any bonus claimed.'),
        ),
      ],
    }),
    'chronic-failure': () => ({
      heading: 'Termination for chronic failure',
      body: [
        p`If, within any period of the last ${'chronic_failure_window'}, the Provider has missed the Target Availability, the Answer Rate or the First-Contact Resolution Rate in ${'chronic_failure_months'} calendar months, the Customer may terminate the Services for cause.`,
        p`The notice period is ${'chronic_failure_notice'}; the Customer gives notice within a reasonable time after the last month missed. Credits arising until the end of the agreement are not affected.`,
      ],
    }),
    'review-change': () => ({
      heading: 'Review and adjustment',
      body: [
        p`The parties discuss the service reports regularly and review this SLA at least every ${'review_interval'}. At each review they also set the forecast of monthly volumes and the service catalogue afresh.`,
        p`Either party may propose changes in text form; the other responds within ${'change_response'} of receipt. The parties record agreed changes in writing; until then this SLA applies unchanged. The service desk takes on new service catalogue entries once its staff have been trained for them.`,
      ],
    }),
    liability: () => ({
      heading: 'Liability',
      body: [
        p`Credits granted are set off against the Customer’s claims for damages arising from the same breach.`,
        p`For slight negligence the Provider is liable only for breach of essential contractual obligations and only for the damage typical for the contract and foreseeable, limited in total per contract year to ${'liability_cap'} of the annual fees under this SLA. The Provider is not liable for damage caused by instructions the Customer has prescribed for the service desk.`,
        paragraph(LIABILITY_CARVE_OUT.en),
      ],
    }),
    'force-majeure': () => ({
      heading: 'Force majeure',
      body: [
        p`If a party is prevented from performing by events it is not responsible for and cannot avert with reasonable effort, such as natural events, war, closures ordered by the authorities or widespread failures of telecommunication networks, its obligation to perform is suspended for as long as the obstacle lasts. Illness of individual members of the Provider’s staff is not force majeure; the Provider arranges adequate cover.`,
        p`The party affected reports the obstacle without delay. If it lasts longer than ${'force_majeure_exit'}, either party may terminate the Services.`,
      ],
    }),
    'data-protection': () => ({
      heading: 'Data protection',
      body: [
        p`The service desk processes personal data of Users, in particular names, contact details and the contents of Tickets, on behalf of the Customer; the parties’ data processing agreement under Art. 28 GDPR applies to this. The Provider uses credentials that Users share for fault analysis only for the Ticket concerned.`,
        p`The Provider runs the ticket system, call recordings and knowledge base only in ${'data_location'}. It records calls only where the caller has expressly consented beforehand.`,
      ],
    }),
  },
  library: {
    'onsite-support': () => ({
      heading: 'Desk-side support',
      body: [
        p`Where the service desk cannot resolve an Incident remotely, the Provider sends a technician to the User’s workplace. The technician arrives at the Customer’s site within ${'onsite_arrival'} of the decision to work on site.`,
        p`The Customer pays ${'onsite_hourly_rate'} per hour started for work at the sites named in the service description; travel time is not charged.`,
      ],
    }),
    'rollout-support': () => ({
      heading: 'Support for rollout projects',
      body: [
        p`If the Customer introduces new software, devices or processes that are likely to cause additional requests, it announces the project at least ${'rollout_notice'} before it starts. The Provider trains its staff in time, extends the knowledge base and reinforces the service desk for the first period after the start.`,
        p`For rollouts announced in time, the Provider cannot rely on the exclusion for excess volumes. For rollouts at shorter notice it endeavours to give the same support without committing to it.`,
      ],
    }),
    'security-incidents': () => ({
      heading: 'Reports of security incidents',
      body: [
        p`If the service desk receives signs of a security incident, such as malware, a phishing attempt or a misused account, the Provider reports it to the office the Customer has named within ${'security_notice'} of receiving the report, and locks affected accounts on that office’s instruction.`,
        p`The Provider informs the Customer without undue delay of any personal data breach within the Provider’s area of responsibility, so that the Customer can meet its own notification duties.`,
      ],
    }),
    'earn-back': () => ({
      heading: 'Lapse of credits after sustained improvement',
      body: [
        p`If, after a month for which credits arose, the Provider meets every figure of this SLA in the ${'earn_back_months'} calendar months immediately following, those credits lapse and the Provider may invoice them after all. This no longer applies once the Customer has terminated for chronic failure.`,
      ],
    }),
    'exit-assistance': () => ({
      heading: 'Hand-over at the end of the agreement',
      body: [
        p`When the agreement ends, the Provider supports the transition to a new service desk for up to ${'exit_assistance_period'}: it hands over the Ticket history, the knowledge base and the instructions in a common, machine-readable format and briefs the successor’s staff.`,
        p`Until the hand-over is complete, the Provider keeps running the service desk at the figures of this SLA. It then deletes personal data as the data processing agreement requires.`,
      ],
    }),
  },
};
