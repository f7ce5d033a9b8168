import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { countSyllables } from '../packages/core/dist/measures/index.js';

// Independent reference: syllable nuclei in espeak-ng's Dutch pronunciation
// (scripts/build-syllable-fixture.mjs).
const rows = readFileSync(new URL('./fixtures/syllables-espeak.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string]);

describe('countSyllables', () => {
  it('has a fixture of at least 1,000 words', () => {
    expect(rows.length).toBeGreaterThanOrEqual(1000);
  });

  it('agrees with espeak-ng on at least 95% of the fixture', () => {
    const agree = rows.filter(([word, n]) => countSyllables(word) === Number(n)).length;
    expect(agree / rows.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['a', 1],
    ['u', 1],
    ['ideeën', 3], // diaeresis starts a syllable
    ['ruïne', 3],
    ['geïnteresseerd', 5],
    ['bijenkorf', 3], // ij is one vowel
    ['ĳs', 1], // ligature
    ['IJsselmeer', 3],
    ['parkeervergunning', 5],
    ['uitkering', 3],
    ["auto's", 2],
    ['zorg-verzekering', 5],
    ['traditionele', 5], // -tio- glides
    ['informatie', 4],
    ['beschikking', 3],
  ])('%s has %i syllables', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });

  it('counts at least one syllable for any word', () => {
    expect(countSyllables('mmm')).toBe(1);
    expect(countSyllables('BSN')).toBe(1);
  });
});
