// Syllable counter for Dutch (hybrid: hyphenation patterns, then vowel groups per part;
// rules in syllable-rules.ts). The hyphenation runs at build time: scripts/build-data.mjs
// counts every form of the lexicon with the `hyphen` package's Dutch patterns and stores
// the count. Loading those patterns at run time cost more than the whole cold-start
// budget, and hyphenating a new word costs ~10 µs, so at run time:
//   1. a lexicon form: the stored count;
//   2. a compound of lexicon forms ("parkeerontheffingsaanvraag"): the sum of its parts;
//   3. anything else (names, codes): vowel groups, split where two vowels form no
//      Dutch digraph (hiatus: "theater", "radio").
// Agreement with espeak-ng: >= 95% (test/measures-syllables.test.ts).

import { lookup, syllablesAt } from './lexicon.js';
import { chunksOf, isPlainLower, vowelGroups, vowelGroupsWithHiatus } from './syllable-rules.js';

const MIN_PART = 3;
const MAX_COMPOUND = 48;
// Linking sounds between compound parts and the syllables they add.
const LINKS: ReadonlyArray<readonly [string, number]> = [
  ['s', 0],
  ['en', 1],
  ['e', 1],
  ['er', 1],
];

function known(part: string): number {
  if (part.length < MIN_PART) return 0;
  const i = lookup(part);
  return i >= 0 ? syllablesAt(i) : 0;
}

/** Syllables of a word made of known parts, or 0 when it does not split. */
function compound(word: string, depth: number): number {
  for (let k = MIN_PART; k <= word.length - MIN_PART; k++) {
    const head = known(word.slice(k));
    if (!head) continue;
    const modifier = word.slice(0, k);
    const direct = known(modifier);
    if (direct) return direct + head;
    for (const [link, extra] of LINKS) {
      if (modifier.length - link.length >= MIN_PART && modifier.endsWith(link)) {
        const bare = modifier.slice(0, -link.length);
        const n = known(bare) || (depth > 0 ? compound(bare, depth - 1) : 0);
        if (n) return n + extra + head;
      }
    }
    if (depth > 0) {
      const n = compound(modifier, depth - 1);
      if (n) return n + head;
    }
  }
  return 0;
}

/** `at`: the chunk's lexicon index when the caller has looked it up, else NOT_LOOKED_UP. */
function chunkSyllables(chunk: string, at: number): number {
  // A chunk without a vowel ("s" of "auto's") adds no syllable.
  if (vowelGroups(chunk) === 0) return 0;
  const i = at === NOT_LOOKED_UP ? lookup(chunk) : at;
  if (i >= 0) {
    const n = syllablesAt(i);
    if (n) return n;
  }
  // Compound splitting is quadratic in length; real compounds are far below the limit.
  return (chunk.length <= MAX_COMPOUND && compound(chunk, 1)) || vowelGroupsWithHiatus(chunk);
}

const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/** Syllables in a word (at least 1). Any case; the ligature ĳ counts as "ij". */
export function countSyllables(word: string): number {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = syllablesOf(word, NOT_LOOKED_UP);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

const NOT_LOOKED_UP = -2;

/**
 * countSyllables without its memo, for a caller that memoizes per form itself (analyze.ts's
 * newForm); `at` = lookup(word) when the caller has it (a plain a-z word is its own only
 * chunk, so that search need not run again), else NOT_LOOKED_UP.
 */
export function syllablesOf(word: string, at: number = NOT_LOOKED_UP): number {
  if (at !== NOT_LOOKED_UP && isPlainLower(word)) return Math.max(1, chunkSyllables(word, at));
  let total = 0;
  for (const chunk of chunksOf(word)) total += chunkSyllables(chunk, NOT_LOOKED_UP);
  return Math.max(1, total);
}
