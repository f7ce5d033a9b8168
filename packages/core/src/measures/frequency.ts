// Word frequency (Zipf, SUBTLEX-NL) and noun type for one lower-case form, with a
// compound fallback: Dutch writes compounds as one word, so most words a letter uses
// that SUBTLEX-NL lacks are compounds of words it has ("parkeerontheffing"). LiNT-II
// scores a listed compound noun by its head; an unlisted one is split here into known
// parts and scored the same way.

import { lookup, zipfAt, flagsAt, FLAG_NOUN_MASK, UNKNOWN_ZIPF } from './lexicon.js';

export interface WordInfo {
  /** In the lexicon itself, or as a compound of known parts. */
  known: boolean;
  /** Zipf (1 decimal), or null when unknown. */
  zipf: number | null;
  /**
   * Value for the LiNT-II mean: the listed Zipf, or LiNT-II's zero-count value for a
   * form SUBTLEX-NL lacks, even when the compound split found a Zipf for it. LiNT-II
   * does not split compounds, and Helder's score follows LiNT-II (split compounds
   * lowered the agreement with its reference scores from r 0.91 to 0.88).
   */
  lintZipf: number;
  flags: number;
  /** 0 not a listed noun, 1 concrete, 2 abstract, 3 both (undefined). */
  nounType: number;
}

const MIN_PART = 3;
// Linking sounds between compound parts: "levensloop", "bijstandsuitkering", "ziektekosten".
const LINKS = ['s', 'e', 'en', 'er'];

function entry(i: number, known = true): WordInfo {
  const z = zipfAt(i);
  const flags = flagsAt(i);
  return { known, zipf: z > 0 ? z : null, lintZipf: z > 0 ? z : UNKNOWN_ZIPF, flags, nounType: flags & FLAG_NOUN_MASK };
}

const UNKNOWN: WordInfo = Object.freeze({ known: false, zipf: null, lintZipf: UNKNOWN_ZIPF, flags: 0, nounType: 0 });

function isKnownPart(part: string): boolean {
  if (part.length < MIN_PART) return false;
  const i = lookup(part);
  return i >= 0 && zipfAt(i) >= 2;
}

function modifierKnown(modifier: string, depth: number): boolean {
  if (isKnownPart(modifier)) return true;
  for (const link of LINKS) {
    if (modifier.length - link.length >= MIN_PART && modifier.endsWith(link)) {
      const bare = modifier.slice(0, -link.length);
      if (isKnownPart(bare) || (depth > 0 && splitsInto(bare, depth - 1))) return true;
    }
  }
  // A modifier may itself be a compound ("parkeer" + "ontheffings" + "aanvraag").
  return depth > 0 && splitsInto(modifier, depth - 1);
}

/** Whether a word is a sequence of known parts (up to depth + 2 parts). */
function splitsInto(word: string, depth: number): boolean {
  for (let k = MIN_PART; k <= word.length - MIN_PART; k++) {
    if (isKnownPart(word.slice(k)) && modifierKnown(word.slice(0, k), depth)) return true;
  }
  return false;
}

/** Longest known head whose modifier is known too; the head decides type and frequency. */
function compound(word: string): WordInfo | null {
  // Splitting is quadratic in length; real compounds are far below the limit.
  if (word.length < 2 * MIN_PART + 1 || word.length > 48 || word.includes('-')) return null;
  for (let k = MIN_PART; k <= word.length - MIN_PART - 1; k++) {
    const head = word.slice(k);
    const i = lookup(head);
    if (i < 0 || zipfAt(i) < 2) continue;
    if (modifierKnown(word.slice(0, k), 1)) return entry(i);
  }
  return null;
}

/**
 * The listed base of an inflected adjective or participle (-e) that SUBTLEX-NL lacks:
 * "inclusieve" -> inclusief, "middeldure" -> middelduur, "gewerkte" -> gewerkt, "vette"
 * -> vet; -1 if none. A reader who knows the base knows the inflected form.
 */
function inflectionBase(lower: string): number {
  if (lower.length < 5 || !lower.endsWith('e')) return -1;
  const stem = lower.slice(0, -1);
  const n = stem.length;
  const candidates = [stem];
  const last = stem[n - 1]!;
  if (last === 'v') candidates.push(stem.slice(0, -1) + 'f');
  if (last === 'z') candidates.push(stem.slice(0, -1) + 's');
  // an open syllable writes a long vowel single: dure -> duur
  const v = stem[n - 2]!;
  if ('aeou'.includes(v) && !'aeiou'.includes(stem[n - 3] ?? 'a') && !'aeiou'.includes(last)) candidates.push(stem.slice(0, -1) + v + (last === 'v' ? 'f' : last === 'z' ? 's' : last));
  // a short vowel doubles the consonant: vette -> vet
  if (last === stem[n - 2]) candidates.push(stem.slice(0, -1));
  for (const c of candidates) {
    const i = lookup(c);
    if (i >= 0 && zipfAt(i) >= 2) return i;
  }
  return -1;
}

const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 50_000;

export function wordInfo(lower: string): WordInfo {
  let info = cache.get(lower);
  if (info) return info;
  info = wordInfoAt(lower, lookup(lower));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, info);
  return info;
}

/**
 * wordInfo without its memo, given `i` = lookup(lower): for a caller that memoizes per
 * form itself (analyze.ts's newForm) and has looked the form up already; a second memo
 * and a second binary search are most of what a new form costs here.
 */
export function wordInfoAt(lower: string, i: number): WordInfo {
  let info: WordInfo;
  if (i >= 0 && zipfAt(i) > 0) info = entry(i);
  else {
    const parts = lower.includes('-') ? lower.split('-').filter(Boolean) : null;
    // "zorg-verzekering", "e-mail": a hyphenated compound counts by its last part.
    const viaHyphen = parts && parts.length > 1 ? lookup(parts[parts.length - 1]!) : -1;
    const fromCompound = viaHyphen >= 0 ? entry(viaHyphen) : compound(lower);
    if (i >= 0) {
      // Listed (noun type, flags) but without its own frequency.
      const own = entry(i);
      info = fromCompound ? { ...own, zipf: fromCompound.zipf } : own;
    } else if (fromCompound) info = { ...fromCompound, lintZipf: UNKNOWN_ZIPF };
    else {
      // An inflected adjective or participle SUBTLEX-NL lacks is as familiar as its base.
      // (Not a noun: "vette" is not the noun "vet".)
      const base = inflectionBase(lower);
      if (base >= 0) {
        const e = entry(base);
        info = { ...e, flags: e.flags & ~FLAG_NOUN_MASK, nounType: 0 };
      } else info = UNKNOWN;
    }
  }
  return info;
}
