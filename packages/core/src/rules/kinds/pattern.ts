// Kind `pattern`: token patterns (see ../pattern.ts for the syntax), per sentence. All
// patterns of all rules share one index on their first word, so a token that starts no
// pattern costs one map lookup.

import type { Sentence, Token } from '../../doc.js';
import type { Finding } from '../../report.js';
import { matchAt, type CompiledPattern, type TokenTest } from '../pattern.js';
import type { FormRecord } from '../forms.js';

export interface PatternEntry {
  compiled: CompiledPattern;
  alternatives: string[];
}

interface Indexed {
  rule: number;
  entry: PatternEntry;
  /** Place in file order (rule, then pattern): candidates are tried in this order. */
  seq: number;
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

/** The second element's words, when it is plain words and must hold the second token. */
function secondWords(compiled: CompiledPattern): Set<string> | undefined {
  const [first, second] = compiled.steps;
  return first && second && first.max === 1 && second.min >= 1 ? second.literals : undefined;
}

/**
 * The patterns that start with one word. Those whose second element is plain words are
 * also listed under each of those words, so a token looks only at the patterns its next
 * token can continue ("de" starts ten patterns; "de aanvraag" continues one).
 */
export interface FirstWord {
  /** Keyed by the number of the second word (`PatternIndex.seconds`, read off its form record). */
  bySecond: Map<number, Indexed[]>;
  /** Patterns whose second element is not plain words. */
  other: Indexed[];
}

export interface PatternIndex {
  byFirst: Map<string, FirstWord>;
  /** Numbers of the words of plain-word second elements (see FirstWord.bySecond). */
  seconds: Map<string, number>;
  /** Patterns whose first element is not plain words: tried at every token. */
  always: Indexed[];
  rules: number;
}

export function indexPatterns(rules: PatternEntry[][]): PatternIndex {
  const index: PatternIndex = { byFirst: new Map(), seconds: new Map(), always: [], rules: rules.length };
  let seq = 0;
  rules.forEach((entries, rule) => {
    for (const entry of entries) {
      const first = entry.compiled.first;
      const indexed: Indexed = { rule, entry, seq: seq++, second: secondTest(entry.compiled) };
      if (!first) {
        index.always.push(indexed);
        continue;
      }
      const seconds = secondWords(entry.compiled);
      for (const word of first) {
        let at = index.byFirst.get(word);
        if (!at) index.byFirst.set(word, (at = { bySecond: new Map(), other: [] }));
        if (!seconds) {
          at.other.push(indexed);
          continue;
        }
        for (const second of seconds) {
          let n = index.seconds.get(second);
          if (n === undefined) index.seconds.set(second, (n = index.seconds.size));
          const list = at.bySecond.get(n);
          if (list) list.push(indexed);
          else at.bySecond.set(n, [indexed]);
        }
      }
    }
  });
  return index;
}

const NONE: Indexed[] = [];

/** Two lists in file order merged into one (both are short; most often one is empty). */
function inOrder(a: Indexed[], b: Indexed[]): Indexed[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Indexed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.seq < b[j]!.seq)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * One sentence: per rule, non-overlapping shortest matches, first pattern in file order
 * wins. `records` holds the form records of its tokens (see forms.ts).
 */
export function runPatterns(index: PatternIndex, s: Sentence, records: readonly FormRecord[], emit: (rule: number, f: Finding) => void): void {
  if (index.rules === 0) return;
  const tokens = s.tokens;
  // A rule matches at most once per start token: after a match, free[rule] is past it.
  let free: Int32Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const at = records[i]!.patternFirst;
    if (at) {
      const second = i + 1 < tokens.length && at.bySecond.size > 0 ? records[i + 1]!.patternSecond : -1;
      const paired = second < 0 ? NONE : at.bySecond.get(second) ?? NONE;
      free = tryList(index, inOrder(paired, at.other), tokens, i, free, emit);
    }
    if (index.always.length > 0) free = tryList(index, index.always, tokens, i, free, emit);
  }
}

/** Tries the candidates at token i; returns `free`, made on the first match. */
function tryList(
  index: PatternIndex,
  list: Indexed[],
  tokens: readonly Token[],
  i: number,
  free: Int32Array | undefined,
  emit: (rule: number, f: Finding) => void,
): Int32Array | undefined {
  const next = tokens[i + 1];
  for (let k = 0; k < list.length; k++) {
    const c = list[k]!;
    if (free && i < free[c.rule]!) continue;
    if (c.second && (next === undefined || !c.second(next))) continue;
    const end = matchAt(c.entry.compiled, tokens, i);
    if (end < 0) continue;
    emit(c.rule, { start: tokens[i]!.start, end: tokens[end - 1]!.end, expected: c.entry.alternatives });
    (free ??= new Int32Array(index.rules))[c.rule] = end;
  }
  return free;
}
