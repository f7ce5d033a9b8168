// Parse step: prepare the input (format -> prose with the same offsets), let
// retext-dutch tokenize it (its word level: see helderPrepare), then correct its Dutch
// token decisions, split sentences and derive the LetterDoc every later step reads.
// LetterDoc is the source of truth for sentences, tokens and blocks; the nlcst tree is
// regrouped to follow it only for plugins composed after helderDutch.
//
// Modules: prepare (formats, directives, placeholders) -> opaque (amounts, dates, ...)
// -> tokens (re-cut retext's leaves) -> lines (block lines) -> segment (sentences).

import type { Plugin } from 'unified';
import type { Root } from 'nlcst';
import { unified, retextDutch, VFile } from '../vendor.js';
import type { InputFormat } from '../types.js';
import type { LetterDoc } from '../doc.js';
import { helderPrepare, LEAVES_ONLY, prepare } from './prepare.js';
import { collectLeaves, type TextLeaves } from './leaves.js';
import { findOpaque } from './opaque.js';
import { mergeSpans, tokenize } from './tokens.js';
import { classifyLines, splitLines } from './lines.js';
import { segment } from './segment.js';
import { syncTree } from './tree.js';

export { helderPrepare, prepare, type PrepareOptions } from './prepare.js';
export { findDirectives } from './directives.js';

export interface DutchOptions {
  /**
   * Regroup the nlcst tree's paragraphs and sentences as Helder split them, for retext
   * plugins used after helderDutch. Default true; check() needs only the LetterDoc.
   */
  tree?: boolean;
}

/** Builds the LetterDoc from the nlcst tree and the prepared prose. */
export const helderDutch: Plugin<[DutchOptions?], Root> = function (options = {}) {
  const tree = options.tree ?? true;
  // Without the tree, helderPrepare need not build one when nothing reads it in between.
  const attachers = (this as unknown as { attachers?: Array<[unknown, ...unknown[]]> }).attachers ?? [];
  const at = attachers.findIndex(([plugin]) => plugin === helderDutch);
  if (!tree && at > 0 && attachers[at - 1]![0] === helderPrepare) this.data(LEAVES_ONLY, true);
  return (root, file) => {
    const text = String(file.value);
    const prepared = file.data.helderPrepared ?? { ...prepare(text, 'text'), format: 'text' as InputFormat };
    const { prose } = prepared;
    const doc: LetterDoc = {
      text,
      format: prepared.format,
      paragraphs: [],
      sentences: [],
      opaque: [],
      ignores: prepared.ignores,
    };
    const spans = mergeSpans(findOpaque(prose), prepared.placeholders);
    let leaves: TextLeaves | undefined = file.data.helderLeaves;
    if (!leaves) {
      leaves = { starts: [0], chunks: [[]] };
      collectLeaves(root, leaves.chunks[0]!);
    }
    const tokens = tokenize(leaves, text, prose, spans);
    for (const t of tokens) {
      if (t.kind !== 'word' && t.kind !== 'punctuation' && t.kind !== 'symbol') {
        doc.opaque.push({ start: t.start, end: t.end, kind: t.kind });
      }
    }
    const lines = splitLines(prose);
    classifyLines(prose, lines, prepared.blocks);
    const forced: number[] = [];
    for (const b of prepared.blocks) forced.push(b.start, b.end);
    forced.sort((a, b) => a - b);
    segment(doc, prose, tokens, lines, forced);
    if (tree) syncTree(root, doc, file);
    // check() reads only the LetterDoc: letting go of retext's nodes now means a
    // garbage collection during the later steps need not copy thousands of them.
    else root.children = [];
    file.data.helder = { doc, measures: file.data.helder?.measures };
  };
};

const parsers = new Map<InputFormat, ReturnType<typeof build>>();
function build(format: InputFormat) {
  // Only the LetterDoc is returned: no tree needed (see helderPrepare).
  return unified().use(retextDutch).use(helderPrepare, { format }).use(helderDutch, { tree: false }).freeze();
}

/** The LetterDoc of a text, without measures or rules. */
export function parseLetter(text: string, format: InputFormat = 'text'): LetterDoc {
  let parser = parsers.get(format);
  if (!parser) {
    parser = build(format);
    parsers.set(format, parser);
  }
  const file = new VFile({ value: text });
  parser.runSync(parser.parse(file), file);
  return file.data.helder!.doc!;
}
