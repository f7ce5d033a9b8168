// Kind `words`: word and phrase entries -> B1 alternatives. All entries of all active
// word rules go into one map keyed by the first letters of their first word, so each
// token costs one map lookup. A match is made on the concatenated token text, which
// makes it independent of how the tokenizer splits "z.s.m." or "e-mail".

import type { Token, LetterDoc } from '../../doc.js';
import type { Fix } from '../../types.js';
import type { Finding } from '../../report.js';
import type { ActiveRule, WordEntryDef } from '../types.js';
import { formsOf, GAP, inflectInto, normalize, type Slot } from '../inflect.js';
import { ModifierIndex } from './modifiers.js';
import { lookup, nonNounZipf } from '../../measures/lexicon.js';
import type { FormRecord } from '../forms.js';
import { findSorted, keyOf, tailHash, FORM_BITS, ENTRY_BITS, MIN_HEAD, type NounIndex, type WordIndex } from '../word-index.js';
import { ruleDefs as embeddedDefs, wordIndex as embeddedIndex } from '../embedded.js';

export { keyOf };

export interface Candidate {
  rule: number;
  entry: WordEntryDef;
  words: string[];
  slot: Slot;
  also?: Slot[];
  /** Message template of the entry (reject list entries carry their own). */
  message?: string;
  /** Alternatives put into this form's slot, filled on first use. */
  inflected?: Array<{ text: string; sure: boolean }>;
  /**
   * The texts of `inflected`, as written and with a capital, filled on first use: every
   * hit of the form in its own slot shows the same list, so it is built once, and each
   * finding gets a copy (a caller may change its message's list).
   */
  expectedLower?: string[];
  expectedUpper?: string[];
  /**
   * How many leading words this form shares with the one before it in its list ("van de
   * hand wezen", "van de hand gewezen": 3). Where the one before failed on a shared word,
   * this one fails there too and is not tried (see runWords).
   */
  shared: number;
}

interface FirstEntry {
  /** Forms keyed by the letters that start their first word. */
  single: Candidate[] | undefined;
  /**
   * Multi-word forms whose first word is exactly this key (most phrases start with
   * in/te/op/met...), keyed by the number (`pairSeconds`) of the letters that start
   * their second word: the next token's form record holds that number.
   */
  pairs: Map<number, Candidate[]> | undefined;
}

export interface WordsMatcher {
  /** One lookup per token (no "first second" key string per token). */
  first: Map<string, FirstEntry>;
  /**
   * The entries of `first` whose key has at most SHORT_KEY letters (de, u, van, het, in:
   * the words that start phrases and fill half of every letter): a small map that stays
   * in the processor cache, where the large one costs a cache miss per lookup.
   */
  short: Map<string, FirstEntry>;
  /**
   * (Not indexed only; see indexedHeads.)
   * Nouns of rules with option `compounds`, keyed by their last five letters: a word
   * that is no entry itself but ends in one ("begeleidingstraject", "naheffingsaanslag")
   * is a compound with that head. Asked only for words the maps above do not know.
   */
  heads: Map<number, Candidate[]>;
  /** The same nouns as the first part of a compound ("kwijtscheldingsverzoek"; modifiers.ts). */
  modifiers: ModifierIndex<Candidate>;
  /** Numbers of the keys that start the second word of a phrase (see FirstEntry.pairs). */
  pairSeconds: Map<string, number>;
  rules: ActiveRule[];
  /** No word rule has a form: runWords has nothing to do. */
  empty: boolean;
  /** Set when all word rules are embedded ones: `first` and `short` are filled on demand from it. */
  indexed: IndexedWords | undefined;
}

/** What entryFor needs to make a key's entry from the embedded index (see compileIndexed). */
interface IndexedWords {
  index: WordIndex;
  /** Per embedded rule (index into embeddedDefs): its number among `rules`, or -1 (inactive). */
  activeOf: Int32Array;
  accept: Set<string>;
  /** The active rules with option `compounds`, in rule order: their nouns and the heads they leave out. */
  compounds: Array<{ rule: number; nouns: NounIndex; skip: unknown[] }>;
}

/** How many tokens may stand between the two parts of a separable verb. */
const MAX_SPLIT = 8;

// Regular expressions of the per-hit code, made once: a literal in a function body is a
// new RegExp object each time it is evaluated.
const UPPER = /\p{Lu}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** UPPER_FIRST.test(s), without the expression for a first letter in a-z or A-Z (most words, once per hit). */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  return UPPER_FIRST.test(s);
}
const ENDS_D_OR_T = /[dt]$/;
const ENDS_D = /d$/;
const WEAK_PAST = /[dt]en?$/;
/** Text of an alternative that is no plain replacement (an explanation, a choice, "..."). */
const NOT_A_WORD = /[.…()[\]/]|\.\.\./;
const TWO_LETTERS = /\p{L}{2}/u;

/**
 * The message of one entry: its own `message`, else the rule's with the entry's `note`
 * after it. An explain-only entry (no alternatives) under a rule whose message offers
 * {expected} gets "'{actual}': <note>" instead of an empty offer. Undefined: the rule's.
 */
export function entryMessage(ruleMessage: string, entry: WordEntryDef & { message?: string }): string | undefined {
  const note = entry.note?.trim();
  if (entry.message) return note && !entry.message.includes(note) ? `${entry.message} ${note}` : entry.message;
  if (!note) return undefined;
  if ((entry.alternatives ?? []).length === 0 && ruleMessage.includes('{expected}')) return `'{actual}': ${note}`;
  return `${ruleMessage} ${note}`;
}

export function compileWords(rules: ActiveRule[], accept: Set<string>): WordsMatcher {
  const activeOf = embeddedActive(rules);
  return activeOf && embeddedIndex ? compileIndexed(rules, accept, embeddedIndex, activeOf) : compileAll(rules, accept);
}

/**
 * The number of each embedded rule among `rules` (-1: inactive); undefined if a rule is
 * not embedded, or has option `compounds` (from a preset or config) but no noun index.
 */
function embeddedActive(rules: ActiveRule[]): Int32Array | undefined {
  const activeOf = new Int32Array(embeddedDefs.length).fill(-1);
  for (let r = 0; r < rules.length; r++) {
    const d = embeddedDefs.indexOf(rules[r]!.def);
    if (d < 0 || (compoundsSkip(rules[r]!) && !embeddedIndex?.nouns[d])) return undefined;
    activeOf[d] = r;
  }
  return activeOf;
}

/** Option `compounds`: true, or a list of heads that make ordinary compounds ("voorziening": stroomvoorziening) to leave out. */
function compoundsSkip(rule: ActiveRule): unknown[] | undefined {
  const o = rule.options.compounds;
  return o === true ? [] : Array.isArray(o) ? o : undefined;
}

/**
 * Word rules that are all embedded ones: only what must be known before a word is seen
 * (the second words of phrases, the modifiers of modifiers.ts) is worked out here; a
 * key's forms become Candidates when a word with that key is first seen, compound heads
 * when a word no list knows is first seen (indexedHeads).
 */
function compileIndexed(rules: ActiveRule[], accept: Set<string>, index: WordIndex, activeOf: Int32Array): WordsMatcher {
  const pairSeconds = new Map<string, number>();
  for (let d = 0; d < activeOf.length; d++) {
    if (activeOf[d]! < 0) continue;
    for (const key of index.seconds[d]!) if (!pairSeconds.has(key)) pairSeconds.set(key, pairSeconds.size);
  }
  const modifiers = new ModifierIndex<Candidate>();
  const compounds: IndexedWords['compounds'] = [];
  let empty = true;
  for (let rule = 0; rule < rules.length; rule++) {
    const active = rules[rule]!;
    if (active.def.words?.length) empty = false;
    const skip = compoundsSkip(active);
    if (!skip) continue;
    const nouns = index.nouns[embeddedDefs.indexOf(active.def)]!;
    compounds.push({ rule, nouns, skip });
    // The same modifiers, in the same order, as compileAll adds.
    for (const ref of nouns.bases) {
      const c = headCandidate(rules, accept, rule, skip, ref);
      if (c) modifiers.add(c.words[0]!, c);
    }
  }
  return { first: new Map(), short: new Map(), heads: new Map(), modifiers, pairSeconds, rules, empty, indexed: { index, activeOf, accept, compounds } };
}

/** The Candidate of a noun form (ref) of rule `rule` as a compound head; undefined when left out or accepted. */
function headCandidate(rules: ActiveRule[], accept: Set<string>, rule: number, skip: unknown[], ref: number): Candidate | undefined {
  const active = rules[rule]!;
  const entry = active.def.words![Math.floor(ref / FORM_BITS) % ENTRY_BITS]!;
  if (skip.includes(entry.word) || (accept.size > 0 && accept.has(normalize(entry.word)))) return undefined;
  const form = entry.compiled![ref % FORM_BITS]!;
  const head = form[0];
  if (accept.size > 0 && accept.has(head)) return undefined;
  return { rule, entry, words: [head], slot: form[1] as Slot, also: form[2] as Slot[] | undefined, message: entryMessage(active.meta.message, entry), shared: 0, inflected: undefined, expectedLower: undefined, expectedUpper: undefined };
}

/** The listed heads whose last MIN_HEAD letters hash as the last ones of `key` (a word no list knows). */
export function headsEndingLike(m: WordsMatcher, key: string): Candidate[] | undefined {
  // Indexed: made per call; compoundOf asks once per form record.
  return m.indexed ? indexedHeads(m, m.indexed, tailHash(key)) : m.heads.get(tailHash(key));
}

/** The compound heads ending in `tail` (tailHash), in the order compileAll lists them in `heads`. */
function indexedHeads(m: WordsMatcher, x: IndexedWords, tail: number): Candidate[] | undefined {
  let list: Candidate[] | undefined;
  for (const { rule, nouns, skip } of x.compounds) {
    const at = findSorted(nouns.tails, tail);
    if (at < 0) continue;
    for (let i = nouns.starts[at]!; i < nouns.starts[at + 1]!; i++) {
      const c = headCandidate(m.rules, x.accept, rule, skip, nouns.refs[i]!);
      if (c) (list ??= []).push(c);
    }
  }
  return list;
}

/** The entry of a key from the embedded index, as compileAll would have made it; undefined: no active form. */
function indexedEntry(m: WordsMatcher, x: IndexedWords, key: string): FirstEntry | undefined {
  const at = findSorted(x.index.keys, key);
  if (at < 0) return undefined;
  const { refs, starts } = x.index;
  const checkAccept = x.accept.size > 0;
  let entry: FirstEntry | undefined;
  for (let i = starts[at]!; i < starts[at + 1]!; i++) {
    const ref = refs[i]!;
    const f = ref % FORM_BITS;
    const e = Math.floor(ref / FORM_BITS) % ENTRY_BITS;
    const rule = x.activeOf[Math.floor(ref / (FORM_BITS * ENTRY_BITS))]!;
    if (rule < 0) continue;
    const active = m.rules[rule]!;
    const def = active.def.words![e]!;
    if (checkAccept && x.accept.has(normalize(def.word))) continue;
    const form = def.compiled![f]!;
    const joined = form[0];
    if (checkAccept && x.accept.has(joined)) continue;
    const words = joined.includes(' ') ? joined.split(' ') : [joined];
    const c: Candidate = { rule, entry: def, words, slot: form[1] as Slot, also: form[2] as Slot[] | undefined, message: entryMessage(active.meta.message, def), shared: 0, inflected: undefined, expectedLower: undefined, expectedUpper: undefined };
    entry ??= { single: undefined, pairs: undefined };
    const second = words.length > 1 ? words[1]! : undefined;
    place(entry, c, second !== undefined && second !== GAP && key === words[0] ? m.pairSeconds.get(keyOf(second))! : undefined);
  }
  if (entry) sortLonger(entry);
  return entry;
}

/** Puts a candidate in its key's entry: a phrase under its second word's number, any other form in the single list. */
function place(at: FirstEntry, c: Candidate, pairNumber: number | undefined): void {
  if (pairNumber !== undefined) {
    const pairs = (at.pairs ??= new Map());
    const list = pairs.get(pairNumber);
    if (list) list.push(c);
    else pairs.set(pairNumber, [c]);
  } else if (at.single) at.single.push(c);
  else at.single = [c];
}

/** Longer forms first so "in het kader van" wins over "kader" (a stable sort: list order otherwise). */
function sortLonger(at: FirstEntry): void {
  if (at.single && at.single.length > 1) countShared(at.single.sort(longerFirst));
  if (at.pairs) for (const list of at.pairs.values()) if (list.length > 1) countShared(list.sort(longerFirst));
}

const longerFirst = (a: Candidate, b: Candidate) => b.words.length - a.words.length;

/** All forms of all word rules in one map (rules that are not embedded ones: a config's own). */
export function compileAll(rules: ActiveRule[], accept: Set<string>): WordsMatcher {
  const first = new Map<string, FirstEntry>();
  const short = new Map<string, FirstEntry>();
  const heads = new Map<number, Candidate[]>();
  const modifiers = new ModifierIndex<Candidate>();
  const pairSeconds = new Map<string, number>();
  // Per rule, once.
  const compoundsExcept = rules.map(compoundsSkip);
  // Runs once per preset + config on the first check (cold start): no intermediate form
  // objects, joins or destructuring for the ~10,000 embedded forms.
  const add = (rule: number, entry: WordEntryDef, message: string | undefined, words: string[], slot: Slot, also: Slot[] | undefined) => {
    const head = words[0]!;
    const second = words.length > 1 ? words[1] : undefined;
    const key = keyOf(head);
    const pair = second !== undefined && second !== GAP && key === head;
    let at = first.get(key);
    if (!at) {
      first.set(key, (at = { single: undefined, pairs: undefined }));
      if (key.length <= SHORT_KEY) short.set(key, at);
    }
    const c: Candidate = { rule, entry, words, slot, also, message, shared: 0, inflected: undefined, expectedLower: undefined, expectedUpper: undefined };
    // Built here, in the same pass: this runs on the first check of a process.
    const skip = compoundsExcept[rule];
    if (skip && words.length === 1 && entry.pos === 'noun' && head.length >= MIN_HEAD && !skip.includes(entry.word)) {
      const tail = tailHash(head);
      const list = heads.get(tail);
      if (list) list.push(c);
      else heads.set(tail, [c]);
      if (head === entry.word) modifiers.add(head, c);
    }
    let k: number | undefined;
    if (pair) {
      const secondKey = keyOf(second);
      k = pairSeconds.get(secondKey);
      if (k === undefined) pairSeconds.set(secondKey, (k = pairSeconds.size));
    }
    place(at, c, k);
  };
  const checkAccept = accept.size > 0;
  for (let rule = 0; rule < rules.length; rule++) {
    const active = rules[rule]!;
    for (const entry of active.def.words ?? []) {
      if (checkAccept && accept.has(normalize(entry.word))) continue;
      const message = entryMessage(active.meta.message, entry);
      if (entry.compiled) {
        for (const form of entry.compiled) {
          const joined = form[0];
          if (checkAccept && accept.has(joined)) continue;
          const words = joined.includes(' ') ? joined.split(' ') : [joined];
          add(rule, entry, message, words, form[1] as Slot, form[2] as Slot[] | undefined);
        }
      } else {
        for (const form of formsOf(entry.word, entry.pos, entry.forms, entry.separable, active.options.loanwords === true)) {
          if (checkAccept && accept.has(form.words.join(' '))) continue;
          add(rule, entry, message, form.words, form.slot, form.also);
        }
      }
    }
  }
  for (const at of first.values()) sortLonger(at);
  return { first, short, heads, modifiers, pairSeconds, rules, empty: first.size === 0, indexed: undefined };
}

/** Sets each candidate's `shared`: its leading words equal to the previous candidate's. */
function countShared(list: Candidate[]): void {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1]!.words;
    const b = list[k]!.words;
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    list[k]!.shared = n;
  }
}

/** A compound's head (MIN_HEAD letters, word-index.ts) comes after at least three more. */
const MIN_MODIFIER = 3;

/**
 * The longest listed head that `key` ends in, after a modifier that is a word of its own
 * (with its linking -s-, -e- or -en-): "hulpverlening-s-traject", "subsidie-verordening".
 * Not "tele-visie", "over-winning" (a particle makes a word of its own) or
 * "veroorz-akten" (a verb form the lexicon knows is no compound of a noun).
 */
export function compoundHead(m: WordsMatcher, key: string): Candidate | undefined {
  if (key.length < MIN_HEAD + MIN_MODIFIER) return undefined;
  const x = m.indexed;
  if (x ? x.compounds.length === 0 : m.heads.size === 0) return undefined;
  const list = headsEndingLike(m, key);
  if (!list) return undefined;
  let best: Candidate | undefined;
  for (const c of list) {
    const head = c.words[0]!;
    if (key.length - head.length >= MIN_MODIFIER && key.endsWith(head) && (!best || head.length > best.words[0]!.length)) best = c;
  }
  if (!best || knownNonNoun(key) || !modifierWord(key.slice(0, key.length - best.words[0]!.length))) return undefined;
  return best;
}

/** Particles and prepositions: with a noun they make a word of its own (overwinning, ondergrond). */
const PARTICLES = new Set(['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'onder', 'op', 'over', 'tegen', 'toe', 'uit', 'voor', 'weg', 'achter', 'tussen', 'ver', 'her', 'ont', 'be', 'ge', 'pro', 'tele', 're', 'de', 'con', 'ex', 'sub', 'super', 'inter']);

/**
 * A modifier of a compound: a listed word (not a particle), with or without its linking
 * -s-, -e- or -en-, or a verb stem (inzamel-systematiek: inzamelen; parkeer-: parkeren).
 */
function modifierWord(modifier: string): boolean {
  if (PARTICLES.has(modifier)) return false;
  const bare = modifier.replace(/(?:s|e|en)$/, '');
  const stem = modifier.replace(/([aeou])\1([^aeiou])$/, '$1$2');
  for (const form of [modifier, bare, modifier + 'en', stem + 'en']) {
    if (form.length >= MIN_MODIFIER && !PARTICLES.has(form) && lookup(form) >= 0) return true;
  }
  return false;
}

/** A word the lexicon knows, but not as a noun (veroorzaakten, bewaakten). */
function knownNonNoun(word: string): boolean {
  return nonNounZipf(word) >= 0;
}

const SHORT_KEY = 4;

export function entryFor(m: WordsMatcher, key: string): FirstEntry | undefined {
  const shortKey = key.length <= SHORT_KEY;
  const made = shortKey ? m.short.get(key) : m.first.get(key);
  if (made !== undefined || m.indexed === undefined) return made;
  // Indexed: made on the first ask and kept (at most one per key of the index). A key
  // without forms is searched again when asked again: entryFor is asked once per new
  // word form (forms.ts), and keeping every unknown word would be memory without bound.
  const entry = indexedEntry(m, m.indexed, key);
  if (entry) (shortKey ? m.short : m.first).set(key, entry);
  return entry;
}

// Rule text uses ', letters often ’ (U+2019): Token.lower already has typographic
// apostrophes folded to ' (parse/lower.ts), so it is matched as it is.
function lowerOf(t: Token): string {
  return t.lower;
}

/** Kinds whose text a written word is matched against (compared, not a Set lookup: hot). */
function matchable(kind: string): boolean {
  return kind === 'word' || kind === 'punctuation' || kind === 'abbreviation' || kind === 'symbol';
}

/** Matches one written word ("z.s.m.") against adjacent tokens from i; returns end or -1. */
function matchPiece(tokens: readonly Token[], i: number, piece: string): number {
  const first = tokens[i];
  if (!first || !matchable(first.kind)) return -1;
  // Fast path: one written word is one token.
  const lower = lowerOf(first);
  if (lower === piece) return i + 1;
  if (lower.length >= piece.length || !piece.startsWith(lower)) return -1;
  let acc = '';
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!matchable(t.kind)) return -1;
    acc += lowerOf(t);
    if (acc === piece) return j + 1;
    if (acc.length >= piece.length || !piece.startsWith(acc)) return -1;
    const next = tokens[j + 1];
    if (!next || next.start !== t.end) return -1;
  }
  return -1;
}

/**
 * Matches a form's words from token i. Returns the end token index times two, plus one
 * when the form is split (a number: no object per attempt in the hottest loop). On no
 * match: -(w + 2) when words[0..w] alone decide it (any form starting with those words
 * fails too), else -1.
 */
function matchForm(tokens: readonly Token[], i: number, words: string[]): number {
  let at = i;
  let split = false;
  for (let w = 0; w < words.length; w++) {
    const piece = words[w]!;
    if (piece === GAP) {
      split = true;
      const target = words[++w]!;
      let found = -1;
      for (let k = at; k < tokens.length && k <= at + MAX_SPLIT; k++) {
        if (k > at && tokens[k - 1]!.kind === 'punctuation') break;
        found = matchPiece(tokens, k, target);
        // The particle must close the clause: "kent ... toe" then punctuation, the end, a
        // conjunction or a following preposition. Followed by a noun phrase it is a
        // preposition itself ("licht in hun tuin", "draagt bij aan de kosten").
        if (found >= 0 && closesClause(tokens[found]) && !stranded(tokens, at, k, target)) break;
        found = -1;
      }
      if (found < 0) return -(w + 2);
      at = found;
      continue;
    }
    const end = matchPiece(tokens, at, piece);
    if (end < 0) return -(w + 2);
    at = end;
  }
  // A match must end on a word boundary: "toe" in "toegang" is already excluded by the
  // exact concatenation; here we also refuse to end inside a hyphenated compound.
  const next = tokens[at];
  if (next && next.start === tokens[at - 1]!.end && next.kind === 'punctuation' && next.value === '-') return -1;
  return split ? at * 2 + 1 : at * 2;
}

// Words that may follow the particle of a split verb: conjunctions, relatives and the
// prepositions of an extraposed phrase ("stemt in met", "kent toe vanaf 1 mei").
const CLAUSE_CLOSERS = new Set(
  ('en of maar want dus omdat doordat als dat die wat wanneer zodat zodra voordat nadat totdat tot terwijl indien ' +
    'hoewel waar waarin waarop waarmee om te aan op in bij met voor van naar over door uit na tegen zonder tijdens ' +
    'binnen sinds vanaf per via onder achter').split(' '),
);

function closesClause(next: Token | undefined): boolean {
  if (!next || next.kind === 'punctuation' || next.kind === 'symbol') return true;
  return next.kind === 'word' && CLAUSE_CLOSERS.has(next.lower);
}

const R_WORDS = new Set(['er', 'daar', 'hier', 'waar']);
const STRANDABLE = new Set(['aan', 'op', 'in', 'bij', 'over', 'voor', 'door', 'uit', 'na', 'tegen', 'onder', 'achter', 'af', 'toe']);

/** "besteden er geld aan", "stellen er prijs op": the particle is a preposition of er/daar. */
function stranded(tokens: readonly Token[], from: number, to: number, particle: string): boolean {
  if (!STRANDABLE.has(particle)) return false;
  for (let k = from; k < to; k++) if (R_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/** True when only space, a line break or a new capitalised sentence follows `at`. */
function endsSentence(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') continue;
    if (c === '\n' || c === '\r') return true;
    return UPPER.test(c);
  }
  return true;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// For inflected.map: module functions, not a closure per hit.
function textOf(x: { text: string }): string {
  return x.text;
}

function capitalizedText(x: { text: string }): string {
  return capitalize(x.text);
}

export interface WordHit {
  rule: number;
  finding: Finding;
  /** The entry's word (one key for all its forms) and the tokens [from, to) it covers. */
  word: string;
  /** The entry's part of speech (a verb is never "explained", see explained.ts). */
  verb: boolean;
  from: number;
  to: number;
  message?: string;
  /** A split verb ("stellen de beschikking vast"): only its verb and particle are its own. */
  gapStart?: number;
  gapEnd?: number;
}

const UPPER_START = /^\p{Lu}\p{Ll}/u;
/** Words that head a name with a lower-case rest: "Commissie bezwaarschriften", "Wet inburgering". */
const NAME_HEADS = new Set(['commissie', 'wet', 'team', 'afdeling', 'bureau', 'dienst', 'regeling', 'verordening', 'raad', 'kamer']);

function capitalised(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  // Most words start with a lower-case ASCII letter: no regular expression for those.
  const c = t.value.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return UPPER_START.test(t.value);
}

/**
 * Token i continues a name: after a capitalised name head ("Commissie bezwaarschriften",
 * "Team Handhaving"), capitalised itself after a capitalised word ("Leidraad Invordering",
 * "Subsidieregeling Sociaal Domein"), or after "wet" that follows a capitalised word
 * inside the sentence ("Algemene wet inzake rijksbelastingen"). A name followed by an
 * ordinary word ("de Belastingdienst ten behoeve van") is not a name.
 */
function insideName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  if (capitalised(prev)) return NAME_HEADS.has(prev.lower) || capitalised(tokens[i]);
  return prev.lower === 'wet' && i > 1 && capitalised(tokens[i - 2]) && !firstWord(tokens, i - 2);
}

/** No word before token k in its sentence (punctuation and symbols only). */
function firstWord(tokens: readonly Token[], k: number): boolean {
  for (let j = 0; j < k; j++) if (tokens[j]!.kind !== 'punctuation' && tokens[j]!.kind !== 'symbol') return false;
  return true;
}

/**
 * A compound with a listed head: the whole word is reported, with the head's
 * alternatives as hints (they replace the head, not the word: never a fix).
 */
function compoundHit(compound: Compound, t: Token, i: number): WordHit {
  const c = compound.candidate;
  // The hard part first ("kwijtscheldingsverzoek"): the rest alone ("verzoek") often says
  // enough where the letter's subject is clear. A suggestion, never a fix.
  const rest = compound.rest;
  const expected = rest ? [startsUpper(t.value) ? capitalize(rest) : rest] : [];
  return {
    rule: c.rule,
    finding: { start: t.start, end: t.end, expected },
    word: c.entry.word,
    verb: false,
    from: i,
    to: i + 1,
    message: (compound.message ??= compoundMessage(compound)),
  };
}

/** The message template of a compound hit: the same for every use of the form, so made once. */
function compoundMessage(compound: Compound): string {
  const c = compound.candidate;
  const head = c.words[0]!;
  const alternatives = c.entry.alternatives ?? [];
  const hint = alternatives.length ? ` Voor '${head}' kunt u ${alternatives.map((a) => `'${a}'`).join(' of ')} schrijven.` : '';
  const rest = compound.rest;
  const advice = rest
    ? `Schrijf '${rest}' als duidelijk is waar het over gaat, of zeg in gewone woorden wat '${head}' is.`
    : 'Zeg in gewone woorden wat u bedoelt.';
  return `'{actual}' bevat het moeilijke woord '${head}'. ${advice}${hint}`;
}

/** A word no list knows that holds a listed noun: at its end (rest undefined) or at its start. */
export interface Compound {
  candidate: Candidate;
  rest?: string;
  /** Its message template, made on first use (see compoundMessage). */
  message?: string;
}

/** The listed noun a word no list knows is a compound of (head or first part), if any. */
function compoundOf(m: WordsMatcher, info: FormRecord): Compound | null {
  if (info.compound === undefined) {
    const head = compoundHead(m, info.key);
    const first = head ? undefined : m.modifiers.find(info.key);
    info.compound = head ? { candidate: head } : first ? { candidate: first.item, rest: first.rest } : null;
  }
  return info.compound;
}

/** Runs every word rule over one sentence's tokens; `records` holds their form records (see forms.ts). */
export function runWords(m: WordsMatcher, tokens: readonly Token[], records: readonly FormRecord[], doc: LetterDoc, emit: (hit: WordHit) => void): void {
  if (m.empty) return;
  // Per rule, the token its last match ended at; made on the first match only (most
  // sentences have none).
  let free: Int32Array | undefined;
  let bestOf: Candidate[] | undefined;
  let matchOf: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'abbreviation') continue;
    // A word glued to the previous one by a hyphen is part of a compound: not its own word.
    // (No read at index -1: a negative index is a slow property lookup, not an element.)
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (prev && prev.end === t.start && prev.kind === 'punctuation' && prev.value === '-') continue;
    const info = records[i]!;
    const single = info.single;
    const pairs = info.pairs;
    if (single === undefined && pairs === undefined) {
      const head = info.key === t.lower && t.kind === 'word' ? compoundOf(m, info) : null;
      if (head && !(i > 0 && insideName(tokens, i))) emit(compoundHit(head, t, i));
      continue;
    }
    // A word inside a name is the name's, not the writer's ("Commissie bezwaarschriften",
    // "Algemene wet inzake rijksbelastingen"): neither flagged nor rewritten.
    if (i > 0 && insideName(tokens, i)) continue;
    const after = tokens[i + 1];
    // Only words that start some phrase look at the next word's key.
    let pair: Candidate[] | undefined;
    if (pairs && after && after.start > t.end) {
      const second = records[i + 1]!.pairSecond;
      if (second >= 0) pair = pairs.get(second);
    }
    if (!single && !pair) continue;
    // The longest match per rule at this token, in the order rules first match (most
    // tokens have none; arrays made on the first match of the sentence, not a Map per token).
    let found = 0;
    for (let l = 0; l < 2; l++) {
      const list = l === 0 ? pair : single;
      if (!list) continue;
      // The last form tried failed on its word `failedOn` (-1: not known); `common` is how
      // many leading words the forms since then share with it.
      let failedOn = -1;
      let common = 0;
      for (let k = 0; k < list.length; k++) {
        const c = list[k]!;
        if (c.shared < common) common = c.shared;
        if (common > failedOn && failedOn >= 0) continue;
        if (free && i < free[c.rule]!) continue;
        const r = matchForm(tokens, i, c.words);
        if (r < 0) {
          failedOn = r <= -2 ? -r - 2 : -1;
          common = Infinity;
          continue;
        }
        failedOn = -1;
        bestOf ??= [];
        matchOf ??= [];
        let at = 0;
        while (at < found && bestOf[at]!.rule !== c.rule) at++;
        if (at === found) found++;
        else if (r >> 1 <= matchOf[at]! >> 1) continue;
        bestOf[at] = c;
        matchOf[at] = r;
      }
    }
    if (found === 0) continue;
    free ??= new Int32Array(m.rules.length);
    for (let k = 0; k < found; k++) {
      const c = bestOf![k]!;
      const r = matchOf![k]!;
      free[c.rule] = r >> 1;
      emit(wordHit(c, tokens, i, r >> 1, (r & 1) === 1, doc));
    }
  }
}

/** The finding of candidate c matched over tokens [i, end), with its alternatives and fix. */
function wordHit(c: Candidate, tokens: readonly Token[], i: number, end: number, split: boolean, doc: LetterDoc): WordHit {
  const t = tokens[i]!;
  const start = t.start;
  const stop = tokens[end - 1]!.end;
  const actual = doc.text.slice(start, stop);
  const alternatives = c.entry.alternatives ?? [];
  const pos = c.entry.pos ?? 'other';
  let sentenceStart = true;
  for (let k = 0; k < i && sentenceStart; k++) if (tokens[k]!.kind !== 'punctuation') sentenceStart = false;
  const upper = startsUpper(actual) && (sentenceStart || startsUpper(alternatives[0] ?? ''));
  const context = pos === 'verb' ? verbSlot(c, tokens, i) : { slot: c.slot, sure: true, adjective: false };
  // After an article a word is used as an adjective (de betreffende woning): an
  // adverb or preposition as replacement would not fit there.
  if (pos === 'other' && c.words.length === 1 && i > 0 && DETERMINERS.has(tokens[i - 1]!.lower)) context.sure = false;
  const { slot, sure, adjective } = context;
  let inflected = slot === c.slot
    ? // Candidates are fixed at compile time, so their inflected alternatives are too.
      (c.inflected ??= alternatives.map((a) => inflectInto(a, pos, c.slot)))
    : alternatives.map((a) => inflectCached(a, pos, slot));
  // Adjectival participle: de verstrekte gegevens -> de gegeven / gestuurde gegevens.
  if (adjective) inflected = inflected.map((x) => ({ text: ENDS_D_OR_T.test(x.text) && !x.text.includes(' ') ? x.text + 'e' : x.text, sure: false }));
  // A present participle is an adjective, often with its own meaning (verstrekkende
  // gevolgen): keep its -e on the suggestion, never fix it.
  if (slot === 'presPart') {
    const e = c.words[0]!.endsWith('de');
    inflected = inflected.map((x) => ({ text: e && ENDS_D.test(x.text) ? x.text + 'e' : x.text, sure: false }));
  }
  const expected = inflected === c.inflected ? ownSlotExpected(c, upper) : inflected.map(upper ? capitalizedText : textOf);
  const finding: Finding = { start, end: stop, expected };
  let fix = sure && slot !== 'presPart' ? fixFor(c, inflected, expected, split, actual, upper) : undefined;
  // "etc." at the end of a sentence: its period is also the full stop; keep it.
  if (fix && actual.endsWith('.') && !fix.endsWith('.') && endsSentence(doc.text, stop)) fix += '.';
  if (fix) finding.fix = { start, end: stop, replacement: fix };
  const hit: WordHit = { rule: c.rule, finding, word: c.entry.word, verb: pos === 'verb', from: i, to: end, message: c.message };
  if (split) {
    hit.gapStart = t.end;
    hit.gapEnd = tokens[end - 1]!.start;
  }
  return hit;
}

/** The texts of c.inflected (capitalised when `upper`), a fresh copy of a list made once per form. */
function ownSlotExpected(c: Candidate, upper: boolean): string[] {
  const list = upper ? (c.expectedUpper ??= c.inflected!.map(capitalizedText)) : (c.expectedLower ??= c.inflected!.map(textOf));
  return list.slice();
}

// Alternatives put into a slot chosen from the sentence (verstrekt -> gegeven): a pure
// function of its arguments, so each combination is worked out once per process.
const inflectMemo = new Map<string, { text: string; sure: boolean }>();
function inflectCached(alternative: string, pos: WordEntryDef['pos'] & string, slot: Slot): { text: string; sure: boolean } {
  const key = `${pos}\u0000${slot}\u0000${alternative}`;
  let r = inflectMemo.get(key);
  if (!r) {
    if (inflectMemo.size > 5000) inflectMemo.clear();
    inflectMemo.set(key, (r = inflectInto(alternative, pos, slot)));
  }
  return r;
}

const DETERMINERS = new Set([
  'de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'uw', 'onze', 'ons', 'zijn', 'haar', 'hun', 'mijn', 'jouw',
  'geen', 'alle', 'elke', 'ieder', 'iedere', 'welke', 'eerder', 'eerdere', 'reeds', 'al',
]);
const SUBJECTS = new Set(['u', 'wij', 'we', 'ik', 'hij', 'zij', 'ze', 'jij', 'je', 'men', 'het', 'dit', 'dat', 'er']);
const ADJ_PREPOSITIONS = new Set(['met', 'van', 'voor', 'op', 'aan', 'in', 'bij', 'over', 'naar', 'zonder', 'tegen', 'uit', 'onder']);
const PERFECT_AUX = new Set([
  'heeft', 'hebben', 'heb', 'hebt', 'had', 'hadden', 'is', 'zijn', 'ben', 'bent', 'was', 'waren',
  'wordt', 'worden', 'word', 'werd', 'werden',
]);

/**
 * The slot of a verb form in its sentence, when the spelling fits more than one:
 * verstrekt (u verstrekt / heeft verstrekt) and verstrekte (verb, or adjective in "de
 * verstrekte gegevens"). Not sure: show the alternative, but never fix.
 */
function verbSlot(c: Candidate, tokens: readonly Token[], i: number): { slot: Slot; sure: boolean; adjective?: boolean } {
  const prev = (k: number) => (i - k >= 0 ? tokens[i - k]!.lower : undefined);
  if ((c.slot === 'pastSg' || c.slot === 'pastPl') && WEAK_PAST.test(c.words[0]!)) {
    // A weak past is also an adjectival participle: "de (door u) verstrekte gegevens".
    // Also at the start of a sentence or after a preposition: "Verstrekte gegevens ...",
    // "met verstrekte gegevens".
    const before = prev(1);
    if (before === undefined || DETERMINERS.has(before) || ADJ_PREPOSITIONS.has(before) || [before, prev(2), prev(3)].includes('door')) {
      return { slot: 'part', sure: false, adjective: true };
    }
  }
  if (!c.also?.length) return { slot: c.slot, sure: true };
  const slots = [c.slot, ...c.also];
  if (slots.includes('part') && slots.includes('pres3')) {
    // Perfect or passive auxiliary in the same clause (back to the last punctuation) or
    // right after: participle; else the present. A guess, so never a fix.
    let aux = false;
    for (let k = i - 1; k >= 0 && tokens[k]!.kind !== 'punctuation'; k--) if (PERFECT_AUX.has(tokens[k]!.lower)) aux = true;
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && PERFECT_AUX.has(next.lower)) aux = true;
    if (!aux) {
      // An inserted phrase between commas: "Wij hebben, zoals afgesproken, de pas verstrekt."
      // But after a subclause the finite verb comes first: "..., verstrekt u / de gemeente".
      let earlier = false;
      for (let k = i - 1; k >= 0 && !earlier; k--) if (PERFECT_AUX.has(tokens[k]!.lower)) earlier = true;
      const after = next?.lower ?? '';
      const afterComma = i > 0 && tokens[i - 1]!.value === ',';
      aux = earlier && !SUBJECTS.has(after) && !(afterComma && DETERMINERS.has(after));
    }
    return { slot: aux ? 'part' : 'pres3', sure: false };
  }
  return { slot: c.slot, sure: false };
}

/** A replacement only when it is safe without a human reading it (see rules/README.md). */
function fixFor(
  c: Candidate,
  inflected: Array<{ text: string; sure: boolean }>,
  expected: string[],
  split: boolean,
  actual: string,
  upper: boolean,
): string | undefined {
  if (c.entry.fix === false || inflected.length !== 1 || split) return undefined;
  const only = inflected[0]!;
  const text = expected[0]!;
  if (!text || NOT_A_WORD.test(only.text)) return undefined;
  if (c.entry.fix === true) return text;
  // Nouns: the alternative may take another article (de beschikking, het besluit).
  if ((c.entry.pos ?? 'other') === 'noun') return undefined;
  if (!only.sure) return undefined;
  // All capitals (a heading): leave it to the writer.
  if (actual.length > 1 && actual === actual.toUpperCase() && TWO_LETTERS.test(actual)) return undefined;
  void upper;
  return text;
}

export type { Fix };
