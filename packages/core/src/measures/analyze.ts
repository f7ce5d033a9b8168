// Per-word and per-sentence features for the LiNT-II formula, from surface cues.
// LiNT-II reads them from a dependency parse; Helder has none in Node, so:
// - content word: not in the closed function-word lists (wordclass.ts);
// - Zipf: SUBTLEX-NL via the lexicon, compound nouns by their head (as LiNT-II does),
//   unknown compounds split into known parts (frequency.ts);
// - finite verbs (clauses): closed auxiliary/irregular lists plus regular -t forms,
//   regular past forms (-te/-de by 't kofschip) and plural forms next to a plural
//   subject pronoun or closing a subordinate clause;
// - maximum dependency length: the verb bracket and verb-final clauses, which is where
//   Dutch puts long dependencies (see dependencyLength below).

import type { Sentence, Token } from '../doc.js';
import { lookup, flagsAt, zipfAt, FLAG_NOUN_MASK, FLAG_SKIP, FLAG_MANNER, NOUN_CONCRETE } from './lexicon.js';
import { wordInfoAt, type WordInfo } from './frequency.js';
import { syllablesOf } from './syllables.js';
import { moreThanSixLetters } from './formulas.js';
import {
  AUX_FINITE,
  COORDINATORS,
  LEXICAL_FINITE,
  SUBJECT_PLURAL,
  PREPOSITIONS,
  SUBORDINATORS,
  isFunctionWord,
  isPreposition,
} from './wordclass.js';

/** What the sentence score needs, besides the words' own measures. */
export interface SentenceFeatures {
  words: number;
  syllables: number;
  /** Words of more than 3 syllables (Stats.longWords). */
  longWords: number;
  /** Words of more than 6 characters (LIX's long words). */
  longLetterWords: number;
  contentWords: number;
  /** Content words with a frequency in the mean (no names, no skiplist forms). */
  zipfSum: number;
  zipfCount: number;
  concreteNouns: number;
  typedNouns: number;
  clauses: number;
  maxDependencyLength: number;
  /** Plain-language signals for the document score (lint.ts): */
  /** Sum of Zipf over all alphabetic words (function words too; unknown = LiNT's zero-count value). */
  allZipfSum: number;
  allZipfCount: number;
  /** Passives: forms of "worden" (passive auxiliary), and "zijn" with a participle ("is vastgesteld"). */
  passives: number;
  /** Nominalizations (-ing, -heid, -tie). */
  nominalizations: number;
  /** Romance loanwords (LATINATE): "kwaliteit", "effectief", "cruciaal". */
  latinate: number;
  /** Personal pronouns of reader and writer (u, uw, wij, we, ons, ...). */
  personal: number;
}

// Romance (Latinate) loanwords by their suffix: "kwaliteit", "effectief", "cultureel",
// "cruciaal", "technisch", "realisatie". Not the native words that share an ending:
// "(onder)deel", "geheel", "veel", "enkele", "helemaal", "moedertaal", "(informatie)brief".
const LATINATE = /(?:iteit|iteiten|isme|ismen|(?<!br)ief|(?<!br)ieve|isch|ische|(?<![dhv])eel|(?<![dhvk])ele|(?:ia|na|(?<!st)ra|[ir]ma|[io]ta|[kcbg]a|oda)(?:al|le)|aties?|ities?)$/;
const PASSIVE_AUX = new Set(['wordt', 'worden', 'werd', 'werden']);
// Finite forms of "zijn" that make a passive with a participle ("is vastgesteld").
const ZIJN_FINITE = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren']);
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);
// Finite modals: "zijn" after one in the same clause is its infinitive ("Het kan zijn dat ...",
// "die er moeten zijn").
const MODALS = new Set(['kan', 'kun', 'kunt', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'moesten', 'zal', 'zult', 'zullen', 'zou', 'zouden', 'wil', 'wilt', 'willen', 'wilde', 'wilden', 'wou', 'mag', 'mogen', 'mocht', 'mochten', 'hoeft', 'hoeven', 'hoefde', 'hoefden', 'lijkt', 'lijken', 'leek', 'leken', 'blijkt', 'blijken', 'bleek', 'bleken', 'schijnt']);
// Direct address: the reader (u, je) and the writer (wij, ik).
const PERSONAL = new Set(['u', 'uw', 'we', 'wij', 'ons', 'onze', 'jij', 'je', 'jou', 'jouw', 'jullie', 'ik', 'mij', 'me', 'mijn']);
const NOMINAL_SUFFIX = /(?:ing|heid|tie)$/;
const HAS_LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
// Words after which "zijn" is the verb, not the possessive: "Er zijn drie mogelijkheden".
const ZIJN_SUBJECT = new Set(['er', 'het', 'dit', 'dat', 'deze', 'die', 'hier', 'daar', 'wat']);
// Determiners before an inflected adjective or participle ("de verleende vergunning");
// ARTICLES without "het", "die", "dat", which before a past form are mostly its subject.
const BEFORE_ADJECTIVE = new Set(['de', 'een', "'n", 'deze', 'dit', 'mijn', 'uw', 'onze', 'hun', 'jouw', 'elke', 'ieder', 'iedere', 'alle', 'geen']);
// Subjects whose verb is not the bare stem ("u gebruikt", "we gebruiken"): a stem after them is a noun.
const NOT_WITH_STEM = new Set(['u', 'we', 'wij', 'ze', 'zij', 'hij', 'jullie', 'men', 'het', 'er']);
// Before an -en form these make it a noun ("het indienen", "dit aanvragen"), not a finite verb.
const NOMINAL_INFINITIVE_AFTER = new Set(['de', 'het', "'t", 'een', 'dit', 'deze', 'uw', 'mijn', 'onze', 'hun', 'jouw', 'geen']);
const ARTICLES = new Set(['de', 'het', 'een', "'t", "'n", 'deze', 'die', 'dit', 'dat', 'mijn', 'uw', 'zijn', 'haar', 'ons', 'onze', 'hun', 'jouw', 'elke', 'ieder', 'iedere', 'alle', 'geen']);

// Closed-list memberships that the context tests read on a word's neighbours, as bits:
// one load per test instead of a Set lookup on the neighbour's string. Word tokens get
// them from their memoized Form; other tokens (amounts, symbols) compute them directly.
const L_TE = 1;
const L_SUBJECT_PLURAL = 1 << 1;
const L_U = 1 << 2;
const L_ZIJN_SUBJECT = 1 << 3;
const L_BEFORE_ADJECTIVE = 1 << 4;
const L_NOMINAL_INFINITIVE_AFTER = 1 << 5;
const L_PREPOSITION = 1 << 6;
const L_AUX_FINITE = 1 << 7;
const L_ARTICLE = 1 << 8;
const L_NOT_WITH_STEM = 1 << 9;
const L_MODAL = 1 << 10;
const L_VAN = 1 << 11;
const L_OM = 1 << 12;
const L_ZIJN = 1 << 13;
const L_DIE = 1 << 14;
/** dat, die, wat, wie, welke, waar: a clause only when a verb follows (startsClause). */
const L_CLAUSE_PRONOUN = 1 << 15;
const L_HEBBEN = 1 << 16;
const L_EN = 1 << 17;
/** je, jij, ik: after them a verb takes the bare stem ("hang je", "vind ik"). */
const L_STEM_SUBJECT = 1 << 18;

function listsOf(lower: string): number {
  let bits = lower.endsWith('en') ? L_EN : 0;
  // Amounts, dates, numbers and placeholders start with no list word's first letter.
  if (!LIST_INITIALS.has(lower.charCodeAt(0))) return bits;
  if (lower === 'te') bits |= L_TE;
  if (SUBJECT_PLURAL.has(lower)) bits |= L_SUBJECT_PLURAL;
  if (lower === 'u') bits |= L_U;
  if (ZIJN_SUBJECT.has(lower)) bits |= L_ZIJN_SUBJECT;
  if (BEFORE_ADJECTIVE.has(lower)) bits |= L_BEFORE_ADJECTIVE;
  if (NOMINAL_INFINITIVE_AFTER.has(lower)) bits |= L_NOMINAL_INFINITIVE_AFTER;
  if (isPreposition(lower)) bits |= L_PREPOSITION;
  if (AUX_FINITE.has(lower)) bits |= L_AUX_FINITE;
  if (ARTICLES.has(lower)) bits |= L_ARTICLE;
  if (NOT_WITH_STEM.has(lower)) bits |= L_NOT_WITH_STEM;
  if (MODALS.has(lower)) bits |= L_MODAL;
  if (lower === 'van') bits |= L_VAN;
  if (lower === 'om') bits |= L_OM;
  if (lower === 'zijn') bits |= L_ZIJN;
  if (lower === 'die') bits |= L_DIE;
  if (lower === 'dat' || lower === 'die' || lower === 'wat' || lower === 'wie' || lower === 'welke' || lower === 'waar') bits |= L_CLAUSE_PRONOUN;
  if (HEBBEN.has(lower)) bits |= L_HEBBEN;
  if (lower === 'je' || lower === 'jij' || lower === 'ik') bits |= L_STEM_SUBJECT;
  return bits;
}

/** First characters (code units) of every word listsOf tests for. */
const LIST_INITIALS = new Set<number>(
  [
    ...SUBJECT_PLURAL, ...ZIJN_SUBJECT, ...BEFORE_ADJECTIVE, ...NOMINAL_INFINITIVE_AFTER, ...PREPOSITIONS,
    ...AUX_FINITE, ...ARTICLES, ...NOT_WITH_STEM, ...MODALS, ...HEBBEN,
    'te', 'u', 'van', 'om', 'zijn', 'die', 'dat', 'wat', 'wie', 'welke', 'waar', 'je', 'jij', 'ik',
  ].map((word) => word.charCodeAt(0)),
);

/** Infinitive candidates for a verb stem ("maak" -> "maken", "bel" -> "bellen", "geef" -> "geven"). */
function infinitivesOf(stem: string): string[] {
  const out = [stem + 'en'];
  const n = stem.length;
  if (n < 2) return out;
  const last = stem[n - 1]!;
  const soft = last === 'f' ? 'v' : last === 's' ? 'z' : last;
  if (n >= 3 && stem[n - 2] === stem[n - 3] && 'aeou'.includes(stem[n - 2]!)) {
    // long vowel in a closed syllable is written single in an open one: maak -> maken
    out.push(stem.slice(0, n - 2) + soft + 'en');
  } else if (!'aeiou'.includes(last)) {
    out.push(stem + last + 'en'); // bel -> bellen
    if (soft !== last) out.push(stem.slice(0, n - 1) + soft + 'en'); // leef? (geef handled above)
  }
  return out;
}

function knownVerbForm(infinitive: string): boolean {
  return knownVerbAt(lookup(infinitive));
}

/** knownVerbForm of the form at lexicon index `i` (-1: not listed). */
function knownVerbAt(i: number): boolean {
  return i >= 0 && zipfAt(i) >= 2 && (flagsAt(i) & FLAG_NOUN_MASK) === 0;
}

/** Present stems of an -en form: werken -> werk, bellen -> bel, maken -> maak, geven -> geef. */
function stemsOf(infinitive: string): string[] {
  const base = infinitive.slice(0, -2);
  const n = base.length;
  if (n < 2) return [base];
  const out = [base];
  const last = base[n - 1]!;
  const hard = last === 'v' ? 'f' : last === 'z' ? 's' : last;
  if (base[n - 2] === last) out.push(base.slice(0, -1)); // bellen -> bel
  const vowel = base[n - 2]!;
  if ('aeou'.includes(vowel) && !'aeiou'.includes(base[n - 3] ?? 'a')) {
    out.push(base.slice(0, -1) + vowel + hard); // maken -> maak, geven -> geef
  }
  if (hard !== last) out.push(base.slice(0, -1) + hard); // leven? -> leef handled above
  return out;
}

/**
 * An -en form that is a verb: a known non-noun whose present stem also occurs as a
 * finite form (werken/werkt, passeren/passeert), which adjectives in -en lack
 * (tevreden, open, eigen). `at` = lookup(lower) (newForm searches once for all its tests).
 */
function isVerbInfinitive(lower: string, at: number): boolean {
  if (lower.length < 4 || !lower.endsWith('en') || !knownVerbAt(at)) return false;
  return hasPresentStem(lower);
}

/**
 * An -en form that is both a plural noun and a verb ("zetten", "zorgen", "onderzoeken",
 * "gebruiken"): its present stem occurs as a finite form too. Finite only next to a
 * plural subject pronoun ("we zetten in op", "zorgen we"). `i` = lookup(lower).
 */
function isNounVerbInfinitive(lower: string, i: number): boolean {
  if (lower.length < 5 || !lower.endsWith('en')) return false;
  if (i < 0 || zipfAt(i) < 2 || (flagsAt(i) & FLAG_NOUN_MASK) === 0) return false;
  return hasPresentStem(lower);
}

function hasPresentStem(lower: string): boolean {
  for (const stem of stemsOf(lower)) {
    if (lookup(stem + 't') >= 0) return true;
    if ((stem.endsWith('t') || stem.endsWith('d')) && lookup(stem) >= 0) return true;
  }
  return false;
}

// Prefixes of strong verbs built on an irregular one: "bestaat", "ontstaat", "voldoet",
// "onderhoudt", "voorkomt" (LEXICAL_FINITE has "staat", "doet", "houdt", "komt").
const VERB_PREFIX = /^(?:be|ont|ver|voor|onder|over|door|toe|aan|op|uit|af|mee|in|na|vol|her)/;

/** A prefix plus an irregular -t form of LEXICAL_FINITE ("bestaat": staat); not a noun ("bezit"). `at` = lookup(lower). */
function prefixedIrregularT(lower: string, at: number): boolean {
  if (!lower.endsWith('t')) return false;
  const m = VERB_PREFIX.exec(lower);
  if (!m) return false;
  const rest = lower.slice(m[0].length);
  return rest.length >= 3 && LEXICAL_FINITE.has(rest) && at >= 0;
}

/** Regular present-tense finite form: stem + t ("werkt", "betaalt", "vindt"). */
function isRegularFiniteT(lower: string, info: WordInfo): boolean {
  if (lower.length < 4 || !lower.endsWith('t')) return false;
  // A participle (gemaakt, gebeld); but a weak participle after l, m, n or r ends in -d,
  // so "gebeurt" (participle "gebeurd") is the finite form of a verb in ge- (gebeuren).
  if (lower.startsWith('ge')) return 'lmnr'.includes(lower[lower.length - 2]!) && verbStemKnown(lower.slice(0, -1));
  if (info.nounType !== 0) return false; // markt, nacht, kunst
  // werkt -> werk(en), vindt -> vind(en); a stem ending in t has no extra t:
  // bevat -> bevat(ten), wacht -> wacht(en).
  if (infinitivesOf(lower.slice(0, -1)).some(knownVerbForm) || infinitivesOf(lower).some(knownVerbForm)) return true;
  // The infinitive may also be a plural noun ("zorgen", "werken"): then the -t form must
  // itself be a listed word, and its stem too ("zorgt": "zorg"; not "best": "bes").
  // A stem in common use may have an infinitive spelled otherwise ("vervalt": vervallen,
  // "leeft": leven, "reist": reizen, all listed nouns too); not a rare one ("vast": vazen).
  const stem = lower.slice(0, -1);
  if (!info.known) return false;
  const s = lookup(stem);
  if (s < 0) return false;
  const infinitive = lookup(stem + 'en');
  return (infinitive >= 0 && zipfAt(infinitive) >= 2) || (zipfAt(s) >= 2.5 && verbStemKnown(stem));
}

/**
 * Regular past tense: stem + te/de (singular) or ten/den (plural), the stem's infinitive
 * a known verb ("verleende", "gaapte", "wandelden", "publiceerden"). LiNT-II's parser
 * sees these as finite verbs; without them a letter or story in the past tense has too
 * few clauses. 't kofschip decides te or de, which keeps out adjectives that merely end
 * in -te/-de ("grote", "korte"); present participles (-ende) and ge- forms are not past.
 */
function isRegularPast(lower: string, info: WordInfo): boolean {
  if (lower.length < 5 || lower.startsWith('ge') || info.nounType !== 0) return false;
  const plural = lower.endsWith('ten') || lower.endsWith('den');
  const ending = plural ? lower.slice(-3, -2) : lower.slice(-2, -1);
  if (!plural && !lower.endsWith('te') && !lower.endsWith('de')) return false;
  const stem = lower.slice(0, plural ? -3 : -2);
  // A present participle is an infinitive + de ("volgende", "wonende"); "verleende",
  // "meende" have a long ee before the n.
  if (stem.length < 3 || /[^e]en$/.test(stem)) return false;
  const last = stem[stem.length - 1]!;
  if ('aeiouy'.includes(last)) return false;
  // 't kofschip: -te after a voiceless stem consonant, -de otherwise (f/s may stand for v/z: leefde, verhuisde).
  if (ending === 't' ? !'tkfshp'.includes(last) : 'tkp'.includes(last)) return false;
  // A plural needs its singular in the lexicon too: "verzonden" (a participle) has no "verzonde".
  if (!info.known || (plural && lookup(lower.slice(0, -1)) < 0)) return false;
  if (infinitivesOf(stem).some((inf) => inf !== lower && knownVerbForm(inf))) return true;
  // An infinitive that is also a plural noun ("stemmen", "zorgen", "plannen") still makes
  // a past form when the verb's weak participle is listed too ("stemde": gestemd).
  const participleEnd = ending === 't' ? 't' : 'd';
  const participle = /^(?:be|ver|ont|her|er)/.test(stem) ? stem + participleEnd : 'ge' + stem + participleEnd;
  return lookup(participle) >= 0 && infinitivesOf(stem).some((inf) => inf !== lower && zipfOf(inf) >= 2);
}

function zipfOf(form: string): number {
  const i = lookup(form);
  return i >= 0 ? zipfAt(i) : 0;
}

/** A verb stem with a listed -en form ("werk": werken, "maak": maken), noun or not. */
function verbStemKnown(stem: string): boolean {
  for (const infinitive of infinitivesOf(stem)) {
    const i = lookup(infinitive);
    if (i >= 0 && zipfAt(i) >= 2) return true;
  }
  return false;
}

// Participles of separable verbs put ge- after the particle: "aangevraagd", "vastgesteld",
// "ingediend", "toegekend", "opgenomen".
const SEPARABLE_PARTICIPLE = /^(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|vast|voor|weg|terug|samen|neer|tegen|achter|binnen|buiten|rond|los|vrij|mis)ge[a-z]{2,}[dtn]$/;

function isParticiple(lower: string, info: WordInfo, enVerb: boolean): boolean {
  if (SEPARABLE_PARTICIPLE.test(lower)) return info.known && info.nounType === 0;
  // Strong participles with an unstressed prefix ("bekeken", "besproken", "verkregen");
  // an -en form with a present stem is the infinitive ("betalen": betaalt).
  if (/^(be|ver|ont|her|er)[a-z]{3,}en$/.test(lower)) return info.known && info.nounType === 0 && !enVerb;
  if (info.nounType !== 0 && !lower.startsWith('ge')) return false;
  if (lower.length >= 5 && lower.startsWith('ge') && /[dtn]$/.test(lower)) {
    // A listed noun in ge-...-d/t is a participle only if its stem is a verb's
    // ("gewerkt": werken); "gebied", "gezichtspunt", "geluid" are nouns.
    if (info.nounType !== 0 && !lower.endsWith('n')) return info.known && verbStemKnown(lower.slice(2, -1));
    return info.known;
  }
  return /^(be|ver|ont|her|er)[a-z]{3,}[dt]$/.test(lower) && info.known;
}

/** A plural in -en or -n whose singular is a listed noun (gebouw-en, gesprek-ken, gemeente-n). */
function pluralOfNoun(lower: string): boolean {
  const n = lower.length;
  const candidates = [lower.slice(0, -2), lower.slice(0, -1)];
  if (lower[n - 3] === lower[n - 4]) candidates.push(lower.slice(0, -3)); // gesprekken
  return candidates.some((singular) => {
    const i = lookup(singular);
    return i >= 0 && (flagsAt(i) & FLAG_NOUN_MASK) !== 0;
  });
}

/** Everything about a form that does not depend on its neighbours; memoized per form. */
interface Form {
  // The WordInfo's values each word reads, copied here (not the WordInfo itself: nothing
  // reads it after newForm, and one object less kept per form is less for the GC to copy):
  zipf: number | null;
  lintZipf: number;
  /** The Zipf the plain-language mean of all words takes: the listed one, else LiNT-II's zero-count value. */
  allZipf: number;
  known: boolean;
  nounType: number;
  /** Token.concrete of a content word: true concrete, false abstract, undefined neither or both. */
  concrete: boolean | undefined;
  syllables: number;
  hasLetter: boolean;
  functionWord: boolean;
  manner: boolean;
  skip: boolean;
  subordinator: boolean;
  coordinator: boolean;
  article: boolean;
  passive: boolean;
  /** A finite form of "zijn" (ben, bent, is, zijn, was, waren). */
  zijn: boolean;
  nominal: boolean;
  personal: boolean;
  auxFinite: boolean;
  lexicalFinite: boolean;
  /** A prefix plus an irregular -t form ("bestaat", "voldoet"; also the participle "onderzocht"). */
  prefixedFinite: boolean;
  /** A bare verb stem that is also a noun ("werk", "gebruik", "vraag", "begin"). */
  nounStem: boolean;
  /** A bare verb stem whose -t form is common, not a noun: an imperative at a sentence's start ("Vul", "Meld"). */
  imperativeStem: boolean;
  /** A bare verb stem with a listed -t form (noun or not): finite before "je"/"ik" ("hang je", "regel je"). */
  verbStem: boolean;
  /** The shape of a participle that makes a passive with "zijn" (context aside): see passiveParticiple. */
  passiveShape: boolean;
  /** -en form of a known verb (finite only next to a plural subject). */
  enVerb: boolean;
  /** -en form that is also a plural noun ("zetten", "zorgen"): finite right next to a plural subject pronoun. */
  nounEnVerb: boolean;
  regularFiniteT: boolean;
  regularPast: boolean;
  participle: boolean;
  /** be-/ver-/ont-/her- + -en ("ontvangen", "besproken"): a strong participle next to "zijn". */
  strongPrefixed: boolean;
  /** After "zijn" not a passive: the perfect ("is gekomen") or an adjective ("is bevoegd"). */
  notPassiveWithZijn: boolean;
  /** A Romance loanword (LATINATE), not a function word. */
  latinate: boolean;
  /** Closed-list memberships (L_ bits). */
  lists: number;
}

const forms = new Map<string, Form>();
const FORM_LIMIT = 50_000;

// Short ASCII forms (de, u, van, het, een: half of all words) are found by their
// character codes packed into one integer, in an open-addressing table of integers: a
// token's string is fresh, so a Map lookup first hashes it and then compares it with the
// stored key, which costs about twice as much.
const SHORT_FORM = 4;
const SHORT_BITS = 12;
// Emptied when half full: 2,048 short forms (the 60 letters of the corpus have 322).
const SHORT_SLOTS = 1 << SHORT_BITS;
const shortKeys = new Int32Array(SHORT_SLOTS).fill(-1);
const shortForms: (Form | undefined)[] = new Array<Form | undefined>(SHORT_SLOTS).fill(undefined);
let shortCount = 0;

/** The length and 7-bit character codes of a short ASCII form in one non-negative integer (30 bits); -1 for other forms. */
function shortKey(lower: string): number {
  const n = lower.length;
  if (n === 0 || n > SHORT_FORM) return -1;
  let key = n - 1;
  for (let i = 0; i < n; i++) {
    const code = lower.charCodeAt(i);
    if (code > 127) return -1;
    key = (key << 7) | code;
  }
  return key;
}

function shortSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - SHORT_BITS);
}

function formOf(lower: string): Form {
  const key = shortKey(lower);
  if (key < 0) {
    let f = forms.get(lower);
    if (f) return f;
    f = newForm(lower);
    if (forms.size >= FORM_LIMIT) forms.clear();
    forms.set(lower, f);
    return f;
  }
  let slot = shortSlot(key);
  for (;;) {
    const k = shortKeys[slot]!;
    if (k === key) return shortForms[slot]!;
    if (k === -1) break;
    slot = (slot + 1) & (SHORT_SLOTS - 1);
  }
  const f = newForm(lower);
  if (shortCount >= SHORT_SLOTS / 2) {
    shortKeys.fill(-1);
    shortForms.fill(undefined);
    shortCount = 0;
    slot = shortSlot(key);
  }
  shortKeys[slot] = key;
  shortForms[slot] = f;
  shortCount++;
  return f;
}

/** Everything about a form (see Form); memoized by formOf. */
function newForm(lower: string): Form {
  // One binary search for the form itself, read by every test below that asks about it.
  const at = lookup(lower);
  const info = wordInfoAt(lower, at);
  const hasLetter = HAS_LETTER.test(lower);
  // Not a closed-class word other than an auxiliary ("geen", "tegen", "tussen" are no verb forms).
  // Set lookups of a new (unhashed) string asked once each, not once per field that reads them.
  const functionWord = isFunctionWord(lower);
  const lexicalFinite = LEXICAL_FINITE.has(lower);
  const auxFinite = AUX_FINITE.has(lower);
  const enVerb = lower.endsWith('en') && (lexicalFinite || auxFinite || (!functionWord && isVerbInfinitive(lower, at)));
  // Fields in the order analyzeSentence reads them: the first loop's in the first two
  // cache lines of the object, then the finite-verb tests', then the rarely read ones.
  const f: Form = {
    syllables: syllablesOf(lower, at),
    hasLetter,
    zipf: info.zipf,
    passive: PASSIVE_AUX.has(lower),
    // "ontving", "ging" end in -ing but are verbs, not nominal style.
    nominal: lower.length >= 6 && NOMINAL_SUFFIX.test(lower) && !lexicalFinite,
    personal: PERSONAL.has(lower),
    known: info.known,
    functionWord,
    allZipf: info.zipf ?? info.lintZipf,
    subordinator: SUBORDINATORS.has(lower),
    lists: listsOf(lower),
    manner: (info.flags & FLAG_MANNER) !== 0,
    skip: (info.flags & FLAG_SKIP) !== 0,
    lintZipf: info.lintZipf,
    nounType: info.nounType,
    concrete: info.nounType === NOUN_CONCRETE ? true : info.nounType === 2 ? false : undefined,
    coordinator: COORDINATORS.has(lower),
    article: ARTICLES.has(lower),
    auxFinite,
    regularPast: hasLetter && isRegularPast(lower, info),
    enVerb,
    nounEnVerb: !enVerb && info.nounType !== 0 && hasLetter && !functionWord && isNounVerbInfinitive(lower, at),
    lexicalFinite,
    prefixedFinite: info.nounType === 0 && hasLetter && prefixedIrregularT(lower, at),
    nounStem: info.nounType !== 0 && LEXICAL_FINITE.has(lower + 't'),
    imperativeStem: false,
    verbStem: false,
    latinate: lower.length >= 6 && LATINATE.test(lower) && !functionWord,
    regularFiniteT: hasLetter && isRegularFiniteT(lower, info),
    participle: hasLetter && isParticiple(lower, info, enVerb),
    zijn: ZIJN_FINITE.has(lower),
    passiveShape: false,
    strongPrefixed: STRONG_PREFIXED.test(lower),
    notPassiveWithZijn: ZIJN_PERFECT.has(lower) || ADJECTIVAL_PARTICIPLE.has(lower),
  };
  if (hasLetter && !enVerb && !f.participle) setStemFields(f, lower, info);
  f.passiveShape = hasLetter && (f.participle || (enVerb && f.strongPrefixed)) && participleShape(lower, info, enVerb);
  return f;
}

/**
 * imperativeStem and verbStem of a form that is no -en verb and no participle. Both read
 * the -t form and verbStemKnown (three or four lexicon lookups); asked once here for both:
 *   imperativeStem = not a noun, Zipf of form+t >= 3, verbStemKnown;
 *   verbStem = length >= 3, form+t listed or the form ends in d/t, verbStemKnown.
 */
function setStemFields(f: Form, lower: string, info: WordInfo): void {
  const t = lookup(lower + 't');
  const imperative = info.nounType === 0 && t >= 0 && zipfAt(t) >= 3;
  const verb = lower.length >= 3 && (t >= 0 || /[dt]$/.test(lower));
  if ((imperative || verb) && verbStemKnown(lower)) {
    f.imperativeStem = imperative;
    f.verbStem = verb;
  }
}

/** L_ bits of items[j]; 0 outside the sentence. */
function listsAt(items: Classified[], j: number): number {
  return j >= 0 && j < items.length ? items[j]!.lists : 0;
}

/** A plural subject pronoun other than "u" (which takes a singular verb). */
function isPluralSubject(lists: number): boolean {
  return (lists & (L_SUBJECT_PLURAL | L_U)) === L_SUBJECT_PLURAL;
}

interface Classified {
  token: Token;
  /** Closed-list memberships of the token's form (L_ bits). */
  lists: number;
  /** A word with a letter: what the measures count (form is set). */
  letters: boolean;
  form: Form | null;
  content: boolean;
  proper: boolean;
  finite: boolean;
  verbLike: boolean;
  subordinator: boolean;
  coordinator: boolean;
  article: boolean;
  /** First word after a colon or semicolon: a new segment ("Bodem: Voor de ...", "...; de ..."). */
  afterBreak: boolean;
}

/** One item, built in one place so that every item has the same shape. */
function classified(
  token: Token,
  lists: number,
  form: Form | null,
  letters: boolean,
  content: boolean,
  proper: boolean,
  subordinator: boolean,
  coordinator: boolean,
  afterBreak: boolean,
): Classified {
  return {
    token,
    lists,
    letters,
    form,
    content,
    proper,
    finite: false,
    verbLike: false,
    subordinator,
    coordinator,
    article: letters && form!.article,
    afterBreak,
  };
}

/**
 * Measures one sentence: sets syllables, zipf, content and concrete on its word tokens,
 * and returns the sentence features.
 */
export function analyzeSentence(sentence: Sentence): SentenceFeatures {
  const items: Classified[] = [];
  let syllables = 0;
  let longWords = 0;
  let longLetterWords = 0;
  let contentWords = 0;
  let zipfSum = 0;
  let zipfCount = 0;
  let concreteNouns = 0;
  let typedNouns = 0;
  let firstWord = true;
  let allZipfSum = 0;
  let allZipfCount = 0;
  let passives = 0;
  let nominalizations = 0;
  let personal = 0;
  let breakNext = false;
  let zijnSeen = false;
  let latinate = 0;

  const tokens = sentence.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const kind = token.kind;
    if (kind === 'punctuation') {
      if (token.value === ':' || token.value === ';') breakNext = true;
      continue;
    }
    const afterBreak = breakNext;
    breakNext = false;
    if (kind !== 'word') {
      // an amount, date, number, placeholder or symbol: a position in the clause, no measures
      items.push(classified(token, listsOf(token.lower), null, false, false, false, false, false, afterBreak));
      continue;
    }
    const form = formOf(token.lower);
    token.syllables = form.syllables;
    syllables += form.syllables;
    if (form.syllables > 3) longWords++;
    if (moreThanSixLetters(token.value)) longLetterWords++;
    if (!form.hasLetter) {
      token.content = false;
      token.zipf = null;
      items.push(classified(token, form.lists, form, false, false, false, false, false, afterBreak));
      continue;
    }
    token.zipf = form.zipf;
    if (form.passive) passives++;
    if (form.nominal) nominalizations++;
    if (form.latinate) latinate++;
    if (form.personal) personal++;
    // A capital inside the sentence marks a name; at the start only when the lower-case
    // form is unknown ("Haarlem" vs "Wij") or listed without any frequency
    // ("Amsterdammers"): such a word is a name inside the sentence too, so it stays out
    // of the Zipf mean wherever it stands.
    const first = token.value.charCodeAt(0);
    const upper = first < 128 ? first >= 65 && first <= 90 : UPPER_START.test(token.value);
    const proper = upper && (!firstWord || !form.known || form.zipf === null) && !form.functionWord;
    firstWord = false;
    allZipfSum += form.allZipf;
    allZipfCount++;
    const subordinator = form.subordinator || ((form.lists & L_DIE) !== 0 && opensRelativeClause(items));
    const content = !form.functionWord || form.manner;
    token.content = content;
    if (content) contentWords++;
    if (content && !proper && !form.skip) {
      zipfSum += form.lintZipf;
      zipfCount++;
    }
    if (content && form.nounType !== 0) token.concrete = form.concrete;
    items.push(classified(token, form.lists, form, true, content, proper, subordinator, form.coordinator, afterBreak));
  }

  // Finite verbs need neighbours (plural subject next to an -en form).
  let finiteCount = 0;
  let unresolvedEnVerb = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!item.letters) continue;
    const form = item.form!;
    let finite = false;
    if (form.auxFinite) {
      if ((form.lists & L_ZIJN) !== 0) {
        // also a possessive ("zijn brief"), but not after a subject pronoun ("er zijn",
        // "dit zijn"), a noun, adjective or participle ("de zijstraten zijn groen", "die
        // nodig zijn", "die gemaakt zijn").
        const before = i > 0 ? items[i - 1]! : undefined;
        finite =
          !modalEarlierInClause(items, i) &&
          (nextIsBoundary(items, i) ||
          (listsAt(items, i - 1) & (L_SUBJECT_PLURAL | L_ZIJN_SUBJECT)) !== 0 ||
          (before !== undefined && before.content && !before.proper && !before.form?.enVerb));
      } else if ((form.lists & L_EN) !== 0) {
        // "kunnen", "worden", "blijven" are infinitives inside a verb cluster
        // ("zal ... kunnen", "heeft ... moeten worden") and after "te".
        finite = (listsAt(items, i - 1) & L_TE) === 0 && !finiteEarlierInClause(items, i);
      } else finite = true;
    } else if (form.regularPast && item.content && !item.proper && (listsAt(items, i - 1) & L_BEFORE_ADJECTIVE) === 0) {
      // A past form after an article is an inflected participle: "de verleende vergunning".
      finite = true;
    } else if (form.enVerb || form.nounEnVerb) {
      finite = isPluralSubject(listsAt(items, i - 1)) || (i > 0 && isPluralSubject(listsAt(items, i + 1)));
    } else if (form.prefixedFinite) {
      finite = !participleAfterAuxiliary(items, i);
    } else if (form.lexicalFinite) {
      finite = !form.nounStem || bareStemIsVerb(items, i);
    } else if (i === 0 && item.content && form.verbStem && form.nounType !== 0 && opensImperative(items)) {
      // A stem that is also a noun opens an imperative when an object or a separable
      // particle follows: "Pak het vuile wasgoed", "Let op", "Stem op een partij".
      finite = true;
    } else if (i === 0 && item.content && form.imperativeStem) {
      // An imperative opens the sentence with the bare stem ("Vul het formulier in",
      // "Meld u aan", "Bewaar deze brief"): its -t form is a common verb form. Not
      // adjectives that happen to have a rare verb beside them ("Jammer": jammert).
      finite = true;
    } else if (form.verbStem && item.content && !item.proper && ((listsAt(items, i + 1) & L_STEM_SUBJECT) !== 0 ? (listsAt(items, i - 1) & L_ARTICLE) === 0 : items[i - 1]?.token.lower === 'ik')) {
      // Inversion with "je", "jij", "ik" takes the bare stem ("Wanneer ..., hang je een
      // label aan", "De invloed regel je informeel"), and so does "ik" before it ("Ik hoop").
      finite = true;
    } else if (item.content && !item.proper) {
      // not a participle right before the auxiliary that closes its clause ("die daartoe
      // verplicht is", "dat het geregeld wordt"): one clause has one finite verb
      finite = form.regularFiniteT && !(form.participle && (listsAt(items, i + 1) & L_AUX_FINITE) !== 0) && !participleAfterAuxiliary(items, i);
    }
    item.finite = finite;
    if (!finite && form.enVerb) unresolvedEnVerb = true;
  }
  // A clause has a finite verb: where none was found, its first -en verb form (not after
  // "te") is the plural finite verb ("Zaadcellen zwemmen ...", "Daarna komen de ...");
  // not a nominalized infinitive: after an article or preposition ("het indienen van",
  // "over toepassen van"), or opening the sentence before "van" ("Instellen van een raad").
  // (Most sentences have no -en verb form left to decide: they skip this walk.)
  for (let i = 0; unresolvedEnVerb && i < items.length; i++) {
    const item = items[i]!;
    if (item.finite || !item.form?.enVerb) continue;
    if ((listsAt(items, i - 1) & (L_TE | L_NOMINAL_INFINITIVE_AFTER | L_PREPOSITION)) !== 0 || (i === 0 && (listsAt(items, 1) & L_VAN) !== 0)) continue;
    if (!finiteEarlierInClause(items, i) && !finiteLaterInClause(items, i)) item.finite = true;
    else if (closesSubordinateClause(items, i - 1)) item.finite = true;
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!item.letters) continue;
    const form = item.form!;
    const finite = item.finite;
    // "hebben" without a participle is the lexical verb "to have" (a content word,
    // as a tagger would say): "Heeft u een vraag?" but not "Wij hebben ... ontvangen".
    if ((form.lists & L_HEBBEN) !== 0 && !item.content && !verbFormLaterInClause(items, i)) {
      item.content = true;
      item.token.content = true;
      contentWords++;
      if (!form.skip) {
        zipfSum += form.lintZipf;
        zipfCount++;
      }
    }
    if (finite) {
      finiteCount++;
      if (form.zijn) zijnSeen = true;
    }
    item.verbLike = finite || (item.content && (form.participle || isInfinitive(items, i)));
    // Nouns are nouns unless the form is used as a verb here.
    if (item.content && form.nounType !== 0 && !item.proper && !item.verbLike) {
      typedNouns++;
      if (form.nounType === NOUN_CONCRETE) concreteNouns++;
    } else if (item.verbLike) {
      item.token.concrete = undefined;
    }
  }

  // A question word or demonstrative right before the finite verb at a clause's start
  // opens a main clause (verb second), not a subordinate one: "Waarom publiceert de
  // gemeente dit bericht?", "Wat is het voorstel?", "Dat kan tot 12 maart".
  for (let i = 0; i + 1 < items.length; i++) {
    const item = items[i]!;
    if (item.subordinator && items[i + 1]!.finite && (i === 0 || item.afterBreak || items[i - 1]!.coordinator) && VERB_SECOND_OPENERS.has(item.token.lower)) {
      item.subordinator = false;
    }
  }
  if (zijnSeen) passives += zijnPassives(items);

  return {
    words: sentence.words.length,
    syllables,
    longWords,
    longLetterWords,
    contentWords,
    zipfSum,
    zipfCount,
    concreteNouns,
    typedNouns,
    clauses: Math.max(1, finiteCount),
    maxDependencyLength: dependencyLength(items),
    allZipfSum,
    allZipfCount,
    passives,
    nominalizations,
    latinate,
    personal,
  };
}

// Subordinators that also open a main clause with the finite verb right after them: question
// words ("Waarom publiceert ...?") and demonstratives ("Dat kan ..."); not "als", "omdat", ...
const VERB_SECOND_OPENERS = new Set(
  'dat die wat wie welke waar waarom wanneer hoe waarmee waardoor waarin waarop waarvan waarvoor waarna waaraan waarbij waarover waaruit'.split(' '),
);

// Participles that take "zijn" in the active perfect ("is gekomen", "zijn verhuisd"): not passives.
const ZIJN_PERFECT = new Set(
  (
    'gekomen gegaan geweest geworden gebleven begonnen gestopt vertrokken verhuisd overleden gestorven veranderd ' +
    'gegroeid ontstaan gevallen gestegen gedaald geslaagd verschenen verdwenen opgehouden afgelopen verlopen ' +
    'toegenomen afgenomen teruggekomen aangekomen meegegaan doorgegaan ingegaan uitgegaan opgegroeid gebeurd ' +
    'gelukt mislukt meegevallen tegengevallen geëindigd gestart gebleken opgekomen binnengekomen thuisgekomen'
  ).split(' '),
);

// Participles that are adjectives after "zijn" ("wij zijn benieuwd", "u bent bevoegd").
const ADJECTIVAL_PARTICIPLE = new Set(['benieuwd', 'bevoegd', 'bereid', 'gewend', 'bekend', 'geschikt', 'verliefd', 'gehaast', 'geliefd', 'gerust']);

/**
 * Passives with "zijn": a finite form of "zijn" with a participle later in its clause
 * ("Het besluit is vastgesteld", "Er is gekozen voor ...", "dat de woningen zijn
 * gebouwd"). The perfect of the passive drops "worden" ("is vastgesteld (geworden)"),
 * so it is as much a passive as "wordt vastgesteld". Not: the perfect of a verb that
 * takes "zijn" ("is gekomen"), an attributive participle ("een beschermd stadsgezicht"),
 * a clause with "worden" (already counted), present participles (-end).
 */
function zijnPassives(items: Classified[]): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    if (!items[i]!.finite || !items[i]!.form?.zijn) continue;
    // verb-final order in a subordinate clause: "nadat het besluit verzonden is"
    if (i > 0 && inSubordinateClause(items, i - 1) && passiveParticiple(items, i - 1, true) > 0) {
      n++;
      continue;
    }
    for (let k = i + 1; k < items.length; k++) {
      const item = items[k]!;
      if (item.subordinator || item.coordinator || item.finite || item.form?.passive) break;
      const p = passiveParticiple(items, k, false);
      if (p < 0) break;
      if (p > 0) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Whether items[k] is in a subordinate clause: a subordinator before it, no finite verb between. */
function inSubordinateClause(items: Classified[], k: number): boolean {
  for (let j = k; j >= 0; j--) {
    const item = items[j]!;
    if (item.subordinator) return true;
    if (item.finite || item.coordinator) return false;
  }
  return false;
}

/** Whether items[k] is a participle that makes a passive with "zijn": 1 yes, -1 stop (perfect, adjective), 0 not one. */
function passiveParticiple(items: Classified[], k: number, beforeZijn: boolean): number {
  const item = items[k]!;
  const form = item.form;
  if (!item.content || !form || !(form.participle || form.enVerb)) return 0;
  // "ontvangen", "besproken", "verzonden" read as infinitives elsewhere; with "is" they are participles
  if (!form.participle && (!form.strongPrefixed || (listsAt(items, k - 1) & L_TE) !== 0)) return 0;
  if (form.notPassiveWithZijn) return -1;
  const attributive = !beforeZijn && ((items[k - 1]!.lists & L_BEFORE_ADJECTIVE) !== 0 || (items[k + 1]?.content && items[k + 1]!.form!.nounType !== 0));
  return !attributive && form.passiveShape ? 1 : 0;
}

const STRONG_PREFIXED = /^(?:be|ver|ont|her)[a-z]{3,}en$/;

/**
 * Weak participles in -d/-t (not present participles in -end); strong ones: prefixed
 * -en forms ("ontvangen") and ge-...-en forms that are listed words in their own right,
 * not the infinitive of a ge- verb ("geven") or a plural noun ("gebouwen").
 */
function participleShape(w: string, info: WordInfo, enVerb: boolean): boolean {
  if (/[dt]$/.test(w)) return !w.endsWith('end');
  if (enVerb && STRONG_PREFIXED.test(w)) return true;
  return /ge[a-z]+en$/.test(w) && !LEXICAL_FINITE.has(w) && info.lintZipf >= 3 && !(info.nounType !== 0 && pluralOfNoun(w));
}

/**
 * "die" (the next item, not yet added) after a noun or name opens a relative clause
 * ("mensen die hier wonen"); it is not in SUBORDINATORS because it is mostly a determiner
 * ("die brief"). Called only for "die", and reads in bounds: reading the previous item on
 * every word, out of bounds on the first, made analyzeSentence ~8% slower (A/B, same process).
 */
function opensRelativeClause(items: Classified[]): boolean {
  if (items.length < 1) return false;
  const previous = items[items.length - 1]!;
  return previous.proper || (previous.content && previous.form!.nounType !== 0);
}

/**
 * A plural verb that ends a subordinate clause ("De zaadcellen die dat overleven,
 * zwemmen ..."): the -en form right after it is the main clause's finite verb, not part
 * of the same clause.
 */
function closesSubordinateClause(items: Classified[], k: number): boolean {
  const item = items[k];
  // a lexical plural ("wonen") or the copula ("die nodig zijn"); not a modal, whose
  // infinitive follows it ("die ze willen hebben")
  if (!item?.finite || !((item.form?.enVerb && !item.form.auxFinite) || (item.lists & L_ZIJN) !== 0)) return false;
  for (let j = k - 1; j >= 0; j--) {
    const before = items[j]!;
    if (before.finite) return false;
    if (before.subordinator) return true;
    if (before.coordinator) return false;
  }
  return false;
}


/**
 * A -t/-d form after a finite "worden", "zijn" or "hebben" of a main clause is its
 * participle, not a second finite verb: "Dit wordt doorlopend onderzocht" ("onderzocht"
 * is also the past tense). Not when a subject pronoun follows it ("..., belt u dan"), nor
 * after an auxiliary that closes a subordinate clause ("Als het klaar is, meldt ...").
 */
function participleAfterAuxiliary(items: Classified[], i: number): boolean {
  const lower = items[i]!.token.lower;
  if (!lower.endsWith('t') && !lower.endsWith('d')) return false;
  if ((listsAt(items, i + 1) & (L_SUBJECT_PLURAL | L_U | L_STEM_SUBJECT)) !== 0) return false;
  for (let k = i - 1; k >= 0; k--) {
    const item = items[k]!;
    if (item.subordinator || item.coordinator || items[k + 1]!.afterBreak) return false;
    if (item.finite) return (item.form!.passive || item.form!.zijn || (item.lists & L_HEBBEN) !== 0) && !inSubordinateClause(items, k - 1);
  }
  return false;
}

// Separable particles right after a sentence-initial imperative ("Let op", "Doe mee").
const IMPERATIVE_PARTICLES = new Set(['op', 'mee', 'aan', 'in', 'uit', 'af', 'door', 'na', 'toe', 'terug', 'weg']);

/** The sentence's second word is an article, determiner, "u" or a separable particle, and the first word's -t form is common. */
function opensImperative(items: Classified[]): boolean {
  const next = items[1];
  if (!next?.letters) return false;
  if ((next.lists & (L_ARTICLE | L_U)) === 0 && !IMPERATIVE_PARTICLES.has(next.token.lower)) return false;
  const stem = items[0]!.token.lower;
  return zipfOf(/[dt]$/.test(stem) ? stem : stem + 't') >= 3;
}

function modalEarlierInClause(items: Classified[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const item = items[k]!;
    if (item.finite) return (item.lists & L_MODAL) !== 0;
    if (item.subordinator || item.coordinator) return false;
  }
  return false;
}

/**
 * A bare stem that is also a noun is the noun after an article, determiner, preposition
 * or a subject that takes another verb form ("aan het werk", "met het gebruik van", "u
 * kunt gebruik maken van", "geen vraag"); elsewhere it is the imperative or first person
 * ("Vraag het aan", "en vraag naar", "ik werk").
 */
function bareStemIsVerb(items: Classified[], i: number): boolean {
  return i === 0 || (items[i - 1]!.lists & (L_ARTICLE | L_PREPOSITION | L_NOT_WITH_STEM)) === 0;
}

function finiteEarlierInClause(items: Classified[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const item = items[k]!;
    if (item.finite) return true;
    if (item.subordinator || item.coordinator) return false;
  }
  return false;
}

function verbFormLaterInClause(items: Classified[], i: number): boolean {
  for (let k = i + 1; k < items.length; k++) {
    const item = items[k]!;
    if (item.subordinator || item.coordinator) return false;
    // a participle, or an -en form ("ontvangen", "gekregen", "doen") completing the verb
    if (item.form?.participle || item.form?.enVerb) return true;
  }
  return false;
}

function finiteLaterInClause(items: Classified[], i: number): boolean {
  for (let k = i + 1; k < items.length; k++) {
    const item = items[k]!;
    if (item.subordinator || item.coordinator) return false;
    if (item.finite) return true;
  }
  return false;
}

function nextIsBoundary(items: Classified[], i: number): boolean {
  const next = items[i + 1];
  return !next || next.subordinator || next.coordinator;
}

function isInfinitive(items: Classified[], i: number): boolean {
  const form = items[i]!.form;
  if (!form || !form.enVerb) return false;
  if ((listsAt(items, i - 1) & L_TE) !== 0) return true;
  // Clause-final -en form after an auxiliary earlier in the clause ("kunt ... aanvragen").
  const next = items[i + 1];
  const atEnd = !next || next.subordinator || next.coordinator;
  if (!atEnd) return false;
  for (let k = i - 1; k >= 0 && !items[k]!.subordinator; k--) if (items[k]!.finite) return true;
  return false;
}

/**
 * Estimate of the longest dependency (intervening words between a word and its head),
 * from clause structure. In a Dutch clause the verbs form a bracket: the subject or the
 * fronted part depends on the clause's main verb, which comes at the end when there is
 * an auxiliary or the clause is subordinate; a subordinate clause depends on the verb
 * of the clause before it; the last member of a list depends on what the first member
 * depends on. Each of these gives a distance; the longest is the estimate.
 */
function dependencyLength(items: Classified[]): number {
  const n = items.length;
  if (n < 2) return 0;
  let best = 0;
  let previousHead = -1;
  // Clause by clause, in one walk: each clause's verbs and content words are noted as the
  // walk looks for where the next clause starts (no list of boundaries is built).
  for (let next = 0; next < n; ) {
    const a = next;
    let finite = -1;
    let lastVerb = -1;
    let lastContent = -1;
    let i = a;
    do {
      const item = items[i]!;
      if (item.finite && finite < 0) finite = i;
      if (item.verbLike) lastVerb = i;
      if (item.content) lastContent = i;
      i++;
    } while (i < n && !isClauseBoundary(items, i));
    next = i;
    const b = i - 1;
    const head = lastVerb >= 0 ? lastVerb : finite;
    if (head < 0) continue;
    // Left: the clause opener (subordinator, fronted phrase or subject) hangs on the head;
    // an article is attached to its noun, one word further.
    const opener = items[a]!.coordinator && a + 1 <= b ? a + 1 : a;
    let left = head - opener - 1;
    if (items[opener]!.article) left--;
    best = Math.max(best, left);
    // Right: after the finite verb in a main clause, the last argument hangs on it.
    if (!items[a]!.subordinator && lastContent > head) {
      best = Math.max(best, Math.round((lastContent - head - 1) * 0.6));
    }
    // A subordinate clause hangs on the verb of the clause before it.
    if (items[a]!.subordinator && previousHead >= 0) best = Math.max(best, head - previousHead - 1);
    previousHead = head;
  }
  return Math.max(0, best);
}

/**
 * Clause boundaries: a segment after a colon or semicolon, a subordinator, "om ... te",
 * or a coordinator followed by a finite verb before the next boundary.
 */
function isClauseBoundary(items: Classified[], i: number): boolean {
  const item = items[i]!;
  return (
    item.afterBreak ||
    (item.subordinator && startsClause(items, i)) ||
    ((item.lists & L_OM) !== 0 && teInfinitiveAhead(items, i + 1)) ||
    (item.coordinator && hasFiniteAhead(items, i + 1))
  );
}

function startsClause(items: Classified[], i: number): boolean {
  // "dat", "die", "wat" are also determiners/pronouns: a clause only when a verb follows.
  if ((items[i]!.lists & L_CLAUSE_PRONOUN) !== 0) {
    return hasFiniteAhead(items, i + 1) && !items[i - 1]?.article;
  }
  return true;
}

/** "om ... te <verb>": an infinitive clause (its own dependency bracket). */
function teInfinitiveAhead(items: Classified[], from: number): boolean {
  for (let k = from; k + 1 < items.length; k++) {
    const item = items[k]!;
    if (item.subordinator || item.finite) return false;
    if ((item.lists & L_TE) !== 0 && items[k + 1]!.verbLike) return true;
  }
  return false;
}

function hasFiniteAhead(items: Classified[], from: number): boolean {
  for (let k = from; k < items.length; k++) {
    const item = items[k]!;
    if (k > from && (item.subordinator || item.coordinator)) return false;
    if (item.finite) return true;
  }
  return false;
}
