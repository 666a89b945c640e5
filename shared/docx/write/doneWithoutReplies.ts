import JSZip from 'jszip';
import type { ICommentOptions } from 'docx';

/** As the `docx` package names a comment's last paragraph (w14:paraId), so both agree. */
const paraIdOf = (id: number) => (id + 1).toString(16).toUpperCase().padStart(8, '0');

const EXTENDED_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const EXTENDED_REL = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';

/**
 * The `docx` package writes commentsExtended.xml only when some comment is a reply, so a resolved
 * thread without replies in a file without any would lose its `w15:done`. This adds the part as the
 * package would have written it: `w14:paraId` on each comment's last paragraph, one `w15:commentEx`
 * per comment, its content type and relationship. Only our own freshly written XML is edited.
 */
export async function addDoneFlags(
  bytes: Uint8Array,
  comments: readonly ICommentOptions[],
): Promise<Uint8Array> {
  if (comments.some((comment) => comment.parentId !== undefined) || !comments.some((c) => c.resolved))
    return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string');
  const [commentsXml, types, rels] = await Promise.all([
    read('word/comments.xml'),
    read('[Content_Types].xml'),
    read('word/_rels/document.xml.rels'),
  ]);
  if (!commentsXml || !types || !rels) return bytes;

  const withParaIds = commentsXml.replace(
    /(<w:comment\b[^>]*\bw:id="(\d+)"[^>]*>)([\s\S]*?)(<\/w:comment>)/g,
    (_all, open: string, id: string, body: string, close: string) => {
      const last = Math.max(body.lastIndexOf('<w:p>'), body.lastIndexOf('<w:p '));
      if (last < 0) return `${open}${body}${close}`;
      const paraId = paraIdOf(Number(id));
      const tagged = `${body.slice(0, last)}<w:p w14:paraId="${paraId}" w14:textId="${paraId}"${body.slice(last + 4)}`;
      return `${open}${tagged}${close}`;
    },
  );
  const entries = comments
    .map(
      (comment) =>
        `<w15:commentEx w15:paraId="${paraIdOf(comment.id)}" w15:done="${comment.resolved ? 1 : 0}"/>`,
    )
    .join('');
  zip.file('word/comments.xml', withParaIds);
  zip.file(
    'word/commentsExtended.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">' +
      `${entries}</w15:commentsEx>`,
  );
  if (!types.includes('/word/commentsExtended.xml'))
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        `<Override PartName="/word/commentsExtended.xml" ContentType="${EXTENDED_TYPE}"/></Types>`,
      ),
    );
  if (!rels.includes(EXTENDED_REL))
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdSlaCommentsExtended" Type="${EXTENDED_REL}" Target="commentsExtended.xml"/></Relationships>`,
      ),
    );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
