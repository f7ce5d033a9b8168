// Walks word/document.xml tokens into paragraphs whose text is rendered exactly like
// read.ts renders mammoth's tree, remembering for each piece of text which <w:t> token
// (and which run) holds it. That is what lets a finding's offsets reach the right runs.

import { decodeText, isClose, isSelfClosing, tagName, type Token } from './xml.js';

export interface TextSegment {
  /** Index of the text token inside <w:t>. */
  token: number;
  /** Indexes of the <w:t ...> open tag and the </w:t> close tag. */
  open: number;
  close: number;
  /** Decoded text. */
  text: string;
  /** Offset of this segment in the paragraph's text. */
  start: number;
  /** The run's <w:rPr> markup, copied onto runs created by splitting. */
  rPr: string;
  /** Token index of the element that contains the run (for tracked-change feasibility). */
  parent: number;
}

export interface XmlParagraph {
  text: string;
  segments: TextSegment[];
}

const TEXT_CHARS: Record<string, string> = {
  'w:tab': '\t',
  'w:br': '\n',
  'w:cr': '\n',
  'w:noBreakHyphen': '\u2011',
  'w:softHyphen': '\u00AD',
};

export function layoutParagraphs(tokens: Token[]): XmlParagraph[] {
  const paragraphs: XmlParagraph[] = [];
  const stack: Array<{ name: string; index: number }> = [];
  const open: XmlParagraph[] = [];
  let run: { rPr: string; parent: number; depth: number } | null = null;
  let rPrStart = -1;
  let tOpen = -1;
  let skipDepth = -1; // inside <mc:Choice>: mammoth reads the fallback only

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const name = tagName(token);
    const para = open[open.length - 1];
    if (!name) {
      if (token[0] !== '<' && tOpen >= 0 && para && run && skipDepth < 0) {
        const text = decodeText(token);
        para.segments.push({ token: i, open: tOpen, close: -1, text, start: para.text.length, rPr: run.rPr, parent: run.parent });
        para.text += text;
      }
      continue;
    }
    if (isClose(token)) {
      // Pop to the matching element (tolerates sloppy nesting).
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.name !== name) k--;
      if (k < 0) continue;
      stack.length = k;
      if (skipDepth >= 0 && k <= skipDepth) skipDepth = -1;
      if (name === 'w:p') open.pop();
      else if (name === 'w:r' && run && run.depth === k) run = null;
      else if (name === 'w:rPr' && rPrStart >= 0 && run) {
        run.rPr = tokens.slice(rPrStart, i + 1).join('');
        rPrStart = -1;
      } else if (name === 'w:t' && tOpen >= 0) {
        for (const seg of para?.segments ?? []) if (seg.open === tOpen) seg.close = i;
        tOpen = -1;
      }
      continue;
    }
    const selfClosing = isSelfClosing(token);
    if (skipDepth < 0 && para && run && name in TEXT_CHARS) {
      // Page and column breaks count as a line break, like read.ts does.
      para.text += TEXT_CHARS[name];
    }
    if (name === 'w:p') {
      const p: XmlParagraph = { text: '', segments: [] };
      if (skipDepth < 0) paragraphs.push(p);
      if (selfClosing) continue;
      open.push(p);
    } else if (name === 'w:r' && !selfClosing) {
      const parent = stack.length ? stack[stack.length - 1]!.index : -1;
      run = { rPr: '', parent, depth: stack.length };
    } else if (name === 'w:rPr' && !selfClosing && run && stack[stack.length - 1]?.name === 'w:r') {
      rPrStart = i;
    } else if (name === 'w:rPr' && selfClosing && run) {
      run.rPr = token;
    } else if (name === 'w:t' && !selfClosing && run) {
      tOpen = i;
    } else if (name === 'mc:Choice' && !selfClosing && skipDepth < 0) {
      skipDepth = stack.length;
    }
    if (!selfClosing) stack.push({ name, index: i });
  }
  return paragraphs.filter((p) => p.text.trim() !== '');
}
