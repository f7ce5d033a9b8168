// The lexicon's lookup is a binary search over the sorted forms (lexicon.ts): it must find
// every form at its own index, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconSize, lookup } from '../packages/core/dist/measures/lexicon.js';

const forms = readFileSync(new URL('../packages/core/data/lexicon.txt', import.meta.url), 'utf8').split('\n');

describe('lexicon lookup', () => {
  it('finds every form of the lexicon at its own index', () => {
    expect(forms.length).toBeGreaterThanOrEqual(lexiconSize);
    let wrong = 0;
    for (let i = 0; i < lexiconSize; i++) if (lookup(forms[i]!) !== i) wrong++;
    expect(wrong).toBe(0);
  });

  it('finds no form that is not listed: neighbours, prefixes, one-letter and non-ASCII queries', () => {
    const listed = new Set(forms.slice(0, lexiconSize));
    const probes = ['', 'a', 'z', 'é', 'ĳ', '\u00ff', 'zzzzzz', 'aanvraagx', 'xq', '0', 'straße', 'café\u0301', '\ud800'];
    for (let i = 0; i < lexiconSize; i += 97) {
      const f = forms[i]!;
      probes.push(f + 'q', f.slice(0, -1), f.slice(1), f.toUpperCase());
    }
    for (const p of probes) expect(lookup(p) >= 0, p).toBe(listed.has(p));
  });
});
