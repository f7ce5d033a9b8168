// Token patterns: a small, closed syntax compiled to a bounded token automaton. There is
// no unbounded repetition, so every match attempt looks at a bounded number of tokens
// and a whole text is matched in time linear in its length. Anything that would break
// that bound is rejected when the rule is compiled, with the file and the pattern named.
//
// Syntax (space-separated elements, matched case-insensitively per token):
//   wordt               a literal token
//   wordt|worden        any of the alternatives
//   ge*d                a glob: `*` is any run of characters inside one token
//   !geld               an exclusion: `ge*d|!geld` is a ge*d token other than geld;
//                       only exclusions (`!als|!dat`) means any word token except those
//   *                   any one word or opaque token (not punctuation)
//   <gap:6> <gap:2-6>   0..6 (2..6) tokens of any word or opaque token; sugar for *{0,6}
//   <amount> <date> ... a token of an opaque kind (see OpaqueKind), or <word>, <punct>,
//                       <any> (any token, punctuation included)
//   x? x{2} x{0,3}      optional / bounded repetition of one element (max 10)
//   ^ at the start      the match starts at the first token of the sentence
//   $ at the end        the match ends the sentence (only punctuation may follow)
// Limits: at most 16 elements, a span of at most 40 tokens, 256 alternatives per element
// of which at most 32 globs, 4 stars per glob.

import type { Token } from '../doc.js';
import { normalize } from './inflect.js';

export interface TokenTest {
  (token: Token): boolean;
}

interface Step {
  test: TokenTest;
  /** When the element is plain literals only: those words (for a first-token index). */
  literals?: Set<string>;
  min: number;
  max: number;
}

export interface CompiledPattern {
  source: string;
  steps: Step[];
  anchorStart: boolean;
  anchorEnd: boolean;
  /** Longest span in tokens; bounds the work per start position. */
  maxSpan: number;
  /** Words the first token must be, when the first element is plain literals. */
  first?: Set<string>;
}

const MAX_ELEMENTS = 16;
const MAX_REPEAT = 10;
const MAX_SPAN = 40;
const MAX_ALTERNATIVES = 256;
const MAX_GLOBS = 32;
const MAX_STARS = 4;

const KINDS = new Set([
  'word', 'number', 'amount', 'date', 'time', 'phone', 'postcode', 'url', 'email',
  'caseNumber', 'placeholder', 'abbreviation', 'punct', 'any', 'symbol',
]);
/** Kinds whose text a literal or glob is matched against (compared, not a Set lookup: hot). */
function textKind(kind: string): boolean {
  return kind === 'word' || kind === 'punctuation' || kind === 'abbreviation' || kind === 'symbol';
}

/** Glob match with `*`; iterative with one backtrack point, O(n*m) on a single token. */
export function globMatch(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star >= 0) {
      g = star + 1;
      t = ++mark;
    } else return false;
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

// Apostrophes: rule text uses ', letters often ’. Literals are stored in both spellings so
// matching can use Token.lower as it is.
function lowerOf(token: Token): string {
  return token.lower;
}

function bothApostrophes(s: string): string[] {
  return s.includes("'") ? [s, s.replace(/'/g, '\u2019')] : [s];
}

function kindTest(kind: string): TokenTest {
  if (kind === 'any') return () => true;
  if (kind === 'punct') return (t) => t.kind === 'punctuation';
  return (t) => t.kind === kind;
}

function atomTest(alternatives: string[], fail: (why: string) => never): TokenTest & { literals?: Set<string> } {
  if (alternatives.length > MAX_ALTERNATIVES) fail(`meer dan ${MAX_ALTERNATIVES} alternatieven in één element`);
  const positive: TokenTest[] = [];
  const negative: TokenTest[] = [];
  const literals = new Set<string>();
  const negLiterals = new Set<string>();
  let globs = 0;
  for (const raw of alternatives) {
    const neg = raw.startsWith('!');
    const alt = neg ? raw.slice(1) : raw;
    if (!alt) fail(`leeg alternatief in '${alternatives.join('|')}'`);
    let test: TokenTest | undefined;
    if (alt.startsWith('<')) {
      const kind = alt.slice(1, -1);
      if (!alt.endsWith('>') || !KINDS.has(kind)) fail(`onbekende soort '${alt}'; kies uit ${[...KINDS].map((k) => `<${k}>`).join(', ')}`);
      test = kindTest(kind);
    } else if (alt === '*') {
      test = (t) => t.kind !== 'punctuation';
    } else {
      if (/[<>{}()[\]\\^$?+\s]/.test(alt)) fail(`teken dat hier niet mag in '${alt}' (gebruik alleen letters, cijfers, * en leestekens)`);
      const glob = normalize(alt);
      if (glob.includes("'") && glob.includes('*')) {
        for (const variant of bothApostrophes(glob).slice(1)) (neg ? negative : positive).push((t) => textKind(t.kind) && globMatch(variant, t.lower));
      }
      if ((glob.match(/\*/g)?.length ?? 0) > MAX_STARS) fail(`meer dan ${MAX_STARS} sterretjes in '${alt}'`);
      if (glob.includes('*')) {
        globs++;
        test = (t) => textKind(t.kind) && globMatch(glob, lowerOf(t));
      } else {
        for (const variant of bothApostrophes(glob)) (neg ? negLiterals : literals).add(variant);
        continue;
      }
    }
    (neg ? negative : positive).push(test);
  }
  if (positive.length === 0 && negative.length === 0 && negLiterals.size === 0 && literals.size > 0) {
    return Object.assign(
      (t: Token) => textKind(t.kind) && literals.has(t.lower),
      { literals },
    );
  }
  if (positive.length + negative.length > MAX_GLOBS) fail(`meer dan ${MAX_GLOBS} alternatieven met * of <soort> in één element`);
  const hasPositive = positive.length > 0 || literals.size > 0;
  const test = (t: Token) => {
    const text = textKind(t.kind) ? lowerOf(t) : undefined;
    if (text !== undefined && negLiterals.has(text)) return false;
    for (const n of negative) if (n(t)) return false;
    if (!hasPositive) return t.kind === 'word';
    if (text !== undefined && literals.has(text)) return true;
    for (const p of positive) if (p(t)) return true;
    return false;
  };
  return globs > 0 ? memoizedOnWords(test) : test;
}

/** Words remembered per glob test before its memo starts over (a bound on memory only). */
const WORD_MEMO_LIMIT = 5_000;

/**
 * A test with globs ("ge*d|ver*t|...|!*gebied", up to 32 of them) tries each glob on the
 * token; for a word token the answer depends on its text only, so it is worked out once
 * per word form. Other kinds are asked directly (a kind test may depend on the kind).
 */
function memoizedOnWords(test: TokenTest): TokenTest {
  const memo = new Map<string, boolean>();
  return (t) => {
    if (t.kind !== 'word') return test(t);
    let r = memo.get(t.lower);
    if (r === undefined) {
      r = test(t);
      if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
      memo.set(t.lower, r);
    }
    return r;
  };
}

/** Compiles one pattern; throws an Error whose message says what is wrong and how to fix it. */
export function compilePattern(source: string): CompiledPattern {
  const fail = (why: string): never => {
    throw new Error(`patroon "${source}": ${why}`);
  };
  if (typeof source !== 'string' || !source.trim()) fail('leeg patroon; schrijf minstens één woord');
  if (source.length > 1000) fail('patroon langer dan 1000 tekens; splits het in meer patronen');
  const parts = source.trim().split(/\s+/);
  let anchorStart = false;
  let anchorEnd = false;
  if (parts[0] === '^') {
    anchorStart = true;
    parts.shift();
  }
  if (parts[parts.length - 1] === '$') {
    anchorEnd = true;
    parts.pop();
  }
  if (parts.length === 0) fail('alleen ^ of $; schrijf minstens één woord');
  if (parts.length > MAX_ELEMENTS) fail(`meer dan ${MAX_ELEMENTS} elementen; maak het patroon korter`);
  const steps: Step[] = [];
  let maxSpan = 0;
  for (const part of parts) {
    if (part === '^' || part === '$') fail(`'${part}' mag alleen aan het begin (^) of eind ($) staan`);
    let body = part;
    let min = 1;
    let max = 1;
    const gap = /^<gap:(\d+)(?:-(\d+))?>$/.exec(part);
    if (gap) {
      body = '*';
      min = gap[2] === undefined ? 0 : Number(gap[1]);
      max = Number(gap[2] ?? gap[1]);
    } else {
      const rep = /^(.+?)(?:\{(\d+)(?:,(\d+))?\}|(\?))$/.exec(part);
      if (rep && !rep[1]!.endsWith('<')) {
        body = rep[1]!;
        if (rep[4]) {
          min = 0;
          max = 1;
        } else {
          min = Number(rep[2]);
          max = Number(rep[3] ?? rep[2]);
        }
      }
    }
    if (max > MAX_REPEAT) fail(`herhaling tot ${max} in '${part}'; het maximum is ${MAX_REPEAT}`);
    if (min > max) fail(`ondergrens groter dan bovengrens in '${part}'`);
    if (max === 0) fail(`element '${part}' past nooit (maximum 0)`);
    const test = atomTest(body.split('|'), fail);
    steps.push({ test, min, max, literals: test.literals });
    maxSpan += max;
  }
  if (maxSpan > MAX_SPAN) fail(`het patroon kan ${maxSpan} tokens lang worden; het maximum is ${MAX_SPAN}`);
  if (steps[0]!.min === 0) fail('het patroon begint met een optioneel element; begin met een vast woord');
  if (steps[steps.length - 1]!.min === 0) fail('het patroon eindigt met een optioneel element; eindig met een vast woord');
  return { source, steps, anchorStart, anchorEnd, maxSpan, first: steps[0]!.literals };
}

/**
 * The live states of matchAt, current and next: a pattern has at most MAX_ELEMENTS steps
 * of at most MAX_REPEAT + 1 counts, so 256 codes always fit. Shared by every call (matchAt
 * calls nothing that calls it again), so no array is made per token.
 */
const MAX_STATES = 256;
const current = new Int32Array(MAX_STATES);
const following = new Int32Array(MAX_STATES);

/**
 * Shortest match starting at token `from`; returns the end index (exclusive) or -1.
 * States are (step, count) pairs, encoded as step * 16 + count; their number is bounded
 * by the pattern, and at most `maxSpan` tokens are read, so one call is
 * O(pattern size * maxSpan) whatever the input.
 */
export function matchAt(p: CompiledPattern, tokens: readonly Token[], from: number): number {
  if (p.anchorStart && from !== 0) return -1;
  const steps = p.steps;
  // Every pattern starts with a required element: most start positions fail right here.
  const first = tokens[from];
  if (!first || !steps[0]!.test(first)) return -1;
  if (accepting(p, 0, 1, tokens, from + 1)) return from + 1;
  let states = current;
  let next = following;
  states[0] = 1; // step 0, count 1
  let count = 1;
  for (let i = from + 1; i < tokens.length && i - from < p.maxSpan && count > 0; i++) {
    const token = tokens[i]!;
    let n = 0;
    for (let k = 0; k < count; k++) {
      const st = states[k]!;
      let s = st >> 4;
      let c = st & 15;
      // Stay in this step, or leave it (once its minimum is met) for the next ones.
      for (;;) {
        const step = steps[s];
        if (!step) break;
        if (c < step.max && step.test(token)) {
          const code = (s << 4) | (c + 1);
          if (!holds(next, n, code)) next[n++] = code;
        }
        if (c < step.min) break;
        s++;
        c = 0;
      }
    }
    for (let k = 0; k < n; k++) if (accepting(p, next[k]! >> 4, next[k]! & 15, tokens, i + 1)) return i + 1;
    const done = states;
    states = next;
    next = done;
    count = n;
  }
  return -1;
}

/** True when the first n codes of `codes` include `code`. */
function holds(codes: Int32Array, n: number, code: number): boolean {
  for (let k = 0; k < n; k++) if (codes[k] === code) return true;
  return false;
}

/** True when state (s, c) completes the pattern and the end anchor (if any) holds. */
function accepting(p: CompiledPattern, s: number, c: number, tokens: readonly Token[], end: number): boolean {
  const steps = p.steps;
  while (s < steps.length && c >= steps[s]!.min) {
    s++;
    c = 0;
  }
  if (s !== steps.length) return false;
  if (!p.anchorEnd) return true;
  for (let k = end; k < tokens.length; k++) if (tokens[k]!.kind !== 'punctuation') return false;
  return true;
}
