import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseLetter } from '../packages/core/dist/parse/index.js';
import { measureDoc, summarize } from '../packages/core/dist/measures/index.js';
import { lintScore, lintLevel } from '../packages/core/dist/measures/lint.js';
import { fleschDouma, brouwer, lix } from '../packages/core/dist/measures/formulas.js';

interface RefSentence {
  word_features: Array<{ text: string }>;
  lint_score: number | null;
  mean_log_word_frequency: number | null;
  max_sdl: number | null;
  content_words_per_clause: number | null;
  proportion_of_concrete_nouns: number | null;
}
interface Ref {
  sentences: RefSentence[];
  document_lint_score: number;
}

const refs = ['reference-level1.json', 'reference-level3.json'].map(
  (name) => JSON.parse(readFileSync(new URL(`./fixtures/lint-ii/${name}`, import.meta.url), 'utf8')) as Ref,
);

// LiNT-II's tokens are lower-cased; rebuild readable sentences from them.
function sentenceText(s: RefSentence): string {
  let out = '';
  for (const { text } of s.word_features) {
    if (/^[.,!?;:)…]$/.test(text) || out === '' || out.endsWith('(')) out += text;
    else out += ' ' + text;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function measure(text: string) {
  const doc = parseLetter(text);
  const measures = measureDoc(doc);
  return { doc, measures, summary: summarize(doc, measures) };
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('LiNT-II formula', () => {
  it('reproduces LiNT-II sentence scores from its own features', () => {
    let checked = 0;
    for (const ref of refs) {
      for (const s of ref.sentences) {
        if (s.lint_score === null) continue;
        const score = lintScore(s.mean_log_word_frequency!, s.max_sdl!, s.content_words_per_clause!, s.proportion_of_concrete_nouns!);
        expect(score).toBeCloseTo(s.lint_score, 6);
        checked++;
      }
    }
    expect(checked).toBe(30);
  });

  it.each([
    [0, 1],
    [33.9, 1],
    [34, 2],
    [45.9, 2],
    [46, 3],
    [57.9, 3],
    [58, 4],
    [100, 4],
  ])('score %d is level %d', (score, level) => {
    expect(lintLevel(score)).toBe(level);
  });

  it('clamps to 0-100', () => {
    expect(lintScore(8, 0, 0, 1)).toBe(0);
    expect(lintScore(0, 30, 20, 0)).toBe(100);
  });
});

describe('Helder LiNT estimate against LiNT-II reference outputs', () => {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const ref of refs) {
    for (const s of ref.sentences) {
      if (s.lint_score === null) continue;
      const { measures, summary } = measure(sentenceText(s));
      ours.push(measures.sentences.length === 1 ? measures.sentences[0]!.lint : summary.readability.lint);
      theirs.push(s.lint_score);
    }
  }

  it('correlates with LiNT-II per sentence (Pearson r >= 0.92, with the plain-language correction)', () => {
    // 0.927 when calibrated (scripts/calibrate.mjs); LiNT-II's formula alone on Helder's
    // features reaches 0.947, the correction costs a little agreement for plain language.
    expect(ours.length).toBe(30);
    expect(pearson(ours, theirs)).toBeGreaterThanOrEqual(0.92);
  });

  it('orders the documents as LiNT-II does', () => {
    const [easy, hard] = refs.map((ref) => measure(ref.sentences.map(sentenceText).join(' ')).summary.readability);
    expect(refs[0]!.document_lint_score).toBeLessThan(refs[1]!.document_lint_score);
    expect(easy!.lint).toBeLessThan(hard!.lint);
    expect(easy!.level).toBe(1);
    expect(hard!.level).toBeGreaterThanOrEqual(3);
  });
});

describe('classic formulas', () => {
  const counts = { words: 100, sentences: 10, syllables: 150, longLetterWords: 20 };
  it('Flesch-Douma', () => {
    expect(fleschDouma(counts)).toBeCloseTo(206.84 - 0.77 * 150 - 0.93 * 10, 6);
  });
  it('Brouwer', () => {
    expect(brouwer(counts)).toBeCloseTo(195 - (2 / 3) * 150 - 2 * 10, 6);
  });
  it('LIX', () => {
    expect(lix(counts)).toBeCloseTo(10 + 20, 6);
  });
  it('gives 0 for an empty text instead of NaN', () => {
    const empty = { words: 0, sentences: 0, syllables: 0, longLetterWords: 0 };
    expect([fleschDouma(empty), brouwer(empty), lix(empty)]).toEqual([0, 0, 0]);
  });
});

describe('document readability', () => {
  it('rates a plain letter easier than its official version', () => {
    const official = measure(
      'Naar aanleiding van uw verzoek d.d. 12 mei jongstleden delen wij u mede dat de aanvraag voor een parkeervergunning, gelet op de beschikbare parkeercapaciteit in het betreffende gebied, niet in behandeling kan worden genomen. Tegen dit besluit kan binnen zes weken na dagtekening bezwaar worden aangetekend.',
    ).summary.readability;
    const plain = measure(
      'U vroeg op 12 mei om een parkeervergunning. U krijgt de vergunning niet. In uw straat zijn te weinig parkeerplaatsen. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.',
    ).summary.readability;
    expect(plain.lint).toBeLessThan(official.lint);
    expect(plain.fleschDouma).toBeGreaterThan(official.fleschDouma);
    expect(plain.brouwer).toBeGreaterThan(official.brouwer);
    expect(plain.lix).toBeLessThan(official.lix);
    expect(['A2', 'B1']).toContain(plain.cefr.level);
    expect(['B2', 'C1']).toContain(official.cefr.level);
    expect(plain.cefr.basis).toMatch(/LiNT-score/);
  });

  it('gives numbers, not NaN, for empty input', () => {
    const r = measure('').summary;
    expect(r.stats.words).toBe(0);
    expect(Number.isFinite(r.readability.lint)).toBe(true);
    expect(Number.isFinite(r.readability.fleschDouma)).toBe(true);
  });
});
