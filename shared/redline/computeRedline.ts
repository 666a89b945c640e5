import type { SlaDocument } from '../model/document';
import { planRedline, type RedlineOptions } from './planRedline';
import type { Redline } from './types';

export type { RedlineOptions } from './planRedline';

/**
 * The redline between two rounds (`a` older, `b` newer): clauses aligned, every change listed in
 * b's order and classified, term changes lifted with their effect for us. Pure and deterministic:
 * runs the same in Node, the renderer and a worker, and the same pair always yields the same ids.
 */
export function computeRedline(a: SlaDocument, b: SlaDocument, options: RedlineOptions = {}): Redline {
  return planRedline(a, b, { ...options, keepTokens: false }).redline;
}
