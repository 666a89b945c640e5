/**
 * The Word read side's entry (issue 8): `importDocx` and the shapes it gives. The reader itself
 * lives in `read/` (package, XML, Word body, parts, document, mapping).
 */
export {
  importDocx,
  type ImportDocxOptions,
  type ImportedDocx,
  type ImportedComment,
  type ImportedCommentReply,
  type ImportAssessment,
  type ImportWarning,
  type ImportWarningCode,
} from './read/importDocx';
export {
  DocxImportError,
  DEFAULT_DOCX_LIMITS,
  type DocxLimits,
  type DocxImportErrorCode,
} from './DocxImportError';
