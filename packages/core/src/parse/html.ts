// HTML -> prose: text nodes survive (entities decoded in place), tags, attributes,
// comments and script/style content become spaces. Block elements end a block: where a
// tag is blanked, line breaks take its place so the segmenter sees the structure.

import { unified, rehypeParse } from '../vendor.js';
import type { BlockKind } from '../types.js';
import type { BlockHint } from './hints.js';
import type { Edit } from './prose.js';
import { applyEdits, blankOutside } from './prose.js';

interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: HNode[];
}

// Built on first use: the html parser is loaded only when html is checked (see
// scripts/bundle.mjs).
const build = (fragment: boolean) => unified().use(rehypeParse, { fragment }).freeze();
let fragmentParser: ReturnType<typeof build> | undefined;
let documentParser: ReturnType<typeof build> | undefined;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object']);
const BLOCK: Record<string, BlockKind> = {
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', header: 'paragraph',
  footer: 'paragraph', blockquote: 'paragraph', pre: 'paragraph', address: 'address', td: 'paragraph',
  th: 'paragraph', tr: 'paragraph', table: 'paragraph', caption: 'paragraph', dt: 'paragraph',
  dd: 'paragraph', ul: 'paragraph', ol: 'paragraph', main: 'paragraph', aside: 'paragraph',
  figcaption: 'paragraph', hr: 'paragraph', body: 'paragraph',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'listItem',
};
const ENTITY = /&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});?/g;
const SPACE = /\s/;

/**
 * The raw source of a text node with each character reference replaced by what it
 * decodes to (taken from the parsed value), padded to the reference's length: U+034F
 * (a combining mark) after a letter keep the word whole ("financi&euml;le"), spaces otherwise.
 */
function decodeInPlace(raw: string, value: string): string {
  if (raw === value || !raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  let j = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
    const literal = raw.slice(i, m.index);
    if (value.slice(j, j + literal.length) !== literal) return raw;
    out += literal;
    j += literal.length;
    i = m.index + m[0].length;
    if (value[j] === '&' && !/^&(amp|#0*38|#x0*26);?$/i.test(m[0])) {
      // Not a reference the parser decoded: keep it as text.
      out += m[0];
      j += m[0].length;
      continue;
    }
    const code = value.codePointAt(j) ?? 32;
    const decoded = String.fromCodePoint(code);
    j += decoded.length;
    if (SPACE.test(decoded) || decoded.length > m[0].length) out += ' '.repeat(m[0].length);
    else out += decoded + (/[\p{L}\p{M}]/u.test(decoded) ? '\u034F' : ' ').repeat(m[0].length - decoded.length);
  }
  out += raw.slice(i);
  return out.length === raw.length ? out : raw;
}

export function prepareHtml(text: string): { prose: string; blocks: BlockHint[] } {
  const full = /^\s*(?:<!doctype|<html)/i.test(text);
  const parser = full ? (documentParser ??= build(false)) : (fragmentParser ??= build(true));
  const tree = parser.parse(text) as unknown as HNode;
  const keep: Array<[number, number]> = [];
  const edits: Edit[] = [];
  const blocks: BlockHint[] = [];
  const breakAt = (at: number, room: number, count: number): void => {
    const n = Math.min(room, count);
    if (n > 0) edits.push({ start: at, end: at + n, text: '\n'.repeat(n) });
  };
  const walk = (node: HNode): void => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (node.type === 'text') {
      if (s !== undefined && e !== undefined && e > s) {
        keep.push([s, e]);
        const raw = text.slice(s, e);
        const decoded = decodeInPlace(raw, node.value ?? raw);
        if (decoded !== raw) edits.push({ start: s, end: e, text: decoded });
      }
      return;
    }
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (SKIP.has(tag)) return;
      if (s !== undefined && e !== undefined) {
        const startTagEnd = text.indexOf('>', s) + 1 || e;
        if (tag === 'br') breakAt(s, startTagEnd - s, 1);
        const kind = BLOCK[tag];
        if (kind) {
          blocks.push({ start: s, end: e, kind });
          breakAt(s, startTagEnd - s, 2);
          const endTag = text.lastIndexOf('</', e);
          if (endTag >= startTagEnd && endTag < e) breakAt(endTag, e - endTag, 2);
        }
      }
    }
    if (node.children) for (const child of node.children) walk(child);
  };
  walk(tree);
  keep.sort((a, b) => a[0] - b[0]);
  // Blanking first, then the line breaks and decoded text on top of it.
  const blanked = applyEdits(text, blankOutside(text, keep));
  return { prose: applyEdits(blanked, edits), blocks };
}
