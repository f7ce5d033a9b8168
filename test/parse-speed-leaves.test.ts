// leaves.ts tokenizes each white-space delimited chunk on its own (with a memo) instead of
// the whole prose, and check() reads those leaves without an nlcst tree. That is only
// right while retext-dutch's word level never joins across white space and the white
// space test matches retext's. These tests prove both: every UTF-16 code unit, the
// corpus, long texts cut in pieces, and random text of the characters that matter
// (apostrophes, '&', '-', '/', periods, initialisms, surrogates, odd white space).

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'nlcst';
import { ParseDutch, unified, retextDutch, VFile } from '../packages/core/src/vendor.js';
import { collectLeaves, isRetextWhiteSpace, LEAF_FIELDS, type ChunkLeaves, type TextLeaves } from '../packages/core/src/parse/leaves.js';
import { lowerOf } from '../packages/core/src/parse/lower.js';
import { helderDutch, helderPrepare } from '../packages/core/src/parse/index.js';
import { leavesInChunks, parseInChunks, prepare } from '../packages/core/src/parse/prepare.js';
import { loadCorpus } from '../corpus/index.mjs';
import { letterText, runs, seed } from './property/generators.js';

/** Leaves as flat (type, start, end) triples. */
type Leaves = number[];

/** The leaves of retext-dutch's word level over the whole text (as helderPrepare parsed before). */
function wholeLeaves(prose: string): Leaves {
  const root = parseInChunks(prose, (part) => {
    const sentence = new ParseDutch().tokenizeSentence(part);
    return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [sentence] }] } as Root;
  });
  const records: ChunkLeaves = [];
  collectLeaves(root, records);
  const out: Leaves = [];
  for (let i = 0; i < records.length; i += LEAF_FIELDS) out.push(records[i] as number, records[i + 1] as number, records[i + 2] as number);
  return out;
}

/** The chunks' leaves as absolute triples; each memo'd text and lower form checked on the way. */
function flatten(prose: string, all: TextLeaves): Leaves {
  const out: Leaves = [];
  const wrong: number[] = [];
  all.chunks.forEach((leaves, c) => {
    const shift = all.starts[c]!;
    for (let i = 0; i < leaves.length; i += LEAF_FIELDS) {
      const start = (leaves[i + 1] as number) + shift;
      const end = (leaves[i + 2] as number) + shift;
      out.push(leaves[i] as number, start, end);
      if (leaves[i + 3] !== prose.slice(start, end) || leaves[i + 4] !== lowerOf(prose.slice(start, end))) wrong.push(start);
    }
  });
  expect(wrong).toEqual([]);
  return out;
}

function expectSameLeaves(prose: string): void {
  const want = wholeLeaves(prose);
  // Twice: the first call fills the memo, the second reads it. (A join first: toEqual
  // is slow on long arrays, and only needed to show a difference.)
  for (let round = 0; round < 2; round++) {
    const got = flatten(prose, leavesInChunks(prose, new ParseDutch()));
    if (got.join() !== want.join()) expect(got).toEqual(want);
  }
}

const letters = loadCorpus();

describe('word-level leaves per white-space chunk', () => {
  it('tells white space as retext does, for every UTF-16 code unit', () => {
    const parser = new ParseDutch();
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const nodes = parser.tokenize('a' + String.fromCharCode(c) + 'a');
      const retextSays = nodes.length === 3 && nodes[1]!.type === 'WhiteSpaceNode';
      if (retextSays !== isRetextWhiteSpace(c)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the leaves of the whole-text parse on every corpus letter', () => {
    for (const l of letters) expectSameLeaves(prepare(l.text, l.format).prose);
  });

  it('gives them on a long text parsed in pieces, and on a long run without spaces', () => {
    expectSameLeaves(letters.map((l) => l.text).join('\n\n').slice(0, 60000));
    expectSameLeaves('a. '.repeat(4000) + 'x'.repeat(12000) + " 't d' & -");
    expectSameLeaves('woord'.repeat(3000) + ' ' + 'a.b.'.repeat(3000));
  });

  it('gives them when the memo fills up and empties mid-text', () => {
    const words = Array.from({ length: 25000 }, (_, i) => (i % 7 ? 'w' : 'W.') + i.toString(36) + [".", "'s", '-', '', '/x'][i % 5]);
    expectSameLeaves(words.join(' '));
    expectSameLeaves(words.reverse().join('\n'));
  });

  const tricky = fc.constantFrom(
    'a', 'B', 'u', 'd', 't', 'n', 's', 'er', 'ns', '12', '3', 'é', 'e\u0301', 'ĳ', '😀', '\ud800', '\udc00',
    "'", '’', '&', '-', '--', '/', '.', '..', '…', ',', ':', '=', '?', '!', '@', '_', '\u00ad', '·', '‐', '‑', '(', ')', '"', '€', '+', '#',
    ' ', ' ', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2009', '\u3000', '\u0085', '\u200b', '\u034f',
  );
  it('keeps no empty entry in the memo when retext throws', () => {
    const prose = 'Zeldzaamwoordxq, en nog een zeldzaamwoordyq.';
    const failing = { tokenizeSentence: () => { throw new Error('boom'); } } as unknown as ParseDutch;
    expect(() => leavesInChunks(prose, failing)).toThrow('boom');
    expectSameLeaves(prose);
  });

  it('gives them on random text of the characters retext merges on', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 60 }), (parts) => expectSameLeaves(parts.join(''))),
      { numRuns: runs * 10, seed },
    );
    fc.assert(fc.property(letterText, (text) => expectSameLeaves(prepare(text).prose)), { numRuns: runs, seed });
  });
});

describe('check()\'s pipeline without a tree', () => {
  const withTree = unified().use(retextDutch).use(helderPrepare).use(helderDutch).freeze();
  const leavesOnly = unified().use(retextDutch).use(helderPrepare).use(helderDutch, { tree: false }).freeze();
  const docOf = (processor: typeof withTree, text: string) => {
    const file = new VFile({ value: text });
    processor.runSync(processor.parse(file), file);
    return { doc: file.data.helder!.doc, leaves: file.data.helderLeaves };
  };

  it('builds no tree, and the same LetterDoc as the pipeline with one', () => {
    for (const l of letters.filter((l) => l.format === 'text').slice(0, 200)) {
      const fast = docOf(leavesOnly, l.text);
      expect(fast.leaves).toBeDefined();
      const slow = docOf(withTree, l.text);
      expect(slow.leaves).toBeUndefined();
      expect(fast.doc).toEqual(slow.doc);
    }
    fc.assert(fc.property(letterText, (text) => {
        expect(docOf(leavesOnly, text).doc).toEqual(docOf(withTree, text).doc);
      }), { numRuns: runs, seed });
  });

  it('keeps the tree when a plugin runs between helderPrepare and helderDutch', () => {
    const between = () => (tree: Root) => {
      expect(tree.children.length).toBeGreaterThan(0);
    };
    const processor = unified().use(retextDutch).use(helderPrepare).use(between).use(helderDutch, { tree: false }).freeze();
    expect(docOf(processor as unknown as typeof withTree, 'Geachte heer, dit is een brief.').leaves).toBeUndefined();
  });
});
