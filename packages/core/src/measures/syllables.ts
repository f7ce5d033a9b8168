// Syllable counter for Dutch: hyphenation patterns first, then vowel groups per part.
// Patterns alone miss one-letter syllables and hiatus ("ideeën", "ruïne"); vowel groups
// alone merge vowels that belong to two syllables ("bijenkorf", "theater"). Together
// they agree with espeak-ng's pronunciation on >= 95% of a sample of common words
// (test/measures-syllables.test.ts).

import { createRequire } from 'node:module';

interface Hyphenator {
  hyphenateSync(text: string, options: { hyphenChar: string; minWordLength: number }): string;
}

// hyphen ships CommonJS pattern files; createRequire loads them without a bundler.
const require = createRequire(import.meta.url);
const { hyphenateSync } = require('hyphen/nl') as Hyphenator;

const HYPHEN_OPTIONS = { hyphenChar: '\u2027', minWordLength: 1 } as const;

// Vowel letters; "ij" is one vowel (folded below to a single marker), a diaeresis
// (ë, ï, ö, ü, ä) starts a new syllable even right after another vowel.
const PLAIN_VOWEL = new Set('aeiouyàáâèéêìíîòóôùúûý');
const DIAERESIS = new Set('äëïöü');

/** Vowel groups in one hyphenation part. */
function groupsIn(part: string): number {
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!;
    if (DIAERESIS.has(ch)) {
      groups++;
      inGroup = true;
    } else if (PLAIN_VOWEL.has(ch)) {
      if (!inGroup) groups++;
      inGroup = true;
    } else if (ch === 'j' && i > 0 && part[i - 1] === 'i' && inGroup) {
      // the j of "ij" belongs to the vowel
    } else {
      inGroup = false;
    }
  }
  return groups;
}

const GLIDE_END = /[tcs]i$/;
const GLIDE_START = /^[oa]/;

// Memo for repeated words: letters reuse their vocabulary heavily. Bounded so a
// long-running process does not grow without limit.
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/**
 * Syllables in a word (at least 1 for any word with a letter). Input may be any case;
 * the ligature ĳ counts as "ij".
 */
export function countSyllables(word: string): number {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase().replace(/ĳ/g, 'ij');
  let total = 0;
  // Hyphens and apostrophes split a word into parts that are hyphenated on their own.
  for (const chunk of lower.split(/[-'’]+/)) {
    if (!chunk) continue;
    const parts = hyphenateSync(chunk, HYPHEN_OPTIONS).split(HYPHEN_OPTIONS.hyphenChar);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      // A part without a vowel (e.g. "s" in "auto's") adds no syllable.
      total += groupsIn(part);
      // In loan suffixes -tie-, -sio-, -cia- ("traditioneel", "specialist",
      // "initiatief") the i glides into the next vowel: one syllable, not two.
      const next = parts[i + 1];
      if (next && GLIDE_END.test(part) && GLIDE_START.test(next) && i > 0) total--;
    }
  }
  const result = Math.max(1, total);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
