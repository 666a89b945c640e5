import { DOCUMENT_VERSION, type SlaDocument } from './document';

/**
 * The stored document's shape versions (CONVENTIONS 7b). Every reader of a persisted document —
 * the database upgrade, a backup restore, a template pack — lifts it with {@link migrateDocument}
 * before validating it. Shipped steps are never edited; a new shape adds a step.
 *
 * - Version 1 (unversioned, the first builds): list items were arrays of inlines, table cells were
 *   arrays of inlines, no origins, labels, notes, objects, boxes, front matter or page parts.
 * - Version 2 (issue 8): `version: 2`; list items `{content}`; table rows `{cells: [{content: blocks}]}`.
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape version of a stored document: 1 when it carries none. */
export function documentVersionOf(raw: unknown): number {
  if (!isRecord(raw)) return 0;
  return typeof raw.version === 'number' ? raw.version : 1;
}

/**
 * Lifts a stored document of any known version to the current shape. Anything that is not a
 * version-1 document is returned unchanged for the schema to judge; the input is never modified.
 */
export function migrateDocument(raw: unknown): unknown {
  if (!isRecord(raw) || 'version' in raw) return raw;
  return upgradeDocument0002(raw);
}

/** Lifts the clauses of a version-1 template's clause library (`{clause, terms}` items). */
export function migrateLibraryClause(raw: unknown): unknown {
  if (!isRecord(raw) || !isRecord(raw.clause)) return raw;
  return { ...raw, clause: upgradeClause(raw.clause) };
}

/** Version 1 → 2: pure; leaves unknown shapes for the schema to refuse. */
export function upgradeDocument0002(doc: Json): Json {
  const clauses = Array.isArray(doc.clauses) ? doc.clauses.map(upgradeClause) : doc.clauses;
  return { ...doc, version: DOCUMENT_VERSION, clauses };
}

function upgradeClause(clause: unknown): unknown {
  if (!isRecord(clause) || !Array.isArray(clause.body)) return clause;
  return { ...clause, body: clause.body.map(upgradeBlock) };
}

function upgradeBlock(block: unknown): unknown {
  if (!isRecord(block)) return block;
  if (block.type === 'list' && Array.isArray(block.items))
    return { ...block, items: block.items.map((item) => (Array.isArray(item) ? { content: item } : item)) };
  if (block.type === 'table' && Array.isArray(block.rows))
    return {
      ...block,
      rows: block.rows.map((row) =>
        Array.isArray(row)
          ? {
              cells: row.map((cell) =>
                Array.isArray(cell) ? { content: [{ type: 'paragraph', content: cell }] } : cell,
              ),
            }
          : row,
      ),
    };
  return block;
}

/**
 * The document as a version-1 build stored it: the exact inverse of {@link upgradeDocument0002} on
 * every document that step produced. A round frozen under version 1 is hashed over this form, so its
 * hash stays what it was (issue 8 point 8). Throws for content version 1 could not hold, which no
 * migrated round has.
 */
export function documentAsVersion1(doc: SlaDocument): unknown {
  const { version: _version, ...rest } = doc;
  if (rest.front !== undefined || rest.pageParts !== undefined)
    throw new Error('this document has content a version-1 document could not hold');
  return {
    ...rest,
    clauses: doc.clauses.map((clause) => ({
      ...clause,
      body: clause.body.map((block) => {
        if (block.type === 'list') return { ...block, items: block.items.map((item) => item.content) };
        if (block.type === 'table')
          return {
            ...block,
            rows: block.rows.map((row) =>
              row.cells.map((cell) => {
                const [only, ...more] = cell.content;
                if (!only || more.length > 0 || only.type !== 'paragraph')
                  throw new Error('a version-1 table cell holds exactly one paragraph');
                return only.content;
              }),
            ),
          };
        return block;
      }),
    })),
  };
}
