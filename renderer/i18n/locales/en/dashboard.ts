/** The Dashboard: signed agreements, warnings, reviews due (issue 11). */
export const dashboard = {
  title: 'Dashboard',
  intro:
    'Every signed agreement this month against what was promised, with the warnings and reviews that need you.',
  empty: {
    title: 'No signed agreements yet',
    body: 'When a deal is signed, its availability, error budget, credits and reviews are followed here.',
  },
  columns: {
    agreement: 'Agreement',
    availability: 'Availability / target',
    budget: 'Error budget',
    credit: 'Credits owed',
    warnings: 'Warnings',
    review: 'Next review',
  },
  noCredit: 'none',
  noWarnings: 'none',
  warningCount_one: '{{count}} warning',
  warningCount_other: '{{count}} warnings',
  charts: {
    burnDown: 'Error budget this month: {{name}}',
    availability: 'Availability by month: {{name}}',
  },
  warningsTitle: 'Needs attention',
  noWarningsAtAll: 'No agreement is close to a limit.',
  reviews: {
    title: 'Reviews due',
    none: 'No review is due in the next 30 days.',
    agreement: 'Signed agreement',
    template: 'Template',
  },
} as const;
