/** Strings shared by every screen. English is the source language: de/common.ts must have the same keys. */
export const common = {
  appName: 'SLA Workbench',
  nav: {
    label: 'Main navigation',
    deals: 'Deals',
    templates: 'Templates',
    compare: 'Compare files',
    dashboard: 'Dashboard',
    settings: 'Settings',
  },
  loading: 'Opening your data…',
  startup: {
    tooNewTitle: 'This data was written by a newer version',
    tooNewBody:
      'The agreements on this computer were saved by a newer version of SLA Workbench. Please update the app to open them. Nothing has been changed.',
    failedTitle: 'Your data could not be opened',
    failedBody: 'SLA Workbench could not open its local database. Nothing has been changed. Details:',
  },
  later: {
    comingTitle: 'Coming in a later version',
    compareTitle: 'Compare files',
    compareBody: 'Comparing two rounds or any two Word files side by side is coming in a later version.',
    dashboardTitle: 'Dashboard',
    dashboardBody:
      'Signed agreements, reviews that are due and warnings will be collected here in a later version.',
  },
  actions: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    delete: 'Delete',
    undo: 'Undo',
    open: 'Open',
    back: 'Back',
    more: 'More actions',
  },
  status: {
    drafting: 'Drafting',
    negotiating: 'Negotiating',
    approval: 'Approval',
    signed: 'Signed',
    'walked-away': 'Walked away',
    archived: 'Archived',
  },
  tier: {
    basic: 'Basic',
    business: 'Business',
    premium: 'Premium',
    custom: 'Custom',
  },
  language: {
    de: 'German',
    en: 'English',
  },
  /** The service a template family is written for (shared/model TEMPLATE_FAMILIES). */
  family: {
    'managed-it': 'Managed IT services',
    hosting: 'Hosting and data centre',
    'service-desk': 'Service desk',
    saas: 'Software as a service',
  },
  familyShort: {
    'managed-it': 'Managed IT',
    hosting: 'Hosting',
    'service-desk': 'Service desk',
    saas: 'SaaS',
  },
  notFound: {
    dealTitle: 'Deal not found',
    dealBody: 'This deal no longer exists. It may have been deleted.',
    templateTitle: 'Template not found',
    templateBody: 'This template no longer exists.',
    backToDeals: 'Back to deals',
    backToTemplates: 'Back to templates',
  },
  fieldRequired: 'Please fill in this field.',
  screenError: {
    title: 'This screen ran into a problem',
    body: 'Your saved data is not affected. Reload the window, or choose another section on the left.',
    reload: 'Reload window',
  },
  notification: 'Notification',
  notifications: 'Notifications ({hotkey})',
  breadcrumb: 'Location',
  round: 'Round {{number}}',
} as const;
