// Markdown -> prose: only text nodes survive; code, HTML, URLs, definitions, images,
// front matter and markdown syntax become spaces (line breaks stay). remark-parse gives
// positions into the same string, so offsets stay true to the input.

import { unified, remarkParse } from '../vendor.js';
import type { BlockHint } from './hints.js';
import { applyEdits, blank, blankOutside } from './prose.js';

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

// Built on first use: the markdown parser is loaded only when markdown is checked
// (see scripts/bundle.mjs).
let parser: ReturnType<typeof build> | undefined;
const build = () => unified().use(remarkParse).freeze();

/** Length of a YAML front matter block ("---" line at the very top to a "---"/"..." line), or 0. */
export function frontMatterLength(text: string): number {
  const first = /^---[ \t]*\r?\n/.exec(text);
  if (!first) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(first[0].length);
  const m = close.exec(rest);
  if (!m) return 0;
  return first[0].length + m.index + m[0].length;
}

export function prepareMarkdown(text: string): { prose: string; blocks: BlockHint[] } {
  const fm = frontMatterLength(text);
  const source = fm ? blank(text.slice(0, fm)) + text.slice(fm) : text;
  const tree = (parser ??= build()).parse(source) as unknown as MdNode;
  const keep: Array<[number, number]> = [];
  const blocks: BlockHint[] = [];
  const walk = (node: MdNode, paragraphKind: 'paragraph' | 'listItem'): void => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    switch (node.type) {
      case 'text':
        if (s !== undefined && e !== undefined) keep.push([s, e]);
        return;
      // Not prose: never walk into these.
      case 'code':
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'yaml':
        return;
      case 'link':
        // An autolink (<https://...>, <info@x.nl>) is an address, not prose.
        if (s !== undefined && text.charCodeAt(s) === 60 /* < */) return;
        break;
      case 'heading':
      case 'paragraph':
        if (s !== undefined && e !== undefined) {
          blocks.push({ start: s, end: e, kind: node.type === 'heading' ? 'heading' : paragraphKind });
        }
        break;
      default:
        break;
    }
    if (!node.children) return;
    // Only a list item's first paragraph starts the item; later ones are prose blocks.
    let first = node.type === 'listItem';
    for (const child of node.children) {
      walk(child, first && child.type === 'paragraph' ? 'listItem' : 'paragraph');
      if (child.type === 'paragraph') first = false;
    }
  };
  walk(tree, 'paragraph');
  keep.sort((a, b) => a[0] - b[0]);
  return { prose: applyEdits(text, blankOutside(text, keep)), blocks };
}
