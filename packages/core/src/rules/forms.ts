// One record per written form (a token's lower-case text) with what the word and pattern
// steps ask about it, looked up once per token in one table. The steps used to look the
// same fresh string up in four or five maps of their own (words by key, phrase pairs by
// the next word's key, patterns by first and by second word); now they read fields.

import type { Token } from '../doc.js';
import { entryFor, keyOf, type Compound, type Candidate, type WordsMatcher } from './kinds/words.js';
import type { FirstWord, PatternIndex } from './kinds/pattern.js';

export interface FormRecord {
  /** Words: the leading letters and digits, the key of the word lists. */
  key: string;
  /** Words: the key's entry, copied here (one object less to read per token). */
  single: Candidate[] | undefined;
  pairs: Map<number, Candidate[]> | undefined;
  /** Words: the listed noun a word no list knows is a compound of; undefined until asked. */
  compound: Compound | null | undefined;
  /** Words: the number of the key as the second word of a phrase (-1: none starts so). */
  pairSecond: number;
  /** Patterns: those whose first element is this word. */
  patternFirst: FirstWord | undefined;
  /** Patterns: the number of this word as a plain-word second element (-1: none). */
  patternSecond: number;
}

export interface FormTable {
  records: Map<string, FormRecord>;
  words: WordsMatcher;
  patterns: PatternIndex;
}

/** Forms kept per rule set before the table starts over (a bound on memory, not a cache policy). */
const FORM_LIMIT = 50_000;

export function formTable(words: WordsMatcher, patterns: PatternIndex): FormTable {
  return { records: new Map(), words, patterns };
}

/** The record of one form, worked out on first sight: a letter's words are mostly those of the letters before it. */
export function formRecord(table: FormTable, lower: string): FormRecord {
  let r = table.records.get(lower);
  if (r === undefined) {
    const key = keyOf(lower);
    const entry = entryFor(table.words, key);
    const patterns = table.patterns;
    r = {
      key,
      single: entry?.single,
      pairs: entry?.pairs,
      compound: undefined,
      pairSecond: table.words.pairSeconds.get(key) ?? -1,
      patternFirst: patterns.byFirst.get(lower),
      patternSecond: patterns.seconds.get(lower) ?? -1,
    };
    if (table.records.size >= FORM_LIMIT) table.records.clear();
    table.records.set(lower, r);
  }
  return r;
}

/** The records of a sentence's tokens, into `out` (reused; its first tokens.length entries). */
export function recordsOf(table: FormTable, tokens: readonly Token[], out: FormRecord[]): FormRecord[] {
  for (let i = 0; i < tokens.length; i++) out[i] = formRecord(table, tokens[i]!.lower);
  return out;
}
