import type { Template } from '../../../shared/model';
import { computeRedline, type Redline } from '../../../shared/redline';

/**
 * The redline between two versions of a template, through the same public entry the compare
 * screens use. The one place to re-point when the redline engine's entry changes (issue 8).
 */
export function templateVersionRedline(older: Template, newer: Template): Redline {
  return computeRedline(older.document, newer.document);
}

export type { Redline };
