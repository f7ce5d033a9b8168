// The embedded word rules are compiled lazily from a build-time index (rules/word-index.ts,
// kinds/words.ts compileIndexed): a key's Candidates are made when a word with that key is
// first seen. They must be exactly what compiling every form up front (compileAll, still
// used for a config's own rules) makes: the same forms, in the same order, with the same
// `shared` counts, phrase pairs and compound heads.
import { describe, expect, it } from 'vitest';
import { compileAll, compileWords, entryFor, compoundHead, headsEndingLike } from '../packages/core/dist/rules/kinds/words.js';
import { resolveRules } from '../packages/core/dist/rules/config.js';
import { ruleDefs, presetDefs, wordIndex } from '../packages/core/dist/rules/embedded.js';

type Matcher = ReturnType<typeof compileAll>;
type Cand = NonNullable<NonNullable<ReturnType<typeof entryFor>>['single']>[number];

const plain = (c: Cand) => ({ rule: c.rule, word: c.entry.word, entry: c.entry, words: c.words, slot: c.slot, also: c.also, message: c.message, shared: c.shared });

/** An entry with its phrase pairs keyed by the second word's key (the numbers are ids of each matcher). */
function describeEntry(m: Matcher, key: string) {
  const entry = entryFor(m, key);
  if (!entry) return undefined;
  const secondKey = new Map([...m.pairSeconds].map(([k, n]) => [n, k]));
  const pairs = entry.pairs ? Object.fromEntries([...entry.pairs].map(([n, list]) => [secondKey.get(n), list.map(plain)])) : undefined;
  const single = entry.single?.map(plain);
  return single || pairs ? { single, pairs } : undefined;
}

function both(preset: string, config?: Parameters<typeof resolveRules>[3]) {
  const { rules, accept } = resolveRules([...ruleDefs], [...presetDefs], preset, config);
  const words = rules.filter((r) => r.def.kind === 'words');
  return { all: compileAll(words, accept), lazy: compileWords(words, accept) };
}

const CONFIGS: Array<[string, Parameters<typeof resolveRules>[3] | undefined]> = [
  ['b1', undefined],
  ['streng', undefined],
  ['b1', { accept: ['indien', 'in het kader van', 'beschikking', 'verstrekken', 'verstrekt'] }],
  ['b1', { rules: { 'ambtelijk-woord': 'off', 'moeilijk-woord': { severity: 'warning', options: { compounds: false } } } }],
];

describe('word rules from the build-time index', () => {
  it('the build made an index, and the embedded rules use it', () => {
    expect(wordIndex).toBeDefined();
    expect(both('b1').lazy.indexed).toBeDefined();
  });

  for (const [preset, config] of CONFIGS) {
    it(`makes the entries compileAll makes (${preset} ${JSON.stringify(config ?? {})})`, () => {
      const { all, lazy } = both(preset, config);
      const keys = new Set([...all.first.keys(), ...wordIndex!.keys, 'zzzq', 'de', 'u']);
      let compared = 0;
      for (const key of keys) {
        expect(describeEntry(lazy, key), key).toEqual(describeEntry(all, key));
        compared++;
      }
      expect(compared).toBeGreaterThan(10_000);
      // Asked again: the same (kept) entry.
      expect(entryFor(lazy, 'kader')).toBe(entryFor(lazy, 'kader'));
      expect(lazy.empty).toBe(all.empty);
    });

    it(`finds the same compound heads and modifiers, and knows the same phrase second words (${preset})`, () => {
      const { all, lazy } = both(preset, config);
      expect(all.heads.size).toBeGreaterThan(0);
      // Every word that ends in a listed head of at least five letters: its head (and
      // words that end in no head, whose tails compileAll has no bucket for).
      const words = ['begeleidingstraject', 'naheffingsaanslag', 'subsidieverordening', 'stroomvoorziening', 'hulpverleningstraject', 'parkeervergunning', 'aaaaaaaaaaaa'];
      for (const list of all.heads.values()) for (const c of list) words.push('huisbewoners' + c.words[0]!, 'xyz' + c.words[0]!, c.words[0]!);
      // `shared` aside: it belongs to a form's place in a key's list (compileAll's heads
      // are the same objects), and a compound hit does not read it.
      // The entry by its word: both matchers hold the very same entry objects (one
      // resolveRules), and serialising each entry's compiled forms per word is slow.
      const asHead = (c: Cand) => ({ ...plain(c), entry: c.entry.word, shared: undefined });
      const heads = (m: Matcher, word: string) => headsEndingLike(m, word)?.map(asHead);
      const head = (m: Matcher, word: string) => { const c = compoundHead(m, word); return c && asHead(c); };
      // One comparison for all ~27,000 words (an expect per word took over 30 s on CI).
      const differ: string[] = [];
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      for (const word of words) {
        if (!same(heads(lazy, word), heads(all, word)) || !same(head(lazy, word), head(all, word))) differ.push(word);
      }
      expect(differ).toEqual([]);
      expect(lazy.modifiers.size).toBe(all.modifiers.size);
      for (const word of ['kwijtscheldingsverzoek', 'ontheffingsaanvraag', 'bestemmingsplanwijziging', 'beschikkingsnummer']) {
        const found = (m: Matcher) => { const f = m.modifiers.find(word); return f && [f.item.entry.word, f.item.words, f.item.rule, f.rest]; };
        expect(found(lazy)).toEqual(found(all));
      }
      // Every second word compileAll knows is known (compileIndexed may know more: those
      // of accepted forms, which then find no pair).
      for (const key of all.pairSeconds.keys()) expect(lazy.pairSeconds.has(key), key).toBe(true);
    });
  }
});
