// Kind `metric`: a measure over a unit (word, sentence, paragraph, document) with a
// min and/or max bound. Measures come from the measures step (Token.syllables/zipf,
// SentenceMeasures); `subclauses` is counted here from surface cues.

import type { DocMeasures, LetterDoc, Sentence, Token } from '../../doc.js';
import type { Finding } from '../../report.js';
import type { MetricUnit } from '../types.js';
import { singularsOf } from '../inflect.js';
import { nounZipf } from '../../measures/lexicon.js';

export const MEASURES: Record<MetricUnit, readonly string[]> = {
  word: ['letters', 'syllables', 'zipf'],
  sentence: ['words', 'syllables', 'letters', 'lint', 'clauses', 'subclauses', 'contentWords'],
  paragraph: ['words', 'sentences'],
  document: ['words', 'sentences', 'paragraphs'],
};

export interface MetricSpec {
  unit: MetricUnit;
  measure: string;
  min?: number;
  max?: number;
  /** Blocks the unit is measured in (default: paragraph and list item text). */
  blocks: Set<string>;
  /** word unit: skip capitalised words that are not first in the sentence (names). */
  skipNames: boolean;
  /** word unit: skip words shorter than this. */
  minLetters: number;
  /** word unit: report a word only at its first occurrence in the letter. */
  once: boolean;
}

// Conjunctions and relative words that open a subordinate clause without doubt.
const SUBORDINATORS = new Set([
  'omdat', 'doordat', 'zodat', 'terwijl', 'nadat', 'voordat', 'hoewel', 'tenzij', 'zodra',
  'totdat', 'indien', 'mits', 'opdat', 'aangezien', 'waardoor', 'waarin', 'waarop',
  'waarmee', 'waarvoor', 'waarover', 'waarbij', 'waarna', 'waaruit', 'waarvan', 'welke',
  'wanneer', 'ofschoon', 'alvorens', 'wat', 'dat', 'die', 'als', 'of', 'waar',
]);
// Ambiguous ones (dat/die/als/of/wat/waar/wanneer) only count right after a comma, and
// "als" also as the first word: elsewhere they are often a pronoun, a question word or
// "as". "zoals" is left out: "zoals de afwas" is no clause.
const AMBIGUOUS = new Set(['dat', 'die', 'als', 'of', 'wat', 'waar', 'wanneer', 'welke']);

export function countSubclauses(tokens: readonly Token[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !SUBORDINATORS.has(t.lower)) continue;
    if (AMBIGUOUS.has(t.lower)) {
      const prev = tokens[i - 1];
      const atStart = t.lower === 'als' && (i === 0 || tokens.slice(0, i).every((x) => x.kind === 'punctuation'));
      if (!atStart && !(prev && prev.kind === 'punctuation' && prev.value === ',')) continue;
      // "dat" after a comma followed by a noun-like word still opens a clause; "die" too.
    }
    n++;
  }
  return n;
}

const NON_LETTER = /[^\p{L}]/gu;
// Made once: a regular expression literal in a loop is a new object per evaluation.
const UPPER_FIRST = /^\p{Lu}/u;
const DIGIT = /\d/;

function letters(t: Token): number {
  return t.lower.replace(NON_LETTER, '').length;
}

function syllables(t: Token): number {
  if (t.syllables) return t.syllables;
  return Math.max(1, t.lower.match(/(ij|[aeiouyàáâäèéêëìíîïòóôöùúûü])+/g)?.length ?? 1);
}

function sentenceValue(s: Sentence, measure: string, measures: DocMeasures): number | undefined {
  const m = measures.sentences[s.index];
  switch (measure) {
    case 'words':
      return s.words.length;
    case 'syllables':
      return s.words.reduce((a, w) => a + syllables(w), 0);
    case 'letters':
      return s.words.reduce((a, w) => a + letters(w), 0);
    case 'subclauses':
      return countSubclauses(s.tokens);
    case 'lint':
      return m?.lint;
    case 'clauses':
      return m?.clauses;
    case 'contentWords':
      return m?.contentWords;
  }
  return undefined;
}

function wordValue(t: Token, measure: string): number | undefined {
  switch (measure) {
    case 'letters':
      return letters(t);
    case 'syllables':
      return syllables(t);
    case 'zipf':
      return t.zipf ?? undefined;
  }
  return undefined;
}

/**
 * The Zipf of the singular of a plural noun ("toeslagen" -> "toeslag", "kavels" -> "kavel",
 * "straten" -> "straat", "bussen" -> "bus"), or -1. SUBTLEX-NL counts every form apart, and
 * subtitles use many plurals rarely: "toeslagen" is 1.8 there, "toeslag" 2.5. A reader who
 * knows the word knows its plural, so a word is as rare as its singular (asked only for
 * words below a bound, so it costs nothing on ordinary words).
 */
function singularZipf(w: string): number {
  for (const singular of singularsOf(w)) {
    const z = nounZipf(singular);
    if (z >= 0) return z;
  }
  return -1;
}

function outside(value: number, spec: MetricSpec): boolean {
  return (spec.max !== undefined && value > spec.max) || (spec.min !== undefined && value < spec.min);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function data(value: number, spec: MetricSpec): Record<string, number> {
  const d: Record<string, number> = { value: round(value) };
  if (spec.max !== undefined) d.max = spec.max;
  if (spec.min !== undefined) d.min = spec.min;
  return d;
}

// Blocks whose capitalised words are names even first on their line (Linde de Vries).
const NAME_BLOCKS = new Set(['address', 'closing', 'salutation']);

/**
 * Lower-cased words the letter writes with a capital where a capital means a name: not
 * first in their sentence anywhere, or anywhere in the address, salutation and signature.
 */
function namesIn(doc: LetterDoc): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    let first = !NAME_BLOCKS.has(s.block);
    for (const t of s.tokens) {
      if (t.kind === 'punctuation') continue;
      if (!first && t.kind === 'word' && UPPER_FIRST.test(t.value)) names.add(t.lower);
      first = false;
    }
  }
  return names;
}

/** The number of words in the sentences with these indexes. */
function wordsIn(doc: LetterDoc, sentences: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < sentences.length; k++) n += doc.sentences[sentences[k]!]!.words.length;
  return n;
}

export function runMetric(spec: MetricSpec, doc: LetterDoc, measures: DocMeasures, emit: (f: Finding) => void): void {
  if (spec.unit === 'word') {
    const seen = new Set<string>();
    let names: Set<string> | undefined;
    for (const s of doc.sentences) {
      if (!spec.blocks.has(s.block)) continue;
      for (let i = 0; i < s.tokens.length; i++) {
        const t = s.tokens[i]!;
        if (t.kind !== 'word' || t.lower.length < spec.minLetters) continue;
        // Measure first: most words are within bounds, so the filters below rarely run.
        const v = wordValue(t, spec.measure);
        if (v === undefined || !outside(v, spec)) continue;
        if (spec.measure === 'zipf' && !outside(Math.max(v, singularZipf(t.lower)), spec)) continue;
        if (DIGIT.test(t.value) || letters(t) < spec.minLetters) continue;
        if (spec.skipNames && UPPER_FIRST.test(t.value)) {
          if (s.tokens.slice(0, i).some((x) => x.kind !== 'punctuation')) continue;
          // First in its sentence, so the capital proves nothing: still a name when the
          // letter writes it with a capital elsewhere ("Linde" in the signature), or when
          // a capitalised word follows ("Linde Bakker belt u").
          const after = s.tokens[i + 1];
          if (after && after.kind === 'word' && UPPER_FIRST.test(after.value)) continue;
          if ((names ??= namesIn(doc)).has(t.lower)) continue;
        }
        // Part of a hyphenated compound: measured as a whole elsewhere, skip the parts.
        const prev = s.tokens[i - 1];
        const next = s.tokens[i + 1];
        if ((prev && prev.end === t.start && prev.value === '-') || (next && next.start === t.end && next.value === '-')) continue;
        if (spec.once) {
          if (seen.has(t.lower)) continue;
          seen.add(t.lower);
        }
        emit({ start: t.start, end: t.end, data: data(v, spec) });
      }
    }
    return;
  }
  if (spec.unit === 'sentence') {
    for (const s of doc.sentences) {
      if (!spec.blocks.has(s.block) || s.words.length === 0) continue;
      const v = sentenceValue(s, spec.measure, measures);
      if (v !== undefined && outside(v, spec)) emit({ start: s.start, end: s.end, data: data(v, spec) });
    }
    return;
  }
  if (spec.unit === 'paragraph') {
    for (const p of doc.paragraphs) {
      if (!spec.blocks.has(p.block) || p.sentences.length === 0) continue;
      const v = spec.measure === 'sentences' ? p.sentences.length : wordsIn(doc, p.sentences);
      if (outside(v, spec)) emit({ start: p.start, end: p.end, data: data(v, spec) });
    }
    return;
  }
  const words = doc.sentences.reduce((a, s) => a + s.words.length, 0);
  const v = spec.measure === 'words' ? words : spec.measure === 'sentences' ? doc.sentences.length : doc.paragraphs.length;
  const first = doc.paragraphs[0];
  if (first && outside(v, spec)) emit({ start: first.start, end: first.end, data: data(v, spec) });
}
