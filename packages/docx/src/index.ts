// @helder/docx: read .docx letters into text with a paragraph map, and write annotated or
// fixed copies (Word comments, tracked changes) without touching the original file.

export { DocxError, DEFAULT_LIMITS, type DocxErrorCode, type DocxLimits } from './errors.js';
export { readDocx, toDocxPosition, PARAGRAPH_SEPARATOR, type DocxParagraph, type DocxParagraphKind, type DocxText } from './read.js';
export { annotateDocx, fixDocx, type AnnotateOptions } from './annotate.js';
