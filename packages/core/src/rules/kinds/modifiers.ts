// Compounds whose hard part comes first ("kwijtscheldingsverzoek", "ontheffingsaanvraag",
// "bestemmingsplanwijziging"): the listed noun is the modifier, the rest an ordinary noun.
// Option `compounds` matches a listed noun at the END of a word (words.ts);
// this finds one at the START, under conditions that keep ordinary words out:
//
// - the modifier is a listed noun of at least MIN_LETTERS letters (its base form);
// - it is followed by the linking -s- that Dutch writes after -ing, -heid, -teit, -schap
//   and -dom ("ontheffing-s-aanvraag"), or, without a link, it has at least MIN_BARE letters
//   and no such ending: short bare modifiers make ordinary words ("dossier-nummer",
//   "locatie-keuze"), and "geschil-derd" is a participle;
// - the rest is a frequent noun of the lexicon (SUBTLEX-NL Zipf >= MIN_ZIPF, at least
//   MIN_REST letters): "verstrekking-en" is a plural, not a compound.
//
// Only words that no word list knows are asked (see runWords), so a listed compound
// keeps its own advice.

import { nounZipf } from '../../measures/lexicon.js';

const MIN_LETTERS = 7;
const MIN_BARE = 9;
const MIN_REST = 4;
const MIN_ZIPF = 3;
/** Endings after which a compound takes the linking -s-. */
const S_LINK = /(?:ing|heid|teit|schap|dom)$/;
/** Letters hashed to bucket modifiers (every modifier has at least this many). */
const PREFIX = 5;

function prefixHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < PREFIX; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function frequentNoun(rest: string): boolean {
  return rest.length >= MIN_REST && nounZipf(rest) >= MIN_ZIPF;
}

/** Listed nouns as the first part of a compound, bucketed by their first letters. */
export class ModifierIndex<T> {
  private readonly buckets = new Map<number, Array<{ word: string; s: boolean; item: T }>>();

  get size(): number {
    return this.buckets.size;
  }

  /** Adds a listed noun (lower case, base form); too short ones are ignored. */
  add(word: string, item: T): void {
    if (word.length < MIN_LETTERS || !/^\p{Ll}+$/u.test(word)) return;
    const s = S_LINK.test(word);
    if (!s && word.length < MIN_BARE) return;
    const h = prefixHash(word);
    const list = this.buckets.get(h);
    const entry = { word, s, item };
    if (list) list.push(entry);
    else this.buckets.set(h, [entry]);
  }

  /**
   * The item of the longest modifier `key` (a lower-case word) starts with, if any, and
   * the rest of the word after it (and its linking -s-): "kwijtscheldingsverzoek" gives
   * kwijtschelding's item and "verzoek".
   */
  find(key: string): { item: T; rest: string } | undefined {
    if (this.buckets.size === 0 || key.length < MIN_LETTERS + MIN_REST) return undefined;
    const list = this.buckets.get(prefixHash(key));
    if (!list) return undefined;
    let best: { item: T; rest: string } | undefined;
    let bestLength = 0;
    for (const m of list) {
      if (best && m.word.length <= bestLength) continue;
      if (!key.startsWith(m.word)) continue;
      const at = m.word.length + (m.s ? 1 : 0);
      if (m.s && key.charCodeAt(m.word.length) !== 115) continue;
      const rest = key.slice(at);
      if (!frequentNoun(rest)) continue;
      best = { item: m.item, rest };
      bestLength = m.word.length;
    }
    return best;
  }
}
