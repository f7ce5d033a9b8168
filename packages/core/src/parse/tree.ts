// Makes the nlcst tree follow the LetterDoc: paragraphs and sentences regrouped as
// Helder split them, so retext plugins composed after helderDutch see Dutch sentences.
// Leaves (words, punctuation, symbols, white space) stay retext-dutch's own nodes.

import type { Root, Paragraph as NParagraph, Sentence as NSentence, RootContent, ParagraphContent, SentenceContent } from 'nlcst';
import { location } from '../vendor.js';
import type { VFile } from 'vfile';
import type { LetterDoc } from '../doc.js';

interface Leaf {
  node: SentenceContent;
  start: number;
}

function leaves(tree: Root): Leaf[] {
  const out: Leaf[] = [];
  const push = (node: { type: string; position?: { start: { offset?: number } } }) => {
    const start = node.position?.start.offset;
    if (start !== undefined) out.push({ node: node as SentenceContent, start });
  };
  for (const p of tree.children) {
    if (p.type !== 'ParagraphNode') {
      push(p);
      continue;
    }
    for (const s of p.children) {
      if (s.type !== 'SentenceNode') {
        push(s);
        continue;
      }
      for (const leaf of s.children) push(leaf);
    }
  }
  return out;
}

/** A leaf outside any sentence: white space stays, anything else becomes a source node. */
function loose(node: SentenceContent, text: string): ParagraphContent & RootContent {
  if (node.type === 'WhiteSpaceNode' || node.type === 'SourceNode') return node;
  const s = node.position!.start.offset!;
  const e = node.position!.end.offset!;
  return { type: 'SourceNode', value: text.slice(s, e), position: node.position };
}

export function syncTree(tree: Root, doc: LetterDoc, file: VFile): void {
  const text = String(file.value);
  const all = leaves(tree);
  const place = location(file);
  const pos = (start: number, end: number) => ({ start: place.toPoint(start)!, end: place.toPoint(end)! });
  const children: RootContent[] = [];
  let i = 0;
  for (const p of doc.paragraphs) {
    while (i < all.length && all[i].start < p.start) children.push(loose(all[i++].node, text));
    const paragraph: NParagraph = { type: 'ParagraphNode', children: [], position: pos(p.start, p.end) };
    for (const index of p.sentences) {
      const s = doc.sentences[index];
      while (i < all.length && all[i].start < s.start) paragraph.children.push(loose(all[i++].node, text));
      const sentence: NSentence = { type: 'SentenceNode', children: [], position: pos(s.start, s.end) };
      while (i < all.length && all[i].start < s.end) sentence.children.push(all[i++].node);
      paragraph.children.push(sentence);
    }
    children.push(paragraph);
  }
  while (i < all.length) children.push(loose(all[i++].node, text));
  tree.children = children;
}
