import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { SlaDocument } from '../../model/document';
import { DocxImportError, resolveLimits, type DocxLimitsInput } from '../DocxImportError';
import { assessImport } from './assessImport';
import { buildDocument, type BuildPagePart } from './buildDocument';
import type { ImportedComment, ImportedCommentReply, ImportedDocx } from './importResult';
import { WarningList } from './importWarnings';
import { mapOntoReference } from './mapOntoReference';
import { openDocxPackage, type DocxPackage, type Relationship } from './openDocxPackage';
import { childElements, firstChild, textContent, type XmlElement } from './parseXml';
import { readCommentsPart, readThreads } from './readComments';
import { readNumberingDefinitions } from './readNumbering';
import { readStyles, type WordStyles } from './readStyles';
import { readWordPart, type PartContext, type RelTarget } from './readWordPart';
import { recogniseTermsInDocument } from './recogniseTermsInDocument';
import type { WordPartContent } from './wordBody';

export interface ImportDocxOptions {
  /** Our round the file answers: clause ids and terms are mapped onto it. */
  reference?: SlaDocument;
  limits?: DocxLimitsInput;
}

/**
 * Reads a Word file from an untrusted source into the SLA document exactly as written (issue 8).
 * The way through (DESIGN §3): package (openDocxPackage) → XML (parseXml) → Word body per part
 * (readWordPart) → SLA document (buildDocument) → mapped onto our round (mapOntoReference) or with
 * terms recognised (recogniseTermsInDocument). Pure and DOM-free, so it runs the same in Node (CLI,
 * tests), the renderer and a worker. Never throws anything but DocxImportError.
 */
export async function importDocx(bytes: Uint8Array, options: ImportDocxOptions = {}): Promise<ImportedDocx> {
  try {
    return await importUnchecked(bytes, options);
  } catch (error) {
    if (error instanceof DocxImportError) throw error;
    if (error instanceof RangeError)
      throw new DocxImportError(
        'too-large',
        'The Word file is too large or too deeply structured to import.',
        {
          cause: error,
          params: { reason: 'structure' },
        },
      );
    throw new DocxImportError('unreadable', 'The Word file could not be read; it may be damaged.', {
      cause: error,
    });
  }
}

const isType = (rel: Relationship, name: string) => !rel.external && rel.type.endsWith(`/${name}`);

/** Relationship types whose targets are content we compare by their bytes. */
const CONTENT_TYPES = /\/(?:image|chart|diagramData|oleObject|package|video|audio|media)$/;

const hashBytes = (bytes: Uint8Array) => bytesToHex(sha256(bytes));
const hashText = (text: string) => hashBytes(utf8ToBytes(text));

/** A part's relationship targets, with the content ones hashed (each part's bytes read once). */
async function readTargets(
  pkg: DocxPackage,
  part: string,
  warnings: WarningList,
  hashes: Map<string, Promise<string>>,
): Promise<Map<string, RelTarget>> {
  const targets = new Map<string, RelTarget>();
  for (const rel of await pkg.readRelationships(part)) {
    const kind = rel.type.split('/').pop() ?? 'content';
    if (rel.external) {
      if (kind === 'hyperlink') warnings.add('external-link');
      else if (kind === 'image') warnings.add('external-image');
      else warnings.add('external-reference', { kind: kind.slice(0, 60) });
      targets.set(rel.id, {
        type: rel.type,
        target: rel.target,
        external: true,
        hash: hashText(`external:${rel.target}`),
      });
      continue;
    }
    if (!CONTENT_TYPES.test(rel.type)) continue;
    let hash = hashes.get(rel.target);
    if (!hash) {
      hash = pkg
        .readBytes(rel.target)
        .then((content) => (content ? hashBytes(content) : hashText(`missing:${rel.target}`)));
      hashes.set(rel.target, hash);
    }
    targets.set(rel.id, { type: rel.type, target: rel.target, external: false, hash: await hash });
  }
  return targets;
}

async function importUnchecked(bytes: Uint8Array, options: ImportDocxOptions): Promise<ImportedDocx> {
  const limits = resolveLimits(options.limits);
  const pkg = await openDocxPackage(bytes, limits);
  const warnings = new WarningList();
  const hashes = new Map<string, Promise<string>>();
  const packageRels = await pkg.readRelationships('');
  for (const rel of packageRels)
    if (rel.external)
      warnings.add('external-reference', { kind: (rel.type.split('/').pop() ?? 'content').slice(0, 60) });
  if (pkg.entryNames().some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) warnings.add('macros');

  const documentRoot = await pkg.readXml(pkg.mainPart);
  if (!documentRoot || documentRoot.name !== 'w:document')
    throw new DocxImportError(
      'not-docx',
      'This file is not a Word document: its main part is not a WordprocessingML document.',
      { params: { reason: 'not-wordprocessing' } },
    );
  const documentRels = await pkg.readRelationships(pkg.mainPart);
  const partOf = (name: string) => documentRels.find((rel) => isType(rel, name))?.target;
  const settingsPart = partOf('settings');
  if (settingsPart)
    for (const rel of await pkg.readRelationships(settingsPart))
      if (rel.external)
        warnings.add('external-reference', { kind: (rel.type.split('/').pop() ?? 'content').slice(0, 60) });

  const stylesPart = partOf('styles');
  const styles: WordStyles = readStyles(stylesPart ? await pkg.readXml(stylesPart) : null);
  const numberingPart = partOf('numbering');
  const numberingRoot = numberingPart ? await pkg.readXml(numberingPart) : null;
  const numbering = readNumberingDefinitions(numberingRoot, styles);

  const contextOf = async (part: string): Promise<PartContext> => ({
    styles,
    targets: await readTargets(pkg, part, warnings, hashes),
    hashText,
  });

  const body = readWordPart(firstChild(documentRoot, 'w:body'), await contextOf(pkg.mainPart));

  const notes = { footnote: new Map<string, WordPartContent>(), endnote: new Map<string, WordPartContent>() };
  for (const kind of ['footnote', 'endnote'] as const) {
    const part = partOf(`${kind}s`);
    const root = part ? await pkg.readXml(part) : null;
    if (!part || !root) continue;
    const context = await contextOf(part);
    for (const note of childElements(root, `w:${kind}`)) {
      const id = note.attrs['w:id'];
      const type = note.attrs['w:type'];
      // Separator lines and continuation notices are Word's own furniture, not text of the agreement.
      if (id === undefined || (type !== undefined && type !== 'normal')) continue;
      if (!notes[kind].has(id)) notes[kind].set(id, readWordPart(note, context));
    }
  }

  const pageParts: BuildPagePart[] = [];
  const partContents = new Map<string, WordPartContent | null>();
  const relById = new Map(documentRels.map((rel) => [rel.id, rel]));
  for (const [section, refs] of body.sections.entries())
    for (const [kind, list] of [
      ['header', refs.headers],
      ['footer', refs.footers],
    ] as const)
      for (const ref of list) {
        const rel = relById.get(ref.relId);
        if (!rel || rel.external) continue;
        let content = partContents.get(rel.target);
        if (content === undefined) {
          const root = await pkg.readXml(rel.target);
          content =
            root && root.name === `w:${kind === 'header' ? 'hdr' : 'ftr'}`
              ? readWordPart(root, await contextOf(rel.target))
              : null;
          partContents.set(rel.target, content);
        }
        if (content) pageParts.push({ kind, variant: ref.variant, section, content });
      }

  const commentsPart = partOf('comments');
  const rawComments = commentsPart
    ? readCommentsPart(await pkg.readXml(commentsPart), await contextOf(commentsPart))
    : new Map();
  const extendedPart = partOf('commentsExtended');
  const threads = readThreads(rawComments, extendedPart ? await pkg.readXml(extendedPart) : null);

  const built = buildDocument({
    body,
    styles,
    numbering,
    notes,
    pageParts,
    fallbackTitle: await readTitle(pkg, packageRels),
    fallbackLanguage: options.reference?.language ?? 'en',
    warnings,
  });

  let document = built.doc;
  let unmapped: string[] = [];
  let idMap: Map<string, string> | undefined;
  let matched = 0;
  if (options.reference) {
    const mapped = mapOntoReference(document, options.reference, warnings);
    document = mapped.doc;
    unmapped = mapped.unmapped;
    idMap = mapped.idMap;
    matched = mapped.matched;
  } else document = recogniseTermsInDocument(document);

  const clauseOfTop = (top: number) => {
    const id = built.clauseOfTop[top] ?? '';
    return idMap?.get(id) ?? id;
  };
  const comments = placeComments(threads, body, notes, pageParts, clauseOfTop);

  const checked = SlaDocument.safeParse(document);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = issue?.path.join('.') ?? '?';
    throw new DocxImportError(
      'unreadable',
      `The Word file could not be turned into an agreement: ${issue?.message ?? 'invalid content'} (at ${at}).`,
      { params: { reason: (issue?.message ?? 'invalid content').slice(0, 200), at: at.slice(0, 200) } },
    );
  }

  return {
    document,
    comments,
    unmapped,
    assessment: assessImport(document, options.reference, matched, unmapped),
    warnings: warnings.toArray(),
  };
}

async function readTitle(pkg: DocxPackage, packageRels: readonly Relationship[]): Promise<string> {
  const part = packageRels.find((rel) => isType(rel, 'core-properties'))?.target ?? 'docProps/core.xml';
  const root: XmlElement | null = await pkg.readXml(part);
  const title = root ? firstChild(root, 'dc:title') : undefined;
  return title ? textContent(title).trim() : '';
}

const MAX_ANCHOR_TEXT = 2_000;

/** Comments at their anchors (body, notes, headers and footers), threaded with their replies. */
function placeComments(
  threads: ReturnType<typeof readThreads>,
  body: WordPartContent,
  notes: { footnote: ReadonlyMap<string, WordPartContent>; endnote: ReadonlyMap<string, WordPartContent> },
  pageParts: readonly BuildPagePart[],
  clauseOfTop: (top: number) => string,
): ImportedComment[] {
  const placed = new Map<string, { anchorText: string; clauseId: string }>();
  const place = (content: WordPartContent, clauseOf: (top: number) => string) => {
    // Ranges that start and end at the same places (a crafted file has thousands) share their text.
    const texts = new Map<string, string>();
    for (const anchor of content.anchors) {
      if (placed.has(anchor.id)) continue;
      const end = Math.min(anchor.end, anchor.start + MAX_ANCHOR_TEXT);
      const key = `${anchor.start}:${end}`;
      let anchorText = texts.get(key);
      if (anchorText === undefined) {
        anchorText = content.text.slice(anchor.start, end).replace(/\s+/g, ' ').trim();
        texts.set(key, anchorText);
      }
      placed.set(anchor.id, { anchorText, clauseId: clauseOf(anchor.top) });
    }
  };
  place(body, clauseOfTop);
  const noteTop = new Map(body.noteRefs.map((ref) => [`${ref.note}:${ref.id}`, ref.top]));
  for (const kind of ['footnote', 'endnote'] as const)
    for (const [id, content] of notes[kind]) {
      const top = noteTop.get(`${kind}:${id}`);
      place(content, () => (top === undefined ? '' : clauseOfTop(top)));
    }
  for (const part of pageParts) place(part.content, () => '');

  const out: ImportedComment[] = [];
  const byId = new Map<string, ImportedComment>();
  for (const comment of threads.comments.values()) {
    if (threads.parentOf.has(comment.id)) continue;
    const at = placed.get(comment.id);
    if (!at) continue;
    const { paraId: _paraId, ...rest } = comment;
    const entry: ImportedComment = { ...rest, anchorText: at.anchorText, clauseId: at.clauseId };
    if (threads.done.has(comment.id)) entry.resolved = true;
    out.push(entry);
    byId.set(comment.id, entry);
  }
  for (const comment of threads.comments.values()) {
    const parent = threads.parentOf.get(comment.id);
    const root = parent === undefined ? undefined : byId.get(parent);
    if (!root) continue;
    const { paraId: _paraId, ...reply } = comment;
    (root.replies ??= []).push(reply satisfies ImportedCommentReply);
  }
  return out;
}

export type { ImportedDocx, ImportedComment, ImportedCommentReply } from './importResult';
export type { ImportAssessment } from './assessImport';
export type { ImportWarning, ImportWarningCode } from './importWarnings';
