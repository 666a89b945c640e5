import { SlaDocument, type Language } from '../model/document';
import { buildSlaDocument, detectLanguage, type BuiltDocument } from './buildSlaDocument';
import { DEFAULT_DOCX_LIMITS, DocxImportError, type DocxLimits } from './DocxImportError';
import { mapOntoReference } from './mapOntoReference';
import { fromLegacy, type SlaDocument as LegacyDocument } from '../redline/legacyModel';
import { openDocxPackage, type DocxPackage, type Relationship } from './openDocxPackage';
import { childElements, firstChild, textContent, type XmlElement } from './parseXml';
import { parseWordBody, type WordBody, type WordParagraph } from './parseWordBody';
import { createNumbering, readStyles } from './wordStyles';
import { buildView, paragraphText, type ViewMode } from './wordViews';

export { DocxImportError, DEFAULT_DOCX_LIMITS, type DocxLimits } from './DocxImportError';

export interface ImportedTrackedChange {
  id: string;
  type: 'insert' | 'delete';
  author: string;
  date?: string;
  text: string;
  clauseId: string;
}

export interface ImportedComment {
  id: string;
  author: string;
  initials?: string;
  date?: string;
  text: string;
  anchorText: string;
  clauseId: string;
}

export interface ImportedDocx {
  /** All tracked changes accepted: what the counterparty proposes. */
  accepted: SlaDocument;
  /** All tracked changes rejected: the text as it was before their tracked edits. */
  original: SlaDocument;
  trackedChanges: ImportedTrackedChange[];
  comments: ImportedComment[];
  /** Clause ids in `accepted` that match no clause of the reference (new clauses to assign or keep). */
  unmapped: string[];
  warnings: string[];
}

export interface ImportDocxOptions {
  /** Our last sent round: clause ids and term ids are mapped onto it. */
  reference?: SlaDocument;
  limits?: Partial<DocxLimits>;
}

/**
 * Reads a Word file from an untrusted source into the two documents the redline needs. Pure and
 * DOM-free, so it runs the same in Node (CLI, tests), the renderer and a worker. Never throws
 * anything but DocxImportError.
 */
export async function importDocx(bytes: Uint8Array, options: ImportDocxOptions = {}): Promise<ImportedDocx> {
  const limits: DocxLimits = { ...DEFAULT_DOCX_LIMITS, ...options.limits };
  try {
    return await importUnchecked(bytes, limits, options.reference);
  } catch (error) {
    if (error instanceof DocxImportError) throw error;
    if (error instanceof RangeError)
      throw new DocxImportError(
        'too-large',
        'The Word file is too large or too deeply structured to import.',
        {
          cause: error,
        },
      );
    throw new DocxImportError('unreadable', 'The Word file could not be read; it may be damaged.', {
      cause: error,
    });
  }
}

const REL_TYPE = (rel: Relationship, name: string) => !rel.external && rel.type.endsWith(`/${name}`);

function externalWarnings(rels: readonly Relationship[], warnings: Set<string>) {
  for (const rel of rels) {
    if (!rel.external) continue;
    const kind = rel.type.split('/').pop() ?? 'content';
    if (kind === 'hyperlink')
      warnings.add('Web links in the Word file are kept as plain text and never opened.');
    else if (kind === 'image')
      warnings.add('An external image link in the Word file was ignored (never fetched).');
    else warnings.add(`An external reference (${kind}) in the Word file was ignored (never fetched).`);
  }
}

async function readComments(pkg: DocxPackage, rels: readonly Relationship[]) {
  const part = rels.find((rel) => REL_TYPE(rel, 'comments'))?.target;
  const root = part ? await pkg.readXml(part) : null;
  const comments = new Map<string, { author: string; initials?: string; date?: string; text: string }>();
  if (!root) return comments;
  for (const comment of childElements(root, 'w:comment')) {
    const id = comment.attrs['w:id'];
    if (id === undefined) continue;
    const text = childElements(comment, 'w:p')
      .map((p) => commentParagraphText(p))
      .join('\n')
      .trim();
    const entry: { author: string; initials?: string; date?: string; text: string } = {
      author: comment.attrs['w:author'] ?? '',
      text,
    };
    if (comment.attrs['w:initials']) entry.initials = comment.attrs['w:initials'];
    if (comment.attrs['w:date']) entry.date = comment.attrs['w:date'];
    comments.set(id, entry);
  }
  return comments;
}

function commentParagraphText(p: XmlElement): string {
  let out = '';
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'w:t') out += textContent(child);
      else if (child.name === 'w:tab') out += ' ';
      else if (child.name !== 'w:del' && child.name !== 'w:moveFrom') walk(child);
    }
  };
  walk(p);
  return out;
}

async function readTitle(pkg: DocxPackage, packageRels: readonly Relationship[]): Promise<string> {
  const part = packageRels.find((rel) => REL_TYPE(rel, 'core-properties'))?.target ?? 'docProps/core.xml';
  const root = await pkg.readXml(part);
  const title = root ? firstChild(root, 'dc:title') : undefined;
  return title ? textContent(title).trim() : '';
}

function hasRevisions(body: WordBody): boolean {
  if (body.trackedChanges.length > 0) return true;
  const paragraphHas = (p: WordParagraph) => p.markRevision !== undefined;
  return body.blocks.some((block) =>
    block.kind === 'paragraph'
      ? paragraphHas(block)
      : block.rows.some(
          (row) => row.revision !== undefined || row.cells.some((cell) => cell.some(paragraphHas)),
        ),
  );
}

/** Nearest clause at or before a body position: text merged away in one view still has a home. */
function clauseAt(source: number, built: BuiltDocument, idMap: Map<string, string> | undefined): string {
  for (let s = source; s >= 0; s--) {
    const id = built.clauseOfSource.get(s);
    if (id !== undefined) return idMap?.get(id) ?? id;
  }
  const first = built.doc.clauses[0]?.id ?? '';
  return idMap?.get(first) ?? first;
}

async function importUnchecked(
  bytes: Uint8Array,
  limits: DocxLimits,
  reference: SlaDocument | undefined,
): Promise<ImportedDocx> {
  const pkg = await openDocxPackage(bytes, limits);
  const warnings = new Set<string>();
  const packageRels = await pkg.readRelationships('');
  const documentRels = await pkg.readRelationships(pkg.mainPart);
  externalWarnings(packageRels, warnings);
  externalWarnings(documentRels, warnings);
  const settingsPart = documentRels.find((rel) => REL_TYPE(rel, 'settings'))?.target;
  if (settingsPart) externalWarnings(await pkg.readRelationships(settingsPart), warnings);

  const documentRoot = await pkg.readXml(pkg.mainPart);
  if (!documentRoot || documentRoot.name !== 'w:document')
    throw new DocxImportError(
      'not-docx',
      'This file is not a Word document: its main part is not a WordprocessingML document.',
    );
  const body: WordBody = parseWordBody(documentRoot);
  for (const warning of body.warnings) warnings.add(warning);

  const stylesPart = documentRels.find((rel) => REL_TYPE(rel, 'styles'))?.target;
  const numberingPart = documentRels.find((rel) => REL_TYPE(rel, 'numbering'))?.target;
  const style = readStyles(stylesPart ? await pkg.readXml(stylesPart) : null);
  const numberingRoot = numberingPart ? await pkg.readXml(numberingPart) : null;
  const comments = await readComments(pkg, documentRels);
  const fallbackTitle = await readTitle(pkg, packageRels);

  const acceptedView = buildView(body.blocks, 'accepted');
  const allText = acceptedView
    .map((block) =>
      block.kind === 'paragraph'
        ? paragraphText(block)
        : block.rows.flatMap((row) => row.cells.flat().map(paragraphText)).join(' '),
    )
    .join(' ');
  const language: Language = detectLanguage(allText, reference?.language ?? 'en');

  const build = (mode: ViewMode) =>
    buildSlaDocument(mode === 'accepted' ? acceptedView : buildView(body.blocks, mode), {
      style,
      numbering: createNumbering(numberingRoot),
      language,
      fallbackTitle,
      detectTerms: !reference,
      warnings,
    });
  const acceptedBuilt = build('accepted');
  // Without any tracked change both views are the same text: build it once (halves a clean import).
  const originalBuilt = hasRevisions(body)
    ? build('original')
    : { ...acceptedBuilt, doc: JSON.parse(JSON.stringify(acceptedBuilt.doc)) as LegacyDocument };

  let accepted = acceptedBuilt.doc;
  let original = originalBuilt.doc;
  let unmapped: string[] = [];
  let acceptedIds: Map<string, string> | undefined;
  let originalIds: Map<string, string> | undefined;
  if (reference) {
    const mappedAccepted = mapOntoReference(acceptedBuilt, reference, warnings);
    const mappedOriginal = hasRevisions(body)
      ? mapOntoReference(originalBuilt, reference, warnings)
      : { ...mappedAccepted, doc: JSON.parse(JSON.stringify(mappedAccepted.doc)) as LegacyDocument };
    accepted = mappedAccepted.doc;
    original = mappedOriginal.doc;
    unmapped = mappedAccepted.unmapped;
    acceptedIds = mappedAccepted.idMap;
    originalIds = mappedOriginal.idMap;
  }

  const clauseOf = (source: number) =>
    acceptedBuilt.doc.clauses.length > 0
      ? clauseAt(source, acceptedBuilt, acceptedIds)
      : clauseAt(source, originalBuilt, originalIds);

  const trackedChanges: ImportedTrackedChange[] = body.trackedChanges
    .filter((change) => change.text.length > 0)
    .map((change) => {
      const entry: ImportedTrackedChange = {
        id: change.id,
        type: change.type,
        author: change.author,
        text: change.text,
        clauseId: clauseOf(change.source),
      };
      if (change.date) entry.date = change.date;
      return entry;
    });

  const paragraphTextAt = (source: number): string => {
    const block = body.blocks.find((b) => b.source === source);
    if (!block || block.kind !== 'paragraph') return '';
    return block.runs
      .filter((run) => run.revision?.type !== 'delete')
      .map((run) => run.text)
      .join('')
      .trim();
  };
  const importedComments: ImportedComment[] = [];
  for (const anchor of body.commentAnchors) {
    const comment = comments.get(anchor.id);
    if (!comment) continue;
    const entry: ImportedComment = {
      id: anchor.id,
      author: comment.author,
      text: comment.text,
      anchorText: anchor.anchorText.trim() || paragraphTextAt(anchor.source),
      clauseId: clauseOf(anchor.source),
    };
    if (comment.initials) entry.initials = comment.initials;
    if (comment.date) entry.date = comment.date;
    importedComments.push(entry);
  }

  const documents = [fromLegacy(accepted), fromLegacy(original)] as const;
  for (const doc of documents) {
    const checked = SlaDocument.safeParse(doc);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new DocxImportError(
        'unreadable',
        `The Word file could not be turned into an agreement: ${issue?.message ?? 'invalid content'} (at ${issue?.path.join('.') ?? '?'}).`,
      );
    }
  }

  return {
    accepted: documents[0],
    original: documents[1],
    trackedChanges,
    comments: importedComments,
    unmapped,
    warnings: [...warnings],
  };
}
