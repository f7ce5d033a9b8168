// Kind `pattern`: token patterns (see ../pattern.ts for the syntax), per sentence. All
// patterns of all rules share one index on their first word, so a token that starts no
// pattern costs one map lookup.

import type { Sentence } from '../../doc.js';
import type { Finding } from '../../report.js';
import { matchAt, type CompiledPattern } from '../pattern.js';

export interface PatternEntry {
  compiled: CompiledPattern;
  alternatives: string[];
}

interface Indexed {
  rule: number;
  entry: PatternEntry;
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
      if (!first) {
        index.always.push({ rule, entry });
        continue;
      }
      for (const word of first) {
        let list = index.byFirst.get(word);
        if (!list) index.byFirst.set(word, (list = []));
        list.push({ rule, entry });
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
    for (const { rule, entry } of list) {
      if (free && i < free[rule]!) continue;
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
