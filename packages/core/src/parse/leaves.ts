// Word-level leaves without an nlcst tree: what helderDutch's token step reads of
// retext-dutch's parse (each word, punctuation and symbol node's type and offsets), for a
// pipeline that throws the tree away (check()).
//
// retext-dutch's word level never joins across white space: its tokenizer starts a new
// node at every change between white space and anything else, and its sentence plugins
// (elisions, initialisms, inner-word symbols and slashes, affixed '&' and '-') only look
// at direct siblings and stop at white space or at the ends of the list alike. So
// tokenizing each white-space delimited chunk on its own gives the same leaves as
// tokenizing the whole text (test/parse-speed-leaves.test.ts proves it on the corpus and
// on random text). So each distinct chunk is parsed once, all new chunks of a text
// together, and its leaves serve all its repeats: they are kept in a bounded memo keyed
// on the chunk (a word with its punctuation). No tree nodes or position objects are made
// for the letter at all.

import type { ParseDutch } from '../vendor.js';
import { lowerOf } from './lower.js';

/** Leaf type: 0 word, 1 punctuation, 2 symbol. */
export type LeafType = 0 | 1 | 2;

/**
 * The leaves of one chunk as records of five: type, start and end relative to the chunk,
 * the leaf's text and its lowerOf form. The memo keeps them, so a repeated word's token
 * reuses both strings; one array per chunk keeps a new chunk's cost to one allocation.
 * Leaves read from a tree have no text or lower form (tokens.ts slices then).
 */
export type ChunkLeaves = Array<number | string | undefined>;

/** Fields per leaf in ChunkLeaves. */
export const LEAF_FIELDS = 5;

/** A text's leaves: each chunk's start and its leaves, in text order. */
export interface TextLeaves {
  starts: number[];
  chunks: ChunkLeaves[];
}

interface NlcstLike {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: NlcstLike[];
}

/**
 * retext's white space (parse-latin's `whiteSpace` expression,
 * [\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]), tested on one
 * UTF-16 code unit as retext tests it. test/parse-speed-leaves.test.ts checks every code unit.
 */
export function isRetextWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Appends the word, punctuation and symbol leaves under `node` (the order tokens.ts walks them in), without text. */
export function collectLeaves(node: NlcstLike, out: ChunkLeaves): void {
  const type = node.type;
  if (type === 'WordNode' || type === 'PunctuationNode' || type === 'SymbolNode') {
    const p = node.position;
    if (p && p.start.offset !== undefined && p.end.offset !== undefined && p.end.offset > p.start.offset) {
      out.push(type === 'WordNode' ? 0 : type === 'PunctuationNode' ? 1 : 2, p.start.offset, p.end.offset, undefined, undefined);
    }
  } else if (type !== 'WhiteSpaceNode' && type !== 'SourceNode' && type !== 'TextNode') {
    const children = node.children;
    if (children) for (let i = 0; i < children.length; i++) collectLeaves(children[i]!, out);
  }
}

/**
 * Memo of a chunk's leaves. Bounded: cleared when full, so a stream of never-repeating
 * chunks costs at most MEMO_SIZE small entries. Long chunks (addresses, codes, a run
 * without spaces) are parsed each time, not kept.
 */
const MEMO_SIZE = 20000;
const MEMO_CHUNK = 48;
const memo = new Map<string, ChunkLeaves>();

/**
 * Chunks not in the memo are parsed together, joined by spaces, in batches of about this
 * many characters: one retext call per batch, not per chunk (a call has a fixed cost of
 * eight plugin walks), and never a text so long that retext slows down (see CHUNK in
 * prepare.ts).
 */
const BATCH = 4000;

/**
 * Fills each pending chunk's (empty) entry from one parse of the chunks joined by spaces.
 * The parse is one flat sentence: its leaves are its word, punctuation and symbol nodes.
 */
function parseBatch(parser: ParseDutch, chunks: string[], targets: ChunkLeaves[]): void {
  const nodes = parser.tokenizeSentence(chunks.join(' ')).children as NlcstLike[];
  let c = 0;
  let from = 0;
  let to = chunks[0]!.length;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const type = node.type;
    if (type !== 'WordNode' && type !== 'PunctuationNode' && type !== 'SymbolNode') continue;
    const p = node.position!;
    const start = p.start.offset!;
    const end = p.end.offset!;
    if (end <= start) continue;
    while (start >= to) {
      from = to + 1;
      to = from + chunks[++c]!.length;
    }
    const chunk = chunks[c]!;
    const value = start === from && end === to ? chunk : chunk.slice(start - from, end - from);
    targets[c]!.push(type === 'WordNode' ? 0 : type === 'PunctuationNode' ? 1 : 2, start - from, end - from, value, lowerOf(value));
  }
}

/**
 * Appends the chunks of prose.slice(from, to) and their leaves, as retext-dutch's word
 * level makes them for that piece.
 */
export function pieceLeaves(parser: ParseDutch, prose: string, from: number, to: number, out: TextLeaves): void {
  // The chunks' entries may still be empty here: the new ones are filled by one parse
  // per batch, before anyone reads them.
  let pending: string[] = [];
  let targets: ChunkLeaves[] = [];
  let size = 0;
  let at = from;
  while (at < to) {
    while (at < to && isRetextWhiteSpace(prose.charCodeAt(at))) at++;
    if (at === to) break;
    let end = at + 1;
    while (end < to && !isRetextWhiteSpace(prose.charCodeAt(end))) end++;
    const chunk = prose.slice(at, end);
    let entry = chunk.length <= MEMO_CHUNK ? memo.get(chunk) : undefined;
    if (entry === undefined) {
      entry = [];
      if (chunk.length <= MEMO_CHUNK) {
        if (memo.size >= MEMO_SIZE) memo.clear();
        memo.set(chunk, entry);
      }
      pending.push(chunk);
      targets.push(entry);
      size += chunk.length + 1;
      if (size >= BATCH) {
        fill(parser, pending, targets);
        pending = [];
        targets = [];
        size = 0;
      }
    }
    out.starts.push(at);
    out.chunks.push(entry);
    at = end;
  }
  if (pending.length > 0) fill(parser, pending, targets);
}

/** parseBatch, and should retext throw, no empty entry stays in the memo to answer later texts. */
function fill(parser: ParseDutch, chunks: string[], targets: ChunkLeaves[]): void {
  try {
    parseBatch(parser, chunks, targets);
  } catch (error) {
    for (let c = 0; c < chunks.length; c++) if (memo.get(chunks[c]!) === targets[c]) memo.delete(chunks[c]!);
    throw error;
  }
}
