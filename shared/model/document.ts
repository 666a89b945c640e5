import { z } from 'zod';
import { Term } from './term';

/**
 * The SLA document: the one structure shared by templates, drafts and frozen rounds.
 * Rich text is our own small block model (not an editor's JSON) so the redline engine, DOCX
 * export/import and hashing do not depend on the editor. Persisted shape: changing it needs a migration.
 */
export const Language = z.enum(['de', 'en']);
export type Language = z.infer<typeof Language>;

export const MARKS = ['bold', 'italic', 'underline'] as const;
export const Mark = z.enum(MARKS);
export type Mark = z.infer<typeof Mark>;

export const TextInline = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(200_000),
  marks: z.array(Mark).optional(),
});
/** An inline reference to a term of the document; shown as the term's formatted value. */
export const TermInline = z.object({
  type: z.literal('term'),
  termId: z.string(),
});
export const Inline = z.discriminatedUnion('type', [TextInline, TermInline]);
export type TextInline = z.infer<typeof TextInline>;
export type TermInline = z.infer<typeof TermInline>;
export type Inline = z.infer<typeof Inline>;

export const Paragraph = z.object({
  type: z.literal('paragraph'),
  content: z.array(Inline).max(10_000),
});
export const List = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.array(Inline)).max(1_000),
});
/**
 * `service-levels`: header row, then one row per priority: [priority, response time, resolution time].
 * `service-credits`: header row, then one row per band: [availability below, credit]. Other tables are
 * `generic`. Cells hold inlines, so a cell can reference a term (e.g. `p1_response`).
 */
export const TableRole = z.enum(['service-levels', 'service-credits', 'generic']);
export type TableRole = z.infer<typeof TableRole>;
export const Table = z.object({
  type: z.literal('table'),
  role: TableRole,
  headerRow: z.boolean(),
  rows: z.array(z.array(z.array(Inline)).min(1).max(50)).max(500),
});
export const Block = z.discriminatedUnion('type', [Paragraph, List, Table]);
export type Paragraph = z.infer<typeof Paragraph>;
export type List = z.infer<typeof List>;
export type Table = z.infer<typeof Table>;
export type Block = z.infer<typeof Block>;

/**
 * What a clause is about. The legal checklist, playbook and monitoring look clauses up by kind;
 * `other` for anything else. Persisted: changing a name needs a migration.
 */
export const CLAUSE_KINDS = [
  'parties-scope',
  'definitions',
  'service-hours',
  'availability',
  'maintenance',
  'exclusions',
  'priorities',
  'service-credits',
  'incentives',
  'reporting',
  'chronic-failure',
  'review-change',
  'liability',
  'force-majeure',
  'data-protection',
  'term-termination',
  'other',
] as const;
export const ClauseKind = z.enum(CLAUSE_KINDS);
export type ClauseKind = z.infer<typeof ClauseKind>;

export const ClauseId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid clause id');

export const Clause = z.object({
  /** Stable across rounds and copies; the redline aligns by it first. */
  id: ClauseId,
  kind: ClauseKind,
  heading: z.string().max(500),
  /** 1 = numbered "3", 2 = numbered "3.1" under the previous level-1 clause. Numbers are derived. */
  level: z.union([z.literal(1), z.literal(2)]),
  body: z.array(Block).max(5_000),
});
export type Clause = z.infer<typeof Clause>;

export const Parties = z.object({
  provider: z.string().max(300),
  customer: z.string().max(300),
});
export type Parties = z.infer<typeof Parties>;

function* inlinesOf(block: Block): Generator<Inline> {
  if (block.type === 'paragraph') yield* block.content;
  else if (block.type === 'list') for (const item of block.items) yield* item;
  else for (const row of block.rows) for (const cell of row) yield* cell;
}

/** Every term id referenced from the clauses, in document order, without repeats. */
export function referencedTermIds(clauses: readonly Clause[]): string[] {
  const seen = new Set<string>();
  for (const clause of clauses)
    for (const block of clause.body)
      for (const inline of inlinesOf(block)) if (inline.type === 'term') seen.add(inline.termId);
  return [...seen];
}

export const SlaDocument = z
  .object({
    title: z.string().max(500),
    language: Language,
    parties: Parties,
    clauses: z.array(Clause).max(5_000),
    /** Ordered as shown in the term panel; ids unique; every reference in the clauses resolves. */
    terms: z.array(Term).max(5_000),
  })
  .superRefine((doc, ctx) => {
    const termIds = new Set<string>();
    doc.terms.forEach((term, index) => {
      if (termIds.has(term.id))
        ctx.addIssue({ code: 'custom', message: `duplicate term id ${term.id}`, path: ['terms', index] });
      termIds.add(term.id);
    });
    const clauseIds = new Set<string>();
    doc.clauses.forEach((clause, index) => {
      if (clauseIds.has(clause.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate clause id ${clause.id}`,
          path: ['clauses', index],
        });
      clauseIds.add(clause.id);
    });
    for (const id of referencedTermIds(doc.clauses))
      if (!termIds.has(id))
        ctx.addIssue({ code: 'custom', message: `clause references unknown term ${id}`, path: ['clauses'] });
  });
export type SlaDocument = z.infer<typeof SlaDocument>;

export { inlinesOf };
