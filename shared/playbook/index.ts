export * from './bandOf';
export * from './describeBand';
export * from './measure';
export * from './ownerRoles';
export * from './playbook';
export * from './playbookFile';
export * from './playbookProblems';
export * from './termCatalogue';
