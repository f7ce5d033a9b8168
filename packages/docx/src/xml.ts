// A minimal, safe XML tokenizer for OOXML parts. We only need to find tags and text and to
// splice new markup in, keeping every other byte of the original as it was. DTDs are refused
// outright: OOXML never needs one, and refusing them rules out XXE and entity expansion.

import { DocxError } from './errors.js';

export type Token = string;

export function rejectDoctype(xml: string, part: string): void {
  if (xml.includes('<!DOCTYPE') || xml.includes('<!ENTITY')) {
    throw new DocxError('CORRUPT', `Het Word-bestand bevat een DOCTYPE in ${part}; dat is niet toegestaan (onveilige XML).`);
  }
}

/** Splits XML into tags (starting with '<') and text tokens; joining them gives the input back. */
export function tokenize(xml: string, part: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      tokens.push(xml.slice(at));
      break;
    }
    if (lt > at) tokens.push(xml.slice(at, lt));
    let end: number;
    if (xml.startsWith('<!--', lt)) end = endOf(xml, '-->', lt, part);
    else if (xml.startsWith('<![CDATA[', lt)) end = endOf(xml, ']]>', lt, part);
    else if (xml.startsWith('<!', lt)) {
      throw new DocxError('CORRUPT', `Het Word-bestand bevat een DOCTYPE in ${part}; dat is niet toegestaan (onveilige XML).`);
    } else if (xml.startsWith('<?', lt)) end = endOf(xml, '?>', lt, part);
    else {
      // A tag: '>' may appear inside quoted attribute values.
      let i = lt + 1;
      let quote = '';
      for (; i < n; i++) {
        const c = xml[i];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (i >= n) throw new DocxError('CORRUPT', `Het Word-bestand is beschadigd (onvolledige XML in ${part}).`);
      end = i + 1;
    }
    tokens.push(xml.slice(lt, end));
    at = end;
  }
  return tokens;
}

function endOf(xml: string, close: string, from: number, part: string): number {
  const i = xml.indexOf(close, from);
  if (i < 0) throw new DocxError('CORRUPT', `Het Word-bestand is beschadigd (onvolledige XML in ${part}).`);
  return i + close.length;
}

/** The element name of a tag token, or '' for text, comments and processing instructions. */
export function tagName(token: Token): string {
  if (token[0] !== '<' || token[1] === '!' || token[1] === '?') return '';
  const m = /^<\/?([^\s/>]+)/.exec(token);
  return m ? m[1]! : '';
}

export const isClose = (token: Token) => token.startsWith('</');
export const isSelfClosing = (token: Token) => token.endsWith('/>');

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Removes characters XML 1.0 does not allow (control characters from odd input). */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
