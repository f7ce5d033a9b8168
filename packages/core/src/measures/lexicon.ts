// The word lexicon derived from LiNT-II's data (SUBTLEX-NL Zipf frequency, noun
// concreteness); built by scripts/build-data.mjs into packages/core/data, read once at
// import. Layout: lexicon.txt = sorted forms (UTF-8), one per line; lexicon.idx = their
// offsets; lexicon.bin = Zipf x 10 per
// form, then a flag byte per form, then the syllable count per form. Lookups are a binary search over the sorted forms:
// loading is then three file reads, far cheaper than filling a Map with 280k
// entries (which alone took longer than the whole cold-start budget).

import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';

export const FLAG_NOUN_MASK = 3;
export const NOUN_CONCRETE = 1;
export const NOUN_ABSTRACT = 2;
export const NOUN_UNDEFINED = 3;
export const FLAG_SKIP = 4;
export const FLAG_MANNER = 8;

/** Zipf LiNT-II gives a content word that SUBTLEX-NL does not know (zero count). */
export const UNKNOWN_ZIPF = 1.359228547196266;

const dataDir = new URL('../../data/', import.meta.url);
// The forms stay UTF-8 bytes (decoding 3.4 MB to a string cost more than the rest of
// loading); lexicon.idx holds each form's start offset (uint32 little-endian, one extra
// at the end), so nothing is scanned at load.
const text = readFileSync(new URL('lexicon.txt', dataDir));
const bin = readFileSync(new URL('lexicon.bin', dataDir));
const idx = readFileSync(new URL('lexicon.idx', dataDir));
const size = Math.floor(bin.length / 3);
const starts = new Uint32Array(size + 1);
if (endianness() === 'LE') new Uint8Array(starts.buffer).set(idx.subarray(0, 4 * (size + 1)));
else for (let i = 0; i <= size; i++) starts[i] = idx.readUInt32LE(4 * i);
if (idx.length !== 4 * (size + 1) || starts[size] !== text.length + 1) {
  throw new Error('@helder/core: lexicon data is damaged; rebuild it with scripts/build-data.mjs');
}

// The query, encoded once per lookup into a reusable buffer.
const encoder = new TextEncoder();
const query = new Uint8Array(256);
let queryLength = 0;

/** Compares the query with form `i` bytewise (UTF-8 order = code point order = build order). */
function compare(i: number): number {
  const start = starts[i]!;
  const length = starts[i + 1]! - 1 - start;
  const n = Math.min(queryLength, length);
  for (let k = 0; k < n; k++) {
    const d = query[k]! - text[start + k]!;
    if (d !== 0) return d;
  }
  return queryLength - length;
}

/**
 * Copies an all-ASCII word into the query (its UTF-8 bytes are its code units); false
 * for any other word, which leaves the query to encodeInto. A new word form looks up
 * several forms, and encodeInto's call into the runtime was half of each lookup's time.
 */
function copyAscii(word: string): boolean {
  const n = word.length;
  for (let k = 0; k < n; k++) {
    const code = word.charCodeAt(k);
    if (code > 127) return false;
    query[k] = code;
  }
  queryLength = n;
  return true;
}

/** Index of a lower-case form, or -1. */
export function lookup(word: string): number {
  if (word.length > 80) return -1;
  if (!copyAscii(word)) {
    const { read, written } = encoder.encodeInto(word, query);
    if (read !== word.length) return -1;
    queryLength = written;
  }
  let lo = 0;
  let hi = size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(mid);
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

/** Zipf of a form the lexicon lists as a noun, or -1 (not listed, or no noun). */
export function nounZipf(word: string): number {
  const i = lookup(word);
  return i >= 0 && (flagsAt(i) & FLAG_NOUN_MASK) !== 0 ? zipfAt(i) : -1;
}

/** Zipf of a form the lexicon lists but not as a noun (a verb form, an adjective), or -1. */
export function nonNounZipf(word: string): number {
  const i = lookup(word);
  return i >= 0 && (flagsAt(i) & FLAG_NOUN_MASK) === 0 ? zipfAt(i) : -1;
}

export const lexiconSize = size;
