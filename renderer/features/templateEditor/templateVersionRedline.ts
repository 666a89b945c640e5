import type { Template } from '../../../shared/model';
import { buildChangeTree, type ChangeTree } from '../../../shared/redline';

/**
 * The redline between two versions of a template: the pair's one change tree, as the compare
 * screens build it. The one place to re-point when the redline engine's entry changes (issue 8).
 */
export function templateVersionRedline(older: Template, newer: Template): ChangeTree {
  return buildChangeTree(older.document, newer.document);
}

export type { ChangeTree };
