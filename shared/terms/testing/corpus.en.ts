import type { CorpusDocument } from './corpusTypes';
import { clause, table, text } from './corpusTypes';

/**
 * English customer SLAs, written for these tests (invented wording, invented companies). Each states
 * which terms a careful reader takes from it — and, by leaving them out, which numbers are not terms.
 */

const hosting: CorpusDocument = {
  name: 'en hosting: uptime table, severity table with status updates, GBP fees',
  language: 'en',
  clauses: [
    clause('Definitions', [
      text(
        '“Monthly Uptime Percentage” means the total number of minutes in a calendar month minus the minutes of Downtime, divided by the total number of minutes in that month.',
      ),
      text('“Business Day” means any day other than a Saturday, Sunday or a bank holiday in England.'),
      text('“Business Hours” means 08:00 to 18:00 on a Business Day.'),
    ]),
    clause('Service Commitment', [
      text(
        'Northgate Hosting Ltd will use commercially reasonable efforts to make the Hosting Platform available with a Monthly Uptime Percentage of at least 99.95% during any calendar month (the “Service Commitment”).',
      ),
    ]),
    clause('Service Credits', [
      text('If the Service Commitment is not met, the Customer is eligible for a Service Credit as follows:'),
      table([
        ['Monthly Uptime Percentage', 'Service Credit (% of monthly charges)'],
        ['Less than 99.95% but equal to or greater than 99.0%', '10%'],
        ['Less than 99.0% but equal to or greater than 95.0%', '25%'],
        ['Less than 95.0%', '100%'],
      ]),
      text(
        'Service Credits for any billing month shall not exceed 50% of the monthly charges for the affected service.',
      ),
      text(
        'To receive a Service Credit, the Customer must submit a claim to the support desk within thirty (30) days of the end of the month in which the Downtime occurred.',
      ),
    ]),
    clause('Support and Incident Response', [
      text('Northgate classifies each incident by severity:'),
      text('Severity 1 (Critical): the Hosting Platform is unavailable or severely degraded for all users;'),
      text(
        'Severity 2 (Major): a significant part of the platform is unavailable, or performance is materially degraded;',
      ),
      text('Severity 3 (Minor): limited impact, and a workaround is available;'),
      text('Severity 4 (Cosmetic): questions, information requests and cosmetic defects.'),
      table([
        ['Severity', 'Initial response', 'Status updates', 'Target restoration'],
        ['Severity 1', '15 minutes', 'every 60 minutes', '4 hours'],
        ['Severity 2', '1 hour', 'every 4 hours', '12 hours'],
        ['Severity 3', '4 Business Hours', 'daily', '5 Business Days'],
        ['Severity 4', '2 Business Days', '—', 'not applicable'],
      ]),
      text('Incidents may be raised 24/7 through the portal or by calling +44 20 7946 0958.'),
    ]),
    clause('Planned Maintenance', [
      text(
        'Planned maintenance will be notified to the Customer at least seven (7) days in advance and will normally be performed between 22:00 and 06:00 UK time. Planned maintenance shall not exceed 8 hours in any calendar month.',
      ),
    ]),
    clause('Fees', [
      text(
        'The Customer shall pay a monthly fee of GBP 3,450 (exclusive of VAT at the prevailing rate of 20%).',
      ),
      text('A one-off set-up fee of GBP 1,200 is payable on signature of the Order Form.'),
    ]),
    clause('Limitation of Liability', [
      text(
        "Each party's total aggregate liability arising out of or in connection with this Agreement in each Contract Year shall not exceed GBP 250,000.",
      ),
    ]),
    clause('Review', [text('The parties will review this SLA annually and agree any changes in writing.')]),
    clause('General', [
      text(
        'This Agreement is governed by the laws of England and Wales. Notices under clause 14.2 shall be sent to the addresses set out on page 1. Northgate is certified to ISO 27001:2022 and ISO 9001. This SLA version 3.1 was issued on 1 March 2026.',
      ),
    ]),
  ],
  expected: {
    credit_base: { value: 'monthly', text: 'of monthly charges' },
    availability: { value: 99.95, text: '99.95%' },
    availability_period: { value: 'monthly', text: 'Monthly' },
    credit_band1_below: { value: 99.95, text: '99.95%' },
    credit_band1_credit: { value: 10, text: '10%' },
    credit_band2_below: { value: 99, text: '99.0%' },
    credit_band2_credit: { value: 25, text: '25%' },
    credit_band3_below: { value: 95, text: '95.0%' },
    credit_band3_credit: { value: 100, text: '100%' },
    credit_cap: { value: 50, text: '50%' },
    credit_claim_deadline: { value: 30, unit: 'days', text: 'thirty (30) days' },
    p1_response: { value: 15, unit: 'minutes', text: '15 minutes' },
    p1_resolution: { value: 4, unit: 'hours', text: '4 hours' },
    p2_response: { value: 1, unit: 'hours', text: '1 hour' },
    p2_resolution: { value: 12, unit: 'hours', text: '12 hours' },
    p3_response: { value: 4, unit: 'business-hours', text: '4 Business Hours' },
    p3_resolution: { value: 5, unit: 'business-days', text: '5 Business Days' },
    p4_response: { value: 2, unit: 'business-days', text: '2 Business Days' },
    maintenance_notice: { value: 7, unit: 'days', text: 'seven (7) days' },
    maintenance_window_hours: { value: 8, unit: 'hours', text: '8 hours' },
    monthly_fee: { value: 3450, currency: 'GBP', text: 'GBP 3,450' },
    liability_cap: { value: 250000, currency: 'GBP', text: 'GBP 250,000' },
    review_interval: { value: 12, unit: 'months', text: 'annually' },
  },
  priorities: [
    { level: 1, name: 'Severity 1 (Critical)' },
    { level: 2, name: 'Severity 2 (Major)' },
    { level: 3, name: 'Severity 3 (Minor)' },
    { level: 4, name: 'Severity 4 (Cosmetic)' },
  ],
};

const saas: CorpusDocument = {
  name: 'en SaaS: prose credit bands, annual subscription, support hours in US style, latency decoys',
  language: 'en',
  clauses: [
    clause('1. Uptime', [
      text(
        'Brightlane will make the Subscription Service available 99.9% of the time, measured monthly, excluding Scheduled Maintenance and the exclusions in Section 6.',
      ),
    ]),
    clause('2. Performance', [
      text('Brightlane aims to complete 95% of API requests in under 500 ms and 99% in under 2,000 ms.'),
      text('Search indexes are refreshed every 15 minutes.'),
    ]),
    clause('3. Service Credits', [
      text(
        'If Monthly Uptime falls below 99.9%, Customer will be entitled to a credit of 5% of the monthly subscription fee; below 99.5%, 15%; below 99.0%, 30%.',
      ),
      text(
        'Customer must request a credit in writing within fifteen (15) business days after the end of the affected month; otherwise the claim lapses.',
      ),
      text('Credits are the sole and exclusive remedy for any failure to meet the uptime commitment.'),
    ]),
    clause('4. Support', [
      text(
        'Support is available Monday through Friday, 9:00 a.m. to 6:00 p.m. Eastern Time, excluding U.S. federal holidays.',
      ),
      text('Brightlane will acknowledge support requests according to their priority:'),
      text(
        'P1 – Urgent: production is down; acknowledgement within 1 hour, resolution or workaround within 8 hours.',
      ),
      text(
        'P2 – High: a major feature is impaired; acknowledgement within 4 hours, resolution within 3 business days.',
      ),
      text('P3 – Normal: all other requests; acknowledgement within 1 business day.'),
    ]),
    clause('5. Fees', [
      text(
        'The annual subscription fee is USD 48,000, invoiced annually in advance. Additional seats are charged at USD 35 per user per month.',
      ),
      text('Late payments bear interest at 1.5% per month.'),
    ]),
    clause('6. Exclusions', [
      text(
        'Downtime caused by Customer, by third-party services, or by force majeure events is excluded. Scheduled Maintenance is announced at least 72 hours in advance.',
      ),
    ]),
    clause('7. Liability', [
      text(
        "Each party's aggregate liability shall be limited to the fees paid by Customer in the twelve (12) months preceding the claim.",
      ),
    ]),
  ],
  expected: {
    credit_base: { value: 'monthly', text: 'of the monthly subscription fee' },
    availability: { value: 99.9, text: '99.9%' },
    availability_period: { value: 'monthly', text: 'monthly' },
    credit_band1_below: { value: 99.9, text: '99.9%' },
    credit_band1_credit: { value: 5, text: '5%' },
    credit_band2_below: { value: 99.5, text: '99.5%' },
    credit_band2_credit: { value: 15, text: '15%' },
    credit_band3_below: { value: 99, text: '99.0%' },
    credit_band3_credit: { value: 30, text: '30%' },
    credit_claim_deadline: { value: 15, unit: 'business-days', text: 'fifteen (15) business days' },
    service_hours: {
      value: 'Monday through Friday, 9:00 a.m. to 6:00 p.m.',
      text: 'Monday through Friday, 9:00 a.m. to 6:00 p.m.',
    },
    p1_response: { value: 1, unit: 'hours', text: '1 hour' },
    p1_resolution: { value: 8, unit: 'hours', text: '8 hours' },
    p2_response: { value: 4, unit: 'hours', text: '4 hours' },
    p2_resolution: { value: 3, unit: 'business-days', text: '3 business days' },
    p3_response: { value: 1, unit: 'business-days', text: '1 business day' },
    annual_fee: { value: 48000, currency: 'USD', text: 'USD 48,000' },
    maintenance_notice: { value: 72, unit: 'hours', text: '72 hours' },
  },
  priorities: [
    { level: 1, name: 'P1 – Urgent' },
    { level: 2, name: 'P2 – High' },
    { level: 3, name: 'P3 – Normal' },
  ],
  notes: ['unit-price'],
};

const helpDesk: CorpusDocument = {
  name: 'en help desk: names-only priorities, call answering figures, chronic failure, monthly report',
  language: 'en',
  clauses: [
    clause('Service Desk', [
      text(
        'The Service Desk is staffed from 07:00 to 19:00, Monday to Friday, excluding public holidays in Ireland.',
      ),
      text('80% of calls will be answered within 30 seconds and 95% of e-mails acknowledged within 2 hours.'),
    ]),
    clause('Incident Priorities and Targets', [
      table([
        ['Priority', 'Definition', 'Response', 'Resolution'],
        ['Critical', 'Complete loss of a business-critical service; no workaround.', '30 minutes', '4 hours'],
        [
          'High',
          'Service degraded for many users, or a critical service at risk.',
          '2 hours',
          '1 business day',
        ],
        ['Medium', 'Single user affected, workaround available.', '4 hours', '3 business days'],
        ['Low', 'Requests for information and minor faults.', '1 business day', '10 business days'],
      ]),
      text('Response and resolution times run only during Service Desk hours.'),
    ]),
    clause('Charges', [
      text('The monthly service charge is EUR 7,850 plus VAT, covering up to 250 named users.'),
      text('Additional users are charged at EUR 18 per user per month.'),
    ]),
    clause('Reporting', [
      text('A service report is delivered monthly, within five (5) working days of month end.'),
    ]),
    clause('Persistent Failure', [
      text(
        'If resolution targets for Critical incidents are missed in three (3) consecutive months, the Client may terminate this Agreement by giving 30 days’ written notice.',
      ),
    ]),
    clause('Term', [text('This Agreement has an initial term of 36 months starting on 1 July 2026.')]),
  ],
  expected: {
    p1_response: { value: 30, unit: 'minutes', text: '30 minutes' },
    p1_resolution: { value: 4, unit: 'hours', text: '4 hours' },
    p2_response: { value: 2, unit: 'hours', text: '2 hours' },
    p2_resolution: { value: 1, unit: 'business-days', text: '1 business day' },
    p3_response: { value: 4, unit: 'hours', text: '4 hours' },
    p3_resolution: { value: 3, unit: 'business-days', text: '3 business days' },
    p4_response: { value: 1, unit: 'business-days', text: '1 business day' },
    p4_resolution: { value: 10, unit: 'business-days', text: '10 business days' },
    monthly_fee: { value: 7850, currency: 'EUR', text: 'EUR 7,850' },
    report_interval: { value: 'monthly', text: 'monthly' },
    report_due: { value: 5, unit: 'business-days', text: 'five (5) working days' },
    chronic_failure_months: { value: 3, text: 'three (3) consecutive months' },
    chronic_failure_notice: { value: 30, unit: 'days', text: '30 days' },
    service_hours: { value: '07:00 to 19:00, Monday to Friday', text: '07:00 to 19:00, Monday to Friday' },
    // The share of e-mails acknowledged within 2 hours has no term of ours; the call figures have.
    call_answer_rate: { value: 80, text: '80%' },
    call_answer_time: { value: 0.5, unit: 'minutes', text: '30 seconds' },
    covered_users: { value: 250, text: '250' },
  },
  priorities: [
    { level: 1, name: 'Critical' },
    { level: 2, name: 'High' },
    { level: 3, name: 'Medium' },
    { level: 4, name: 'Low' },
  ],
};

const telecom: CorpusDocument = {
  name: 'en telecom: yearly availability, transposed fault table, formula credits, network decoys',
  language: 'en',
  clauses: [
    clause('Service Description', [
      text(
        'Dedicated 1 Gbit/s Ethernet access at each of the 2 customer sites listed in Schedule 1, with 24x7 monitoring.',
      ),
    ]),
    clause('Network Performance', [
      table([
        ['Parameter', 'Target'],
        ['Service availability (per annum, per circuit)', '99.7%'],
        ['Round-trip latency', '< 30 ms'],
        ['Packet loss', '< 0.1%'],
        ['Jitter', '< 5 ms'],
        ['Mean time to repair (MTTR)', '5 hours'],
      ]),
    ]),
    clause('Fault Handling', [
      table([
        ['', 'Priority 1', 'Priority 2', 'Priority 3'],
        ['Fault response', '30 min', '2 h', '8 h'],
        ['Fault restoration', '4 h', '8 h', '24 h'],
      ]),
      text(
        'Priority 1 means total loss of service at a site; Priority 2 means degraded service; Priority 3 means any other fault.',
      ),
    ]),
    clause('Service Credits', [
      text(
        'For each full hour of unavailability beyond the annual target, a credit of 2% of the monthly rental applies, up to a maximum of 25% of the monthly rental.',
      ),
    ]),
    clause('Charges', [
      text(
        'The monthly rental for the service is EUR 2,580.00 for both circuits together, fixed for the minimum term of 36 months.',
      ),
    ]),
  ],
  expected: {
    availability: { value: 99.7, text: '99.7%' },
    availability_period: { value: 'yearly', text: 'per annum' },
    p1_response: { value: 30, unit: 'minutes', text: '30 min' },
    p2_response: { value: 2, unit: 'hours', text: '2 h' },
    p3_response: { value: 8, unit: 'hours', text: '8 h' },
    p1_resolution: { value: 4, unit: 'hours', text: '4 h' },
    p2_resolution: { value: 8, unit: 'hours', text: '8 h' },
    p3_resolution: { value: 24, unit: 'hours', text: '24 h' },
    credit_cap: { value: 25, text: '25%' },
    monthly_fee: { value: 2580, currency: 'EUR', text: 'EUR 2,580.00' },
  },
  priorities: [
    { level: 1, name: 'Priority 1' },
    { level: 2, name: 'Priority 2' },
    { level: 3, name: 'Priority 3' },
  ],
  notes: ['credit-formula'],
};

const managed: CorpusDocument = {
  name: 'en managed services: numbered contract prose, quarterly measurement period, severity levels in prose',
  language: 'en',
  clauses: [
    clause('1. Definitions', [
      text('1.1 “Measurement Period” means a calendar quarter.'),
      text('1.2 “Service Availability” has the meaning given in paragraph 3.2.'),
    ]),
    clause('3. Service Levels', [
      text(
        '3.2 The Supplier shall achieve Service Availability of not less than ninety-nine point nine per cent (99.9%) in each Measurement Period.',
      ),
      text(
        '3.3 The Supplier shall respond to Severity Level 1 Incidents within fifteen (15) minutes and shall restore the affected Service within four (4) hours.',
      ),
      text(
        '3.4 Severity Level 2 Incidents: response within one (1) hour, restoration within eight (8) hours.',
      ),
      text(
        '3.5 Severity Level 3 Incidents: response within four (4) Business Hours, resolution within three (3) Business Days.',
      ),
    ]),
    clause('4. Service Credits', [
      text(
        '4.1 Where Service Availability in a Measurement Period is below 99.9% the Supplier shall credit the Customer with 5% of the Quarterly Charges; where it is below 99.5%, 10%.',
      ),
    ]),
    clause('5. Charges', [text('5.1 The Charges are GBP 36,000 per quarter, payable in advance.')]),
    clause('6. Termination for Service Failure', [
      text(
        '6.1 If the Supplier fails to achieve the Service Availability in two (2) consecutive Measurement Periods, or in any three (3) Measurement Periods within a rolling twelve (12) month period, the Customer may terminate this Agreement.',
      ),
    ]),
    clause('7. Liability', [
      text(
        "7.1 The Supplier's total liability under this Agreement shall not exceed GBP 1,000,000 in aggregate.",
      ),
      text('7.2 Liability for loss of data shall be limited to GBP 100,000 per event.'),
    ]),
    clause('8. Governance', [
      text('8.1 The parties shall review the Service Levels at least once every twelve (12) months.'),
      text(
        '8.2 Either party may propose a change; the other party shall respond to a change request within ten (10) Business Days.',
      ),
    ]),
  ],
  expected: {
    credit_base: { value: 'quarterly', text: 'of the Quarterly Charges' },
    availability: { value: 99.9, text: 'ninety-nine point nine per cent (99.9%)' },
    availability_period: { value: 'quarterly', text: 'a calendar quarter' },
    p1_response: { value: 15, unit: 'minutes', text: 'fifteen (15) minutes' },
    p1_resolution: { value: 4, unit: 'hours', text: 'four (4) hours' },
    p2_response: { value: 1, unit: 'hours', text: 'one (1) hour' },
    p2_resolution: { value: 8, unit: 'hours', text: 'eight (8) hours' },
    p3_response: { value: 4, unit: 'business-hours', text: 'four (4) Business Hours' },
    p3_resolution: { value: 3, unit: 'business-days', text: 'three (3) Business Days' },
    credit_band1_below: { value: 99.9, text: '99.9%' },
    credit_band1_credit: { value: 5, text: '5%' },
    credit_band2_below: { value: 99.5, text: '99.5%' },
    credit_band2_credit: { value: 10, text: '10%' },
    chronic_failure_window: { value: 12, unit: 'months', text: 'twelve (12) month' },
    liability_cap: { value: 1000000, currency: 'GBP', text: 'GBP 1,000,000' },
    review_interval: { value: 12, unit: 'months', text: 'twelve (12) months' },
    change_response: { value: 10, unit: 'business-days', text: 'ten (10) Business Days' },
  },
  notes: ['fee-period-unknown', 'liability-special'],
};

const germanNumbersInEnglish: CorpusDocument = {
  name: 'en written by a German company: German number formats, Mio., TEUR, P1–P3 in one sentence',
  language: 'en',
  clauses: [
    clause('Availability', [
      text(
        'The Provider guarantees an availability of 99,8 % per calendar month for the data centre services.',
      ),
    ]),
    clause('Response times', [
      text(
        'Response times: P1 15 min, P2 1 h, P3 4 h. Resolution times: P1 4 h, P2 8 h, P3 2 business days.',
      ),
    ]),
    clause('Remuneration', [
      text('The flat monthly fee is EUR 1.500, payable on the first working day of each month.'),
    ]),
    clause('Liability', [text('The liability of the Provider is limited to € 1,5 Mio. per contract year.')]),
  ],
  expected: {
    availability: { value: 99.8, text: '99,8 %' },
    availability_period: { value: 'monthly', text: 'per calendar month' },
    p1_response: { value: 15, unit: 'minutes', text: '15 min' },
    p2_response: { value: 1, unit: 'hours', text: '1 h' },
    p3_response: { value: 4, unit: 'hours', text: '4 h' },
    p1_resolution: { value: 4, unit: 'hours', text: '4 h' },
    p2_resolution: { value: 8, unit: 'hours', text: '8 h' },
    p3_resolution: { value: 2, unit: 'business-days', text: '2 business days' },
    monthly_fee: { value: 1500, currency: 'EUR', text: 'EUR 1.500' },
    liability_cap: { value: 1500000, currency: 'EUR', text: '€ 1,5 Mio.' },
  },
};

export const CORPUS_EN: readonly CorpusDocument[] = [
  hosting,
  saas,
  helpDesk,
  telecom,
  managed,
  germanNumbersInEnglish,
];
