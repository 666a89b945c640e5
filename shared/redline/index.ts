/** Public API of the redline engine (issue 3). */
export * from './types';
export { computeRedline, type RedlineOptions } from './computeRedline';
export { applyDecisions, decideAllOfKind } from './applyDecisions';
export { describeChange, changeKindLabel } from './describeChange';
export { termEffect } from './classifyChange';
export { normalizeHeading } from './alignClauses';
export {
  handleRedlineRequest,
  isRedlineError,
  isRedlineResult,
  type RedlineRequest,
  type RedlineResponse,
} from './redlineWorkerProtocol';
