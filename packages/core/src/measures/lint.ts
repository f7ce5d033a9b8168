// The LiNT-II formula (Pander Maat et al.), per sentence and per document, 0-100,
// higher is harder. Coefficients as published for LiNT-II; the features come from
// analyze.ts. The document score is computed as LiNT-II's reference implementation does
// (checked against its reference outputs): the formula applied to the mean Zipf of all
// content words, the mean of the sentences' max dependency lengths and content words
// per clause, and the share of concrete nouns over all nouns of the text. It is not the
// mean of the sentence scores.
//
// Helder's score, per sentence and per document, is that LiNT-II value plus the
// plain-language correction (PLAIN), through the same function: a sentence is scored as
// a one-sentence text, so a one-sentence letter has one score, not two, and a sentence's
// level feels passives, length and direct address as the letter's level does.

import type { LintLevel } from '../types.js';
import type { SentenceFeatures } from './analyze.js';

export const LINT = {
  intercept: -4.20782,
  zipf: 17.283729,
  dependency: -1.624415,
  contentPerClause: -2.53678,
  concrete: 16.001231,
} as const;

/** LiNT-II's formula alone on given features, clamped to 0-100 (Helder's scores add PLAIN). */
export function lintScore(meanZipf: number, maxDependency: number, contentPerClause: number, concreteShare: number): number {
  return Math.min(100, Math.max(0, 100 - lintEase(meanZipf, maxDependency, contentPerClause, concreteShare)));
}

/** The formula's bracket (higher is easier), unclamped. */
function lintEase(meanZipf: number, maxDependency: number, contentPerClause: number, concreteShare: number): number {
  return (
    LINT.intercept +
    LINT.zipf * meanZipf +
    LINT.dependency * maxDependency +
    LINT.contentPerClause * contentPerClause +
    LINT.concrete * concreteShare
  );
}

/** LiNT-II levels: [0,34) 1, [34,46) 2, [46,58) 3, [58,100] 4. */
export function lintLevel(score: number): LintLevel {
  return score < 34 ? 1 : score < 46 ? 2 : score < 58 ? 3 : 4;
}

/** Mean Zipf of content words; a sentence without any gets the unknown-word value's opposite: easy. */
export function meanZipf(f: SentenceFeatures, fallback: number): number {
  return f.zipfCount > 0 ? f.zipfSum / f.zipfCount : fallback;
}

export function concreteShare(f: SentenceFeatures, fallback: number): number {
  return f.typedNouns > 0 ? f.concreteNouns / f.typedNouns : fallback;
}

export function contentPerClause(f: SentenceFeatures): number {
  return f.contentWords / Math.max(1, f.clauses);
}

export interface DocumentLint {
  /** Helder's document score: LiNT-II's plus the plain-language correction. */
  lint: number;
  /** LiNT-II's document formula alone. */
  lintII: number;
  correction: number;
  meanZipf: number;
  meanMaxDependency: number;
  meanContentPerClause: number;
  concreteShare: number;
}

/** LiNT-II's document score over the given sentences (see file comment), plus the plain-language correction. */
export function documentLint(features: readonly SentenceFeatures[]): DocumentLint {
  let zipfSum = 0;
  let zipfCount = 0;
  let concrete = 0;
  let typed = 0;
  let dep = 0;
  let cpc = 0;
  let words = 0;
  let allZipf = 0;
  let allZipfCount = 0;
  let passives = 0;
  let nominal = 0;
  let latinate = 0;
  let personal = 0;
  for (const f of features) {
    personal += f.personal;
    words += f.words;
    allZipf += f.allZipfSum;
    allZipfCount += f.allZipfCount;
    passives += f.passives;
    nominal += f.nominalizations;
    latinate += f.latinate;
    zipfSum += f.zipfSum;
    zipfCount += f.zipfCount;
    concrete += f.concreteNouns;
    typed += f.typedNouns;
    dep += f.maxDependencyLength;
    cpc += contentPerClause(f);
  }
  const n = Math.max(1, features.length);
  const z = zipfCount > 0 ? zipfSum / zipfCount : DEFAULT_ZIPF;
  const share = typed > 0 ? concrete / typed : DEFAULT_CONCRETE_SHARE;
  const meanMaxDependency = dep / n;
  const meanContentPerClause = cpc / n;
  // Object literals, not a spread of a shared part: cloning an object with
  // floating-point fields takes V8's slow path (a runtime call per check).
  if (!features.length) {
    return { meanZipf: z, meanMaxDependency, meanContentPerClause, concreteShare: share, lint: 0, lintII: 0, correction: 0 };
  }
  const raw = 100 - lintEase(z, meanMaxDependency, meanContentPerClause, share);
  const lintII = Math.min(100, Math.max(0, raw));
  const points = plainCorrection(
    allZipfCount ? personal / allZipfCount : 0,
    words / n,
    passives / n,
    allZipfCount ? nominal / allZipfCount : 0,
    allZipfCount ? allZipf / allZipfCount : DEFAULT_ZIPF,
    allZipfCount ? latinate / allZipfCount : 0,
  );
  return { meanZipf: z, meanMaxDependency, meanContentPerClause, concreteShare: share, lintII, correction: points, lint: softClamp(raw + points) };
}

/**
 * Helder's score of one sentence: the document score of a one-sentence text (same
 * formula, same correction), from its mean Zipf and concrete share (with the sentence's
 * fallbacks already applied); on the hot path, so no document object is built.
 */
export function sentenceLint(f: SentenceFeatures, meanZipf: number, concreteShare: number): number {
  const raw = 100 - lintEase(meanZipf, f.maxDependencyLength, contentPerClause(f), concreteShare);
  const w = f.allZipfCount;
  return softClamp(
    raw +
      plainCorrection(
        w ? f.personal / w : 0,
        f.words,
        f.passives,
        w ? f.nominalizations / w : 0,
        w ? f.allZipfSum / w : DEFAULT_ZIPF,
        w ? f.latinate / w : 0,
      ),
  );
}

/**
 * Keeps a score inside 0-100 without flattening the ends: identity on [10, 90], then an
 * exponential approach to 0 and 100 (continuous, slope 1 at the joins). A hard clamp
 * would rate every very hard text 100, so a rewrite of one would not show as easier.
 */
export function softClamp(x: number): number {
  if (x < 10) return 10 * Math.exp((x - 10) / 10);
  if (x > 90) return 100 - 10 * Math.exp(-(x - 90) / 10);
  return x;
}

/**
 * Plain-language correction of the LiNT-II score. LiNT-II sees sentence length only
 * through clause structure and ignores function words, passives and nominal style; the
 * Dutch plain-language guides (and the Amsterdam complex/simple dev pairs) say all of
 * these make a text harder. Each term is zero at a typical B1 value, so a plain letter
 * keeps its LiNT-II score and only departures move it. Weights were chosen on the
 * Amsterdam dev pairs (scripts/calibrate.mjs) as round values, not fitted to decimals;
 * refitting them on one half of the pairs (by document) did not carry over to the other
 * half, so they stay round.
 */
export const PLAIN = {
  /** points per word of mean sentence length above 12 */
  wordsPerSentence: 1,
  typicalWordsPerSentence: 12,
  /** points per passive per sentence ("wordt/werd ...", and "is/zijn ... vastgesteld": analyze.ts) */
  passive: 20,
  /**
   * points per percent of nominalizations above 5%. Half a point: in a single short
   * sentence one -ing word is already 10-15%, and at a full point per percent that one
   * word outweighed LiNT-II's own view of the sentence (r with LiNT-II's sentence scores
   * 0.915 at 1, 0.927 at 0.5; Amsterdam pairs 76.2% either way).
   */
  nominal: 0.5,
  typicalNominalPercent: 5,
  /** points off per percent of words that address the reader or name the writer, above 5% */
  personal: 1,
  typicalPersonalPercent: 5,
  /**
   * points per percent of Romance loanwords ("kwaliteit", "effectief", "cruciaal",
   * "transformatie": analyze.ts); a B1 letter has almost none (0.3% on the corpus), so
   * the term is zero there. Plain-language rewrites swap them for native words
   * ("prioriteit" -> "voorrang", "perspectief" -> "gezichtspunt") that SUBTLEX-NL, a
   * subtitle corpus, often rates rarer, so the Zipf mean alone calls the rewrite harder.
   * Amsterdam pairs 78.1% -> 79.2% (halves 77.2/79.0 -> 77.6/80.7), one-sentence pairs
   * 74.9% -> 76.0%; the same at 0.3-0.7 points, r with LiNT-II unchanged (0.927).
   */
  latinate: 0.5,
  /** points per Zipf unit of all words (function words too) below 5.5 */
  allZipf: 10,
  typicalAllZipf: 5.5,
} as const;

/** The correction in points (positive: harder); each term zero at its typical B1 value. */
export function plainCorrection(
  personalShare: number,
  wordsPerSentence: number,
  passivesPerSentence: number,
  nominalShare: number,
  meanZipfAll: number,
  latinateShare: number,
): number {
  return (
    PLAIN.wordsPerSentence * (wordsPerSentence - PLAIN.typicalWordsPerSentence) +
    PLAIN.passive * passivesPerSentence +
    PLAIN.nominal * (100 * nominalShare - PLAIN.typicalNominalPercent) +
    PLAIN.allZipf * (PLAIN.typicalAllZipf - meanZipfAll) +
    PLAIN.latinate * 100 * latinateShare -
    PLAIN.personal * (100 * personalShare - PLAIN.typicalPersonalPercent)
  );
}

/**
 * Fallbacks when a text or sentence has no content word / no typed noun. LiNT-II itself
 * gives no score then; Helder needs a number, so it assumes a common word (Zipf 5) and
 * the concrete share of a typical letter (0.3).
 */
export const DEFAULT_ZIPF = 5;
export const DEFAULT_CONCRETE_SHARE = 0.3;
