// Measures step: per-word syllables, frequency and concreteness, per-sentence and
// document readability. The plugin writes them onto the LetterDoc's tokens and
// `file.data.helder.measures`; summarize() turns them into the Report's parts.
//
// Which sentences count for readability: only running text (blocks `paragraph` and
// `listItem`). Headings, address blocks, salutations, closings and subject lines are
// short fragments that would make any letter look easy (or, for addresses full of
// names, hard); their sentences still get their own scores in `sentences`.

import type { Plugin } from 'unified';
import type { Root } from 'nlcst';
import type { DocMeasures, LetterDoc, Sentence, SentenceMeasures } from '../doc.js';
import type { BlockKind, Readability, SentenceReport, Stats } from '../types.js';
import { analyzeSentence, type SentenceFeatures } from './analyze.js';
import {
  DEFAULT_CONCRETE_SHARE,
  DEFAULT_ZIPF,
  concreteShare,
  documentLint,
  lintLevel,
  meanZipf,
  sentenceLint,
} from './lint.js';
import { brouwer, fleschDouma, lix, round1 } from './formulas.js';
import { cefrIndication } from './cefr.js';

export { lintLevel } from './lint.js';
export { countSyllables } from './syllables.js';

const PROSE: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'listItem']);

/** Running text: the sentences readability is computed over. */
export function isProse(sentence: Sentence): boolean {
  return PROSE.has(sentence.block) && sentence.words.length > 0;
}

// Feature sums per sentence, kept beside the public measures so summarize() can compute
// LiNT-II's document score (pooled, not a mean of sentence scores).
// Kept in a private field, so enumeration, JSON and equality checks see only `sentences`;
// not in a WeakMap (an entry per check cost about a microsecond plus collector work), nor
// under a non-enumerable symbol (Object.defineProperty cost ~0.3 us per check).
class MeasuredDoc implements DocMeasures {
  readonly #features: SentenceFeatures[];

  constructor(
    public sentences: SentenceMeasures[],
    features: SentenceFeatures[],
  ) {
    this.#features = features;
  }

  static featuresOf(measures: DocMeasures): SentenceFeatures[] | undefined {
    return #features in measures ? (measures as MeasuredDoc).#features : undefined;
  }
}

function featuresOf(measures: DocMeasures): SentenceFeatures[] | undefined {
  return MeasuredDoc.featuresOf(measures);
}

/** Measures every sentence of the LetterDoc in place. */
export function measureDoc(doc: LetterDoc): DocMeasures {
  const all = doc.sentences;
  const features: SentenceFeatures[] = [];
  // A sentence without typed nouns borrows the concrete share of the whole text.
  let concrete = 0;
  let typed = 0;
  for (let i = 0; i < all.length; i++) {
    const f = analyzeSentence(all[i]!);
    features.push(f);
    concrete += f.concreteNouns;
    typed += f.typedNouns;
  }
  const docShare = typed > 0 ? concrete / typed : DEFAULT_CONCRETE_SHARE;
  const sentences: SentenceMeasures[] = [];
  for (let i = 0; i < features.length; i++) sentences.push(sentenceMeasures(features[i]!, docShare));
  return new MeasuredDoc(sentences, features);
}

function sentenceMeasures(f: SentenceFeatures, docShare: number): SentenceMeasures {
  const z = meanZipf(f, DEFAULT_ZIPF);
  const share = concreteShare(f, docShare);
  // Scored as a one-sentence text: LiNT-II plus the plain-language correction (lint.ts).
  const lint = round1(sentenceLint(f, z, share));
  return {
    words: f.words,
    syllables: f.syllables,
    contentWords: f.contentWords,
    clauses: f.clauses,
    maxDependencyLength: f.maxDependencyLength,
    meanContentZipf: round1(z * 10) / 10,
    concreteShare: Math.round(share * 100) / 100,
    lint,
    level: lintLevel(lint),
  };
}

/** The measures plugin: run after helderDutch (needs the LetterDoc). */
export const helderMeasures: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const doc = file.data.helder?.doc;
    if (!doc) throw new Error('helderMeasures: run helderDutch first');
    file.data.helder = { ...file.data.helder, measures: measureDoc(doc) };
  };
};

/** Word counts the classic formulas read (formulas.ts), over the sentences readability counts. */
interface Counted {
  words: number;
  sentences: number;
  syllables: number;
  longLetterWords: number;
  longWords: number;
}

function addCounts(c: Counted, f: SentenceFeatures): void {
  c.sentences++;
  c.words += f.words;
  c.syllables += f.syllables;
  c.longLetterWords += f.longLetterWords;
  c.longWords += f.longWords;
}

export function summarize(
  doc: LetterDoc,
  measures: DocMeasures,
): {
  stats: Stats;
  readability: Readability;
  sentences: SentenceReport[];
} {
  const all = doc.sentences;
  const features = featuresOf(measures) ?? all.map(analyzeSentence);
  // One pass for the whole text's stats and the running text's counts (see file comment);
  // word, syllable and long-word counts come from the sentence features (analyze.ts),
  // counted while the measures visit each word token, so no word is read again here.
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  const c: Counted = { words: 0, sentences: 0, syllables: 0, longLetterWords: 0, longWords: 0 };
  let picked: SentenceFeatures[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    const f = features[i]!;
    words += f.words;
    syllables += f.syllables;
    longWords += f.longWords;
    if (isProse(s)) {
      addCounts(c, f);
      picked.push(features[s.index]!);
    }
  }
  // A letter that is all fragments falls back to every sentence with words.
  if (c.sentences === 0) {
    picked = [];
    for (let i = 0; i < all.length; i++) {
      const s = all[i]!;
      if (s.words.length === 0) continue;
      addCounts(c, features[i]!);
      picked.push(features[s.index]!);
    }
  }
  const docLint = documentLint(picked);
  const lint = round1(docLint.lint);
  const wps = c.sentences ? c.words / c.sentences : 0;

  const sentences: SentenceReport[] = [];
  const scored = measures.sentences;
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    const m = scored[i]!;
    sentences.push({ start: s.start, end: s.end, words: s.words.length, lint: m.lint, level: m.level, block: s.block });
  }

  return {
    stats: {
      characters: doc.text.length,
      words,
      sentences: all.length,
      paragraphs: doc.paragraphs.length,
      syllables,
      longWords,
    },
    readability: {
      lint,
      level: lintLevel(lint),
      fleschDouma: round1(fleschDouma(c)),
      brouwer: round1(brouwer(c)),
      lix: round1(lix(c)),
      cefr: cefrIndication({ lint, wordsPerSentence: wps, longWordShare: c.words ? c.longWords / c.words : 0, words: c.words }),
    },
    sentences,
  };
}
