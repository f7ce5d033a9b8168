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

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
