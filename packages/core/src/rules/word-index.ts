// The word forms of the embedded rules sorted by key, made by scripts/build-rules.mjs.
// A process's first check used to put all ~16,000 forms into one map (compileWords):
// about a third of that check, for a letter that asks for a few hundred keys. With this
// index a key's forms are found by a binary search when a word with that key is first
// seen (kinds/words.ts: entryFor), and nothing is done per form at compile time.
// Kept free of other engine modules: the build script imports it from source.

import type { RuleDef } from './types.js';

export interface WordIndex {
  /** The keys (see keyOf) of all forms, sorted by code unit, each once. */
  keys: string[];
  /** Key i's forms are refs[starts[i]] up to refs[starts[i + 1]]. */
  starts: number[];
  /** A form as a number: rule index, entry index and form index (see formRef), in that order per key. */
  refs: number[];
  /** Per rule: the keys of the second word of its phrases (see WordsMatcher.pairSeconds). */
  seconds: string[][];
  /** Per rule with option `compounds` in its file (null for others): its nouns as compound heads. */
  nouns: Array<NounIndex | null>;
}

/**
 * The forms of a rule's nouns that can end a compound (one word, at least MIN_HEAD
 * letters), by tailHash: `tails` sorted, each once; tail i's forms are
 * refs[starts[i]] up to refs[starts[i + 1]], in list order. `bases`: those forms that are
 * the entry's own word (the modifiers of kinds/modifiers.ts), in list order.
 */
export interface NounIndex {
  tails: number[];
  starts: number[];
  refs: number[];
  bases: number[];
}

/** A compound's head is a noun of at least five letters (kinds/words.ts). */
export const MIN_HEAD = 5;

/**
 * A hash (FNV-1a) of the last MIN_HEAD code units: buckets of heads that end alike, so a
 * word looks at one or two heads, not at every noun ending in "-ing". A number key needs
 * no string hash (a new string's first hash is what a lookup by `key.slice(-5)` costs).
 */
export function tailHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = s.length - MIN_HEAD; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The position of `x` in an ascending list (numbers, or strings in code-unit order), or -1. */
export function findSorted<T extends number | string>(list: readonly T[], x: T): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function nounIndex(def: RuleDef, d: number): NounIndex {
  const byTail = new Map<number, number[]>();
  const bases: number[] = [];
  (def.words ?? []).forEach((entry, e) => {
    if (entry.pos !== 'noun') return;
    entry.compiled!.forEach(([head], f) => {
      if (head.includes(' ') || head.length < MIN_HEAD) return;
      const tail = tailHash(head);
      const list = byTail.get(tail);
      if (list) list.push(formRef(d, e, f));
      else byTail.set(tail, [formRef(d, e, f)]);
      if (head === entry.word) bases.push(formRef(d, e, f));
    });
  });
  const tails = [...byTail.keys()].sort((a, b) => a - b);
  const starts: number[] = [];
  const refs: number[] = [];
  for (const tail of tails) {
    starts.push(refs.length);
    for (const ref of byTail.get(tail)!) refs.push(ref);
  }
  starts.push(refs.length);
  return { tails, starts, refs, bases };
}

/** Limits of a ref's parts: forms per entry, entries per rule. */
export const FORM_BITS = 32;
export const ENTRY_BITS = 8192;

export function formRef(rule: number, entry: number, form: number): number {
  return (rule * ENTRY_BITS + entry) * FORM_BITS + form;
}

const LEAD = /^[\p{L}\p{N}]+/u;

/** The leading run of letters and digits (a cheap stand-in for LEAD on plain words). */
export function keyOf(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!plain && (c < 128 || !LEAD.test(text[i]!))) break;
  }
  return i === text.length ? text : i > 0 ? text.slice(0, i) : text.slice(0, 1);
}

/** The separable-verb gap in a form's words (inflect.ts GAP; repeated: no import here). */
const GAP = '\u2026';

/**
 * The index of rule definitions whose word entries all have `compiled` forms;
 * undefined when some entry has none or a part exceeds its limit.
 */
export function buildWordIndex(defs: readonly RuleDef[]): WordIndex | undefined {
  const byKey = new Map<string, number[]>();
  const seconds: string[][] = [];
  for (let d = 0; d < defs.length; d++) {
    const own = new Set<string>();
    const words = defs[d]!.kind === 'words' ? defs[d]!.words ?? [] : [];
    if (words.length >= ENTRY_BITS) return undefined;
    for (let e = 0; e < words.length; e++) {
      const compiled = words[e]!.compiled;
      if (!compiled || compiled.length >= FORM_BITS) return undefined;
      for (let f = 0; f < compiled.length; f++) {
        const parts = compiled[f]![0].split(' ');
        const key = keyOf(parts[0]!);
        const list = byKey.get(key);
        if (list) list.push(formRef(d, e, f));
        else byKey.set(key, [formRef(d, e, f)]);
        if (parts.length > 1 && parts[1] !== GAP && key === parts[0]) own.add(keyOf(parts[1]!));
      }
    }
    seconds.push([...own]);
  }
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts: number[] = [];
  const refs: number[] = [];
  for (const key of keys) {
    starts.push(refs.length);
    for (const ref of byKey.get(key)!) refs.push(ref);
  }
  starts.push(refs.length);
  const nouns = defs.map((def, d) => (def.kind === 'words' && def.options?.compounds !== undefined ? nounIndex(def, d) : null));
  return { keys, starts, refs, seconds, nouns };
}
