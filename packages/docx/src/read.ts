// readDocx(): a .docx into plain text plus a paragraph map. The zip is checked first (zip.ts),
// then mammoth reads the document tree; we build the text ourselves from that tree so every
// paragraph's place in the text is known and findings map back to Word paragraphs.

import mammoth from 'mammoth';
import { DocxError, resolveLimits, type DocxLimits } from './errors.js';
import { readZip, type ZipEntry } from './zip.js';
import { rejectDoctype } from './xml.js';
export { toDocxPosition } from './position.js';

export type DocxParagraphKind = 'heading' | 'listItem' | 'table' | 'paragraph';

export interface DocxParagraph {
  /** 0-based index among the document's non-empty paragraphs, in reading order. */
  index: number;
  /** Offsets (UTF-16 code units) of the paragraph's text in `text`. */
  start: number;
  end: number;
  kind: DocxParagraphKind;
  /** 1-6 for headings. */
  level?: number;
  /** For list items: nesting level (0-based) and whether the list is numbered. */
  listLevel?: number;
  ordered?: boolean;
}

export interface DocxText {
  text: string;
  paragraphs: DocxParagraph[];
}

/** Paragraphs are separated by a blank line, so sentence splitting never joins two. */
export const PARAGRAPH_SEPARATOR = '\n\n';

const decoder = new TextDecoder('utf-8');

export interface LoadedDocx extends DocxText {
  entries: ZipEntry[];
}

/** Reads and checks a .docx; also returns its unpacked parts for annotate/fix. */
export async function loadDocx(data: Uint8Array, limitsIn?: DocxLimits): Promise<LoadedDocx> {
  const limits = resolveLimits(limitsIn);
  const entries = readZip(data, limits);
  for (const entry of entries) {
    if (/\.(xml|rels)$/i.test(entry.name)) rejectDoctype(decoder.decode(entry.data), entry.name);
  }
  let tree: any;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      {
        transformDocument: (doc: any) => {
          tree = doc;
          // An empty document keeps mammoth's HTML step trivially cheap: we only need the tree.
          return { ...doc, children: [] };
        },
      },
    );
  } catch {
    throw new DocxError('CORRUPT', 'Het Word-bestand is beschadigd: de tekst kan niet worden gelezen.');
  }
  if (!tree) throw new DocxError('CORRUPT', 'Het Word-bestand is beschadigd: de tekst kan niet worden gelezen.');
  const out = buildText(tree);
  if (out.text.length > limits.maxTextChars) {
    throw new DocxError('TOO_LARGE', `Het Word-bestand bevat meer dan ${limits.maxTextChars} tekens tekst.`);
  }
  return { ...out, entries };
}

export async function readDocx(data: Uint8Array, limits?: DocxLimits): Promise<DocxText> {
  const { text, paragraphs } = await loadDocx(data, limits);
  return { text, paragraphs };
}

/** The text of one mammoth paragraph, rendered as our XML walk (layout.ts) renders it. */
export function paragraphText(node: any): string {
  let s = '';
  const visit = (n: any) => {
    if (n.type === 'text') s += n.value;
    else if (n.type === 'tab') s += '\t';
    else if (n.type === 'break') s += '\n';
    else if (n.type === 'paragraph' || n.type === 'table') return; // nested (text box): own paragraph
    else if (Array.isArray(n.children)) n.children.forEach(visit);
  };
  (node.children ?? []).forEach(visit);
  return s;
}

function headingLevel(p: any): number | undefined {
  const candidates = [p.styleName, p.styleId].filter((x): x is string => typeof x === 'string');
  for (const c of candidates) {
    const m = /^(?:heading|kop)\s*([1-6])$/i.exec(c.trim());
    if (m) return Number(m[1]);
    if (/^(title|titel)$/i.test(c.trim())) return 1;
  }
  return undefined;
}

function buildText(doc: any): DocxText {
  const paragraphs: DocxParagraph[] = [];
  let text = '';
  const visit = (node: any, inTable: boolean) => {
    if (node.type === 'paragraph') {
      const body = paragraphText(node);
      if (body.trim() !== '') {
        if (text) text += PARAGRAPH_SEPARATOR;
        const start = text.length;
        text += body;
        const p: DocxParagraph = { index: paragraphs.length, start, end: text.length, kind: 'paragraph' };
        const level = headingLevel(node);
        if (inTable) p.kind = 'table';
        else if (level) {
          p.kind = 'heading';
          p.level = level;
        } else if (node.numbering) {
          p.kind = 'listItem';
          p.listLevel = Number(node.numbering.level) || 0;
          p.ordered = Boolean(node.numbering.isOrdered);
        }
        paragraphs.push(p);
      }
      // Paragraphs nested in text boxes come after their anchor paragraph.
      const nested = (n: any) => {
        for (const c of n.children ?? []) {
          if (c.type === 'paragraph' || c.type === 'table') visit(c, inTable);
          else nested(c);
        }
      };
      nested(node);
      return;
    }
    const table = inTable || node.type === 'table';
    for (const child of node.children ?? []) visit(child, table);
  };
  visit(doc, false);
  return { text, paragraphs };
}

