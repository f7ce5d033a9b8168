// helderPrepare: wraps the parser retext-dutch sets, so it parses prose of the same
// length as the input (all offsets stay true) with markup, directives and template
// placeholders blanked or masked.

import type { Plugin, Processor } from 'unified';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { ParseDutch } from '../vendor.js';
import type { InputFormat } from '../types.js';
import { findDirectives } from './directives.js';
import type { Prepared } from './hints.js';
import { prepareHtml } from './html.js';
import { prepareMarkdown } from './markdown.js';
import { findPlaceholders } from './placeholders.js';
import { applyEdits, neutraliseInvisible } from './prose.js';
import { pieceLeaves, type TextLeaves } from './leaves.js';

export interface PrepareOptions {
  /** Input format; default 'text'. */
  format?: InputFormat;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by helderPrepare, read by helderDutch. */
    helderPrepared: Prepared & { format: InputFormat };
    /**
     * Set by helderPrepare instead of a tree when helderDutch({ tree: false }) comes
     * right after it: the word-level leaves (leaves.ts), read by helderDutch.
     */
    helderLeaves: TextLeaves;
  }
}

export function prepare(text: string, format: InputFormat = 'text'): Prepared {
  const directives = findDirectives(text);
  let blocks: Prepared['blocks'] = [];
  let prose = text;
  if (format === 'markdown') ({ prose, blocks } = prepareMarkdown(text));
  else if (format === 'html') ({ prose, blocks } = prepareHtml(text));
  prose = applyEdits(prose, directives.edits);
  const masks = findPlaceholders(prose);
  prose = neutraliseInvisible(applyEdits(prose, masks));
  return {
    prose,
    blocks,
    placeholders: masks.map((m) => [m.start, m.end]),
    ignores: directives.ignores,
  };
}

declare module 'unified' {
  interface Data {
    /** Set by helderDutch: it drops the tree and directly follows helderPrepare. */
    helderLeavesOnly?: boolean;
  }
}

/** Processor data key of that flag. */
export const LEAVES_ONLY = 'helderLeavesOnly' as const;

/**
 * Wraps the parser set by retext-dutch so it sees prose with non-prose blanked out.
 *
 * It parses with retext-dutch's word level only (ParseDutch#tokenizeSentence over the
 * whole prose: words, punctuation, symbols and white space, after its word plugins for
 * elisions, initialisms and inner symbols). retext-dutch's sentence and paragraph split
 * is skipped: helderDutch redoes it, because retext-dutch mis-splits Dutch ("u.", "art.
 * 3.", line breaks), so nothing ever read it, and it was about a fifth of the parse
 * time. The word nodes are retext-dutch's, with one difference that helderDutch's token
 * step evens out: a period after a word stays its own node ("u" "."), where the sentence
 * plugins would have glued it on ("u.") for helderDutch to split off again.
 * Plugins that extend retext-dutch's paragraph or root level (`nlcstParagraphExtensions`,
 * `nlcstRootExtensions` data) get the full parse, so they still run.
 * When helderDutch drops the tree and comes right after (check(), parseLetter), no tree
 * is built at all: the word level's leaves go to helderDutch in `file.data.helderLeaves`,
 * parsed once per distinct white-space chunk (leaves.ts).
 */
export const helderPrepare: Plugin<[PrepareOptions?], string, Root> = function (options = {}) {
  const self = this as unknown as Processor<Root>;
  const inner = self.parser;
  if (!inner) throw new Error('helderPrepare: use retext-dutch before helderPrepare');
  const format = options.format ?? 'text';
  const wholeLevels = Boolean(self.data('nlcstParagraphExtensions') || self.data('nlcstRootExtensions'));
  const sentenceExtensions = self.data('nlcstSentenceExtensions') as ParseDutch['tokenizeSentencePlugins'] | undefined;
  const parsePart = wholeLevels
    ? (part: string, file: VFile) => inner(part, file)
    : (part: string) => wordLevelParse(part, sentenceExtensions);
  let leavesParser: ParseDutch | undefined;
  self.parser = (document, file) => {
    const prepared = prepare(document, format);
    // Literals, not spreads: a spread copies through V8's generic clone path on every check.
    file.data.helderPrepared = { prose: prepared.prose, blocks: prepared.blocks, placeholders: prepared.placeholders, ignores: prepared.ignores, format };
    file.data.helder = { doc: undefined, measures: file.data.helder?.measures };
    // helderDutch sets the flag when it drops the tree and nothing runs between us: then
    // only the leaves are read, so no tree is built (its nodes were much of check()'s garbage).
    if (!wholeLevels && !sentenceExtensions && self.data(LEAVES_ONLY)) {
      leavesParser ??= new ParseDutch();
      file.data.helderLeaves = leavesInChunks(prepared.prose, leavesParser);
      return { type: 'RootNode', children: [] };
    }
    return parseInChunks(prepared.prose, (part) => parsePart(part, file));
  };
};

/** One paragraph holding one sentence: all of the part's nodes, as retext-dutch's word level makes them. */
function wordLevelParse(part: string, extensions: ParseDutch['tokenizeSentencePlugins'] | undefined): Root {
  const parser = new ParseDutch();
  if (extensions) parser.tokenizeSentencePlugins.unshift(...extensions);
  const sentence = parser.tokenizeSentence(part);
  const root: Root = { type: 'RootNode', children: [] };
  if (sentence.children.length === 0) return root;
  const position = sentence.position ?? {
    start: { line: 1, column: 1, offset: 0 },
    end: sentence.children[sentence.children.length - 1]!.position!.end,
  };
  root.children.push({ type: 'ParagraphNode', children: [sentence], position });
  root.position = position;
  return root;
}

/**
 * Long texts are parsed in pieces cut at white space after a word. retext-dutch slows
 * down more than linearly on some long runs ("a. a. a. ..." took 8 s for 120,000
 * characters); pieces bound that. Such cuts leave every word, punctuation and symbol
 * node as it would be; the sentence and paragraph split is redone by helderDutch anyway.
 */
const CHUNK = 8000;

/** The end of the piece that starts at `at` (see CHUNK). */
function pieceEnd(prose: string, at: number): number {
  const end = Math.min(prose.length, at + CHUNK);
  if (end === prose.length) return end;
  // Move the cut to white space after a letter or digit (retext treats a period at the
  // very end of a text differently); a run without any (a 1 MB "word") is cut anyway.
  const limit = Math.min(prose.length, end + 2000);
  let cut = end;
  while (cut < limit && !(/\s/.test(prose[cut]) && /[\p{L}\p{N}\s]/u.test(prose[cut - 1]))) cut++;
  if (cut === limit && limit < prose.length) {
    cut = end;
    while (cut < limit && !/\s/.test(prose[cut])) cut++;
  }
  return cut;
}

export function parseInChunks(prose: string, parse: (part: string) => Root): Root {
  if (prose.length <= CHUNK) return parse(prose);
  const root: Root = { type: 'RootNode', children: [] };
  let at = 0;
  let line = 1;
  let column = 1;
  while (at < prose.length) {
    const end = pieceEnd(prose, at);
    const part = parse(prose.slice(at, end));
    shift(part, at, line, column);
    for (const child of part.children) root.children.push(child);
    for (let i = at; i < end; i++) {
      if (prose.charCodeAt(i) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    at = end;
  }
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line, column, offset: prose.length },
  };
  return root;
}

/**
 * The leaves parseInChunks + wordLevelParse would give (same pieces), without the tree:
 * see leaves.ts.
 */
export function leavesInChunks(prose: string, parser: ParseDutch): TextLeaves {
  const out: TextLeaves = { starts: [], chunks: [] };
  for (let at = 0; at < prose.length; ) {
    const end = pieceEnd(prose, at);
    pieceLeaves(parser, prose, at, end, out);
    at = end;
  }
  return out;
}

interface Positioned {
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: Positioned[];
}

type Point = { line: number; column: number; offset?: number };

/**
 * Moves a piece's positions to where the piece starts in the whole text. retext shares
 * point objects between nodes, so each point is moved once.
 */
function shift(root: Positioned, offset: number, line: number, column: number): void {
  const seen = new Set<Point>();
  const move = (point: Point): void => {
    if (seen.has(point)) return;
    seen.add(point);
    if (point.line === 1) point.column += column - 1;
    point.line += line - 1;
    if (point.offset !== undefined) point.offset += offset;
  };
  const walk = (node: Positioned): void => {
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if (node.children) for (const child of node.children) walk(child);
  };
  walk(root);
}
