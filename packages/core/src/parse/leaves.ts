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
 * Leaves as flat triples (type, start, end), in text order: one number array instead of
 * three nodes and four position objects per leaf.
 */
export type Leaves = number[];

/**
 * The leaves of one chunk, offsets relative to the chunk, with each leaf's text and its
 * lowerOf form: the memo keeps them, so a repeated word's token reuses both strings.
 * `values` and `lowers` are empty for leaves read from a tree (tokens.ts slices then).
 */
export interface ChunkLeaves {
  leaves: Leaves;
  values: string[];
  lowers: string[];
}

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

/** Appends the word, punctuation and symbol leaves under `node` (the order tokens.ts walks them in). */
export function collectLeaves(node: NlcstLike, shift: number, out: Leaves): void {
  const type = node.type;
  if (type === 'WordNode' || type === 'PunctuationNode' || type === 'SymbolNode') {
    const p = node.position;
    if (p && p.start.offset !== undefined && p.end.offset !== undefined && p.end.offset > p.start.offset) {
      out.push(type === 'WordNode' ? 0 : type === 'PunctuationNode' ? 1 : 2, p.start.offset + shift, p.end.offset + shift);
    }
  } else if (type !== 'WhiteSpaceNode' && type !== 'SourceNode' && type !== 'TextNode') {
    const children = node.children;
    if (children) for (let i = 0; i < children.length; i++) collectLeaves(children[i]!, shift, out);
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

/** Fills each pending chunk's (empty) entry from one parse of the chunks joined by spaces. */
function parseBatch(parser: ParseDutch, chunks: string[], targets: ChunkLeaves[]): void {
  const all: Leaves = [];
  const sentence = parser.tokenizeSentence(chunks.join(' '));
  const children = sentence.children;
  for (let i = 0; i < children.length; i++) collectLeaves(children[i] as NlcstLike, 0, all);
  let k = 0;
  let from = 0;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const to = from + chunk.length;
    const target = targets[c]!;
    for (; k < all.length && all[k + 1]! < to; k += 3) {
      const start = all[k + 1]! - from;
      const end = all[k + 2]! - from;
      const value = start === 0 && end === chunk.length ? chunk : chunk.slice(start, end);
      target.leaves.push(all[k]!, start, end);
      target.values.push(value);
      target.lowers.push(lowerOf(value));
    }
    from = to + 1;
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
      entry = { leaves: [], values: [], lowers: [] };
      if (chunk.length <= MEMO_CHUNK) {
        if (memo.size >= MEMO_SIZE) memo.clear();
        memo.set(chunk, entry);
      }
      pending.push(chunk);
      targets.push(entry);
      size += chunk.length + 1;
      if (size >= BATCH) {
        parseBatch(parser, pending, targets);
        pending = [];
        targets = [];
        size = 0;
      }
    }
    out.starts.push(at);
    out.chunks.push(entry);
    at = end;
  }
  if (pending.length > 0) parseBatch(parser, pending, targets);
}
