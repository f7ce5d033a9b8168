// Kind `pattern`: token patterns (see ../pattern.ts for the syntax), per sentence. All
// patterns of all rules share one index on their first word, so a token that starts no
// pattern costs one map lookup.

import type { Sentence } from '../../doc.js';
import type { Finding } from '../../report.js';
import { matchAt, type CompiledPattern, type TokenTest } from '../pattern.js';

export interface PatternEntry {
  compiled: CompiledPattern;
  alternatives: string[];
}

interface Indexed {
  rule: number;
  entry: PatternEntry;
  /**
   * When the first element takes exactly one token and the second at least one, the
   * token after the first must pass the second element's test: asked before the
   * matcher runs (most "de ..." and "in ..." patterns end there).
   */
  second?: TokenTest;
}

function secondTest(compiled: CompiledPattern): TokenTest | undefined {
  const [first, second] = compiled.steps;
  return first && second && first.max === 1 && second.min >= 1 ? second.test : undefined;
}

export interface PatternIndex {
  byFirst: Map<string, Indexed[]>;
  /** Patterns whose first element is not plain words: tried at every token. */
  always: Indexed[];
  rules: number;
}

export function indexPatterns(rules: PatternEntry[][]): PatternIndex {
  const index: PatternIndex = { byFirst: new Map(), always: [], rules: rules.length };
  rules.forEach((entries, rule) => {
    for (const entry of entries) {
      const first = entry.compiled.first;
      const indexed: Indexed = { rule, entry, second: secondTest(entry.compiled) };
      if (!first) {
        index.always.push(indexed);
        continue;
      }
      for (const word of first) {
        let list = index.byFirst.get(word);
        if (!list) index.byFirst.set(word, (list = []));
        list.push(indexed);
      }
    }
  });
  return index;
}

/** One sentence: per rule, non-overlapping shortest matches, first pattern in file order wins. */
export function runPatterns(index: PatternIndex, s: Sentence, emit: (rule: number, f: Finding) => void): void {
  if (index.rules === 0) return;
  const tokens = s.tokens;
  let free: number[] | undefined;
  // A rule matches at most once per start token: after a match, free[rule] is past it.
  const tryList = (list: Indexed[], i: number) => {
    const next = tokens[i + 1];
    for (const { rule, entry, second } of list) {
      if (free && i < free[rule]!) continue;
      if (second && (next === undefined || !second(next))) continue;
      const end = matchAt(entry.compiled, tokens, i);
      if (end < 0) continue;
      emit(rule, { start: tokens[i]!.start, end: tokens[end - 1]!.end, expected: entry.alternatives });
      (free ??= new Array<number>(index.rules).fill(0))[rule] = end;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const listed = index.byFirst.get(tokens[i]!.lower);
    if (listed) tryList(listed, i);
    if (index.always.length > 0) tryList(index.always, i);
  }
}
