// The letter as the plugins see it, derived once from the nlcst tree by the parse step
// and stored on `file.data.helder`. Rules and measures read this instead of walking the
// tree again, so every plugin agrees on what a sentence, a word and a placeholder are.

import type { BlockKind, InputFormat, LintLevel } from './types.js';

/**
 * Opaque kinds are single tokens that no word rule touches (an amount is not a word
 * to simplify, a placeholder is not the writer's text).
 */
export type OpaqueKind =
  | 'number'
  | 'amount'
  | 'date'
  | 'time'
  | 'phone'
  | 'postcode'
  | 'url'
  | 'email'
  | 'caseNumber'
  | 'placeholder'
  | 'abbreviation';

export type TokenKind = 'word' | OpaqueKind | 'punctuation' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Exactly `text.slice(start, end)` of the original input. */
  value: string;
  /** Lower-cased, ĳ folded to ij, soft hyphens and zero-width characters removed. */
  lower: string;
  start: number;
  end: number;
  /** Set by the measures step for kind 'word'. */
  syllables?: number;
  /** Zipf frequency (SUBTLEX-NL, log scale ~1-7.6); null when unknown. */
  zipf?: number | null;
  /** Content word (noun, verb, adjective, adverb) by the surface heuristic. */
  content?: boolean;
  /** true concrete noun, false abstract noun, undefined not a (known) noun. */
  concrete?: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Every non-whitespace token, in order. */
  tokens: Token[];
  /** Tokens of kind 'word' only (what readability counts as words). */
  words: Token[];
  paragraph: number;
  block: BlockKind;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  block: BlockKind;
  /** Indices into LetterDoc.sentences. */
  sentences: number[];
}

export interface OpaqueRange {
  start: number;
  end: number;
  kind: OpaqueKind;
}

/** Inline ignore: rule ids (empty = all) off between start and end. */
export interface IgnoreRange {
  start: number;
  end: number;
  rules: string[];
}

export interface LetterDoc {
  /** The original input, unchanged. */
  text: string;
  format: InputFormat;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  opaque: OpaqueRange[];
  ignores: IgnoreRange[];
}

export interface SentenceMeasures {
  words: number;
  syllables: number;
  contentWords: number;
  clauses: number;
  maxDependencyLength: number;
  meanContentZipf: number;
  concreteShare: number;
  lint: number;
  level: LintLevel;
}

export interface DocMeasures {
  sentences: SentenceMeasures[];
}

/** What the Helder plugins keep on `file.data.helder`. */
export interface HelderData {
  doc?: LetterDoc;
  measures?: DocMeasures;
}

declare module 'vfile' {
  interface DataMap {
    helder: HelderData;
  }
}

/**
 * A letter-level check (rule kind `check`): a named detector in
 * `packages/core/src/checks/`, referenced from a rule file by `check: <name>`.
 * It returns findings; the engine turns them into messages through report.ts.
 */
export interface LetterCheckContext {
  doc: LetterDoc;
  measures: DocMeasures;
  /** The rule's `options` from its YAML, after preset and config overrides. */
  options: Record<string, unknown>;
}

export interface LetterCheckFinding {
  start: number;
  end: number;
  expected?: string[];
  data?: Record<string, string | number>;
}

export type LetterCheck = (context: LetterCheckContext) => LetterCheckFinding[];
