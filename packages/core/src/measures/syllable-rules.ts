// The vowel-group half of the hybrid syllable counter, free of data and dependencies so
// that scripts/build-data.mjs can run the same rules over the lexicon at build time.
//
// Hybrid: hyphenation patterns split a word into parts; vowel groups are counted per
// part. Patterns alone miss one-letter syllables and hiatus ("ideeën", "ruïne"); vowel
// groups alone merge vowels that belong to two syllables ("bijenkorf", "theater").

// Vowel letters; "ij" is one vowel, a diaeresis (ë, ï, ö, ü, ä) starts a new syllable
// even right after another vowel.
const PLAIN_VOWEL = new Set('aeiouyàáâèéêìíîòóôùúûý');
const DIAERESIS = new Set('äëïöü');

/** Vowel groups in one part (lower case, ĳ already folded to "ij"). */
export function vowelGroups(part: string): number {
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

// Vowel pairs that stay in one syllable in Dutch spelling (aa, ie, oe, ui, ...; the
// triphthongs aai, ooi, oei, eeu, ieu chain these). Any other pair inside a vowel run
// is a hiatus ("theater", "radio", "situatie").
const DIGRAPHS = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ou', 'au', 'ai', 'oi', 'ey', 'uy']);

/**
 * Vowel groups of a whole word without hyphenation (for words no pattern run has seen):
 * like vowelGroups, but a vowel run also splits where two vowels do not form a digraph.
 */
export function vowelGroupsWithHiatus(word: string): number {
  let groups = 0;
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (DIAERESIS.has(ch)) {
      groups++;
      prev = ch;
    } else if (PLAIN_VOWEL.has(ch)) {
      if (!prev || !DIGRAPHS.has(prev + ch)) groups++;
      prev = ch;
    } else if (ch === 'j' && prev === 'i') {
      prev = 'ij';
    } else {
      prev = '';
    }
  }
  return groups;
}

const GLIDE_END = /[tcs]i$/;
const GLIDE_START = /^[oa]/;

/** Syllables of a word given its hyphenation parts, in order. */
export function syllablesOfParts(parts: readonly string[]): number {
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // A part without a vowel (e.g. "s" in "auto's") adds no syllable.
    total += vowelGroups(part);
    // In loan suffixes -tio-, -sio-, -cia- ("traditioneel", "specialist", "initiatief")
    // the i glides into the next vowel: one syllable, not two.
    const next = parts[i + 1];
    if (next && i > 0 && GLIDE_END.test(part) && GLIDE_START.test(next)) total--;
  }
  return total;
}

/** Lower-cases, folds ĳ, and splits at hyphens and apostrophes. */
export function chunksOf(word: string): string[] {
  // Most words are plain lower-case a-z: nothing to fold or split, and the three string
  // passes below (each a new string or array) are most of this function's cost.
  if (isPlainLower(word)) return [word];
  return word
    .toLowerCase()
    .replace(/ĳ/g, 'ij')
    .split(/[-'’]+/)
    .filter(Boolean);
}

/** A non-empty word of the letters a-z only (which chunksOf returns unchanged, as one chunk). */
export function isPlainLower(word: string): boolean {
  const n = word.length;
  if (n === 0) return false;
  for (let k = 0; k < n; k++) {
    const code = word.charCodeAt(k);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
