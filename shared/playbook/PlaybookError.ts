import type { PlaybookProblem } from './playbookProblems';

/** A playbook entry or file was refused; nothing was changed. `problems` name every reason. */
export class PlaybookError extends Error {
  override name = 'PlaybookError';
  constructor(readonly problems: readonly PlaybookProblem[]) {
    super(`The playbook was refused: ${problems.map((problem) => problem.code).join(', ')}`);
  }
}
