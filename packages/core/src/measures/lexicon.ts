// The word lexicon derived from LiNT-II's data (SUBTLEX-NL Zipf frequency, noun
// concreteness); built by scripts/build-data.mjs into packages/core/data, read once at
// import. Layout: lexicon.txt = sorted forms, one per line; lexicon.bin = Zipf x 10 per
// form, then a flag byte per form, then the syllable count per form. Lookups are a binary search over the sorted forms:
// loading is then one file read and one scan, far cheaper than filling a Map with 280k
// entries (which alone took longer than the whole cold-start budget).

import { readFileSync } from 'node:fs';

export const FLAG_NOUN_MASK = 3;
export const NOUN_CONCRETE = 1;
export const NOUN_ABSTRACT = 2;
export const NOUN_UNDEFINED = 3;
export const FLAG_SKIP = 4;
export const FLAG_MANNER = 8;

/** Zipf LiNT-II gives a content word that SUBTLEX-NL does not know (zero count). */
export const UNKNOWN_ZIPF = 1.359228547196266;

const dataDir = new URL('../../data/', import.meta.url);
const text = readFileSync(new URL('lexicon.txt', dataDir), 'utf8');
const bin = readFileSync(new URL('lexicon.bin', dataDir));
const size = Math.floor(bin.length / 3);
const starts = new Uint32Array(size + 1);
{
  let n = 0;
  let at = 0;
  starts[n++] = 0;
  while ((at = text.indexOf('\n', at)) !== -1) starts[n++] = ++at;
  starts[n] = text.length + 1; // one past the virtual final newline
  if (n !== size) throw new Error(`@helder/core: lexicon data is damaged (${n} forms, ${size} values)`);
}

/** Compares `word` with form `i` in UTF-16 code unit order (the order the build sorted by). */
function compare(word: string, i: number): number {
  const start = starts[i]!;
  const end = starts[i + 1]! - 1;
  const length = end - start;
  const n = Math.min(word.length, length);
  for (let k = 0; k < n; k++) {
    const d = word.charCodeAt(k) - text.charCodeAt(start + k);
    if (d !== 0) return d;
  }
  return word.length - length;
}

/** Index of a lower-case form, or -1. */
export function lookup(word: string): number {
  let lo = 0;
  let hi = size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(word, mid);
    if (c === 0) return mid;
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** Zipf x 10 of entry `i` (0: no frequency stored). */
export function zipfAt(i: number): number {
  return bin[i]! / 10;
}

export function flagsAt(i: number): number {
  return bin[size + i]!;
}

/** Syllables of entry `i` (hybrid counter run at build time; 0 = not counted). */
export function syllablesAt(i: number): number {
  return bin[2 * size + i]!;
}

export const lexiconSize = size;
