// The fast paths a new word form takes (analyze.ts's newForm) must give what the slower,
// memoized calls give: syllablesOf/wordInfoAt with the form's lexicon index already
// found, and chunksOf's shortcut for plain a-z words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconSize, lookup } from '../packages/core/dist/measures/lexicon.js';
import { chunksOf, isPlainLower } from '../packages/core/dist/measures/syllable-rules.js';
import { countSyllables, syllablesOf } from '../packages/core/dist/measures/syllables.js';
import { wordInfo, wordInfoAt } from '../packages/core/dist/measures/frequency.js';

const forms = readFileSync(new URL('../packages/core/data/lexicon.txt', import.meta.url), 'utf8').split('\n').slice(0, lexiconSize);

/** Lexicon forms, and words it lacks: compounds, inflections, names, codes, odd spellings. */
function probes(): string[] {
  const out: string[] = [];
  for (let i = 0; i < forms.length; i += 37) out.push(forms[i]!);
  for (let i = 0; i < forms.length; i += 401) {
    const f = forms[i]!;
    const g = forms[(i * 7919) % forms.length]!;
    out.push(f + g, f + 's' + g, f + 'e', f + 'en', f.slice(1), f + "'s", f + '-' + g, f.toUpperCase());
  }
  out.push('', 'a', 'u', 'parkeerontheffingsaanvraag', 'bijstandsuitkering', "auto's", 'zorg-verzekering', 'e-mail', 'ĳs', 'Ĳssel', 'café', 'ziektekosten', 'xq', 'bcdfg', 'inclusieve', 'middeldure', 'a'.repeat(60), 'ab-', "'t", 'naïef');
  return out;
}

function chunksSlow(word: string): string[] {
  return word.toLowerCase().replace(/ĳ/g, 'ij').split(/[-'’]+/).filter(Boolean);
}

describe('first sight of a word form: fast paths agree with the memoized ones', () => {
  const words = probes();

  it('chunksOf: a plain a-z word is its own only chunk, as the full fold-and-split gives', () => {
    for (const w of words) expect(chunksOf(w), w).toEqual(chunksSlow(w));
    expect(isPlainLower('')).toBe(false);
    expect(isPlainLower('abc')).toBe(true);
    expect(isPlainLower('Abc')).toBe(false);
  });

  it('syllablesOf with the lexicon index equals countSyllables', () => {
    for (const w of words) {
      const lower = w.toLowerCase();
      expect(syllablesOf(lower, lookup(lower)), lower).toBe(countSyllables(lower));
      expect(syllablesOf(w), w).toBe(countSyllables(w));
    }
  });

  it('wordInfoAt with the lexicon index equals wordInfo', () => {
    for (const w of words) {
      const lower = w.toLowerCase();
      expect(wordInfoAt(lower, lookup(lower)), lower).toEqual(wordInfo(lower));
    }
  });
});
