/** Public API of the redline engine (issues 3 and 8): one change tree per pair, everything else reads it. */
export * from './changeTree';
export { buildChangeTree, type ChangeTreeOptions } from './buildChangeTree';
export { applyDecisions, decideAllOfKind } from './applyDecisions';
export { redlineDocument, type RedlineMeta } from './redlineDocument';
export { changeListJson, isTracked, type ChangeJson } from './changeListJson';
export { describeChange, changeKindLabel, changeLocationLabel } from './describeChange';
export { termEffect } from './classifyChange';
export { normalizeHeading } from './alignClauses';
export { receivedWithOrigins, type RecordedTrackedChange } from './receivedWithOrigins';
export {
  changeTreeFor,
  handleRedlineRequest,
  isRedlineError,
  isRedlineResult,
  treeOfResult,
  type RedlineRequest,
  type RedlineResponse,
  type RedlineResult,
} from './redlineWorkerProtocol';
