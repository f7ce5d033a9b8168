// Measures step: per-word syllables, frequency and concreteness, per-sentence and
// document readability.
// NOTE: first cut; the measures work (issue 2, item 4) replaces the internals.

import type { Plugin } from 'unified';
import type { Root } from 'nlcst';
import type { DocMeasures, LetterDoc, SentenceMeasures } from '../doc.js';
import type { LintLevel, Readability, SentenceReport, Stats } from '../types.js';

function syllablesOf(word: string): number {
  const groups = word.toLowerCase().match(/(ij|[aeiouyàáâäèéêëìíîïòóôöùúûü])+/g);
  return Math.max(1, groups?.length ?? 1);
}

export function lintLevel(score: number): LintLevel {
  return score < 34 ? 1 : score < 46 ? 2 : score < 58 ? 3 : 4;
}

export const helderMeasures: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const doc = file.data.helder?.doc;
    if (!doc) throw new Error('helderMeasures: run helderDutch first');
    const sentences: SentenceMeasures[] = [];
    for (const s of doc.sentences) {
      let syllables = 0;
      for (const w of s.words) {
        w.syllables = syllablesOf(w.value);
        syllables += w.syllables;
      }
      const lint = Math.max(0, Math.min(100, s.words.length * 2));
      sentences.push({
        words: s.words.length,
        syllables,
        contentWords: 0,
        clauses: 1,
        maxDependencyLength: 0,
        meanContentZipf: 0,
        concreteShare: 0,
        lint,
        level: lintLevel(lint),
      });
    }
    const measures: DocMeasures = { sentences };
    file.data.helder = { ...file.data.helder, measures };
  };
};

export function summarize(doc: LetterDoc, measures: DocMeasures): {
  stats: Stats;
  readability: Readability;
  sentences: SentenceReport[];
} {
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  let longLetters = 0;
  for (const s of doc.sentences) {
    for (const w of s.words) {
      words++;
      syllables += w.syllables ?? 1;
      if ((w.syllables ?? 1) > 3) longWords++;
      if (w.value.length > 6) longLetters++;
    }
  }
  const sentenceCount = Math.max(1, doc.sentences.length);
  const wps = words / sentenceCount;
  const sp100 = words ? (syllables / words) * 100 : 0;
  const lint = measures.sentences.length
    ? measures.sentences.reduce((a, s) => a + s.lint, 0) / measures.sentences.length
    : 0;
  return {
    stats: {
      characters: doc.text.length,
      words,
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
      syllables,
      longWords,
    },
    readability: {
      lint,
      level: lintLevel(lint),
      fleschDouma: 206.84 - 0.77 * sp100 - 0.93 * wps,
      brouwer: 195 - (2 / 3) * sp100 - 2 * wps,
      lix: wps + (words ? (100 * longLetters) / words : 0),
      cefr: { level: 'B1', basis: 'Voorlopige indicatie.' },
    },
    sentences: doc.sentences.map((s, i) => ({
      start: s.start,
      end: s.end,
      words: s.words.length,
      lint: measures.sentences[i]!.lint,
      level: measures.sentences[i]!.level,
      block: s.block,
    })),
  };
}
