// Block hints: what a markup parser knows about the structure (this is a heading, that
// is a list item). The segmenter forces sentence and paragraph breaks at their edges.

import type { BlockKind } from '../types.js';

export interface BlockHint {
  start: number;
  end: number;
  /** 'paragraph' lets the line heuristics decide (a salutation inside a <p>). */
  kind: BlockKind;
}

export interface Prepared {
  /** Same length as the input; non-prose blanked, placeholders masked. */
  prose: string;
  blocks: BlockHint[];
  /** Placeholder spans (masked as one word each). */
  placeholders: Array<[number, number]>;
  ignores: import('../doc.js').IgnoreRange[];
}
