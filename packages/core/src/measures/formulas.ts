// Classic Dutch readability formulas over word, sentence and syllable counts.
// They predate LiNT and only see length, but writers and tools still quote them.

export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of more than 6 letters (LIX). */
  longLetterWords: number;
}

function perSentence(c: Counts): number {
  return c.sentences ? c.words / c.sentences : 0;
}

function syllablesPer100(c: Counts): number {
  return c.words ? (100 * c.syllables) / c.words : 0;
}

/** Flesch-Douma (1960): 206.84 - 0.77 * syllables per 100 words - 0.93 * words per sentence. Higher is easier. */
export function fleschDouma(c: Counts): number {
  return c.words ? 206.84 - 0.77 * syllablesPer100(c) - 0.93 * perSentence(c) : 0;
}

/** Brouwer leesindex A (1963): 195 - 2/3 * syllables per 100 words - 2 * words per sentence. Higher is easier. */
export function brouwer(c: Counts): number {
  return c.words ? 195 - (2 / 3) * syllablesPer100(c) - 2 * perSentence(c) : 0;
}

/** LIX (Björnsson): words per sentence + 100 * share of words over 6 letters. Higher is harder. */
export function lix(c: Counts): number {
  return c.words ? perSentence(c) + (100 * c.longLetterWords) / c.words : 0;
}

/**
 * LIX's long word: more than 6 characters (code points). A code point is one or two
 * UTF-16 units, so only lengths 7-12 need counting, and only the surrogate pairs.
 */
export function moreThanSixLetters(value: string): boolean {
  const length = value.length;
  if (length <= 6) return false;
  if (length > 12) return true;
  let pairs = 0;
  for (let i = 0; i + 1 < length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return length - pairs > 6;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
