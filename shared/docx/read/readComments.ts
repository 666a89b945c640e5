import { childElements, type XmlElement } from './parseXml';
import { readWordPart, type PartContext } from './readWordPart';
import { viewText } from './viewText';

/** A comment as comments.xml holds it, before it is placed at its anchor and threaded. */
export interface RawComment {
  id: string;
  author: string;
  initials?: string;
  date?: string;
  text: string;
  /** `w14:paraId` of its last paragraph: how commentsExtended.xml names it. */
  paraId?: string;
}

export interface CommentThreads {
  comments: Map<string, RawComment>;
  /** Comment id → the id of the comment it answers (the thread's first comment). */
  parentOf: Map<string, string>;
  /** Comment ids marked done. */
  done: Set<string>;
}

const MAX_TEXT = 100_000;

/** comments.xml (ECMA-376 §17.13.4): each comment's text, author and date as written. */
export function readCommentsPart(root: XmlElement | null, context: PartContext): Map<string, RawComment> {
  const comments = new Map<string, RawComment>();
  if (!root) return comments;
  for (const comment of childElements(root, 'w:comment')) {
    const id = comment.attrs['w:id'];
    if (id === undefined || comments.has(id)) continue;
    const content = readWordPart(comment, context);
    const text = content.blocks
      .map((block) => (block.kind === 'paragraph' ? viewText(block.inlines, 'accepted') : ''))
      .join('\n')
      .trim()
      .slice(0, MAX_TEXT);
    const entry: RawComment = {
      id: id.slice(0, 100),
      author: (comment.attrs['w:author'] ?? '').slice(0, 500),
      text,
    };
    const initials = comment.attrs['w:initials'];
    const date = comment.attrs['w:date'];
    if (initials) entry.initials = initials.slice(0, 50);
    if (date) entry.date = date.slice(0, 100);
    const paragraphs = childElements(comment, 'w:p');
    const paraId = paragraphs[paragraphs.length - 1]?.attrs['w14:paraId'];
    if (paraId) entry.paraId = paraId;
    comments.set(id, entry);
  }
  return comments;
}

/**
 * Threads from commentsExtended.xml (Word 2013+, `w15:commentEx`): a reply names its parent by the
 * parent's last paragraph id; `w15:done` marks a resolved thread. Replies of replies join the thread
 * of the first comment; a cycle in a crafted file ends at the first comment seen twice.
 */
export function readThreads(comments: Map<string, RawComment>, extended: XmlElement | null): CommentThreads {
  const parentOf = new Map<string, string>();
  const done = new Set<string>();
  if (!extended) return { comments, parentOf, done };
  const byParaId = new Map<string, string>();
  for (const comment of comments.values()) if (comment.paraId) byParaId.set(comment.paraId, comment.id);
  const directParent = new Map<string, string>();
  for (const entry of childElements(extended, 'w15:commentEx')) {
    const id = byParaId.get(entry.attrs['w15:paraId'] ?? '');
    if (id === undefined) continue;
    const parent = byParaId.get(entry.attrs['w15:paraIdParent'] ?? '');
    if (parent !== undefined && parent !== id) directParent.set(id, parent);
    if (['1', 'true'].includes(entry.attrs['w15:done'] ?? '')) done.add(id);
  }
  for (const id of directParent.keys()) {
    let root = id;
    const seen = new Set([id]);
    for (
      let next = directParent.get(root);
      next !== undefined && !seen.has(next);
      next = directParent.get(root)
    ) {
      seen.add(next);
      root = next;
    }
    if (root !== id) parentOf.set(id, root);
  }
  return { comments, parentOf, done };
}
