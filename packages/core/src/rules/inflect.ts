// Dutch inflection for the `words` kind: from a lemma (as a rule author writes it) to the
// surface forms a letter uses, each labelled with a slot, so that an alternative can be
// put in the same slot (verstrekte -> gaf). Rules are the regular spelling rules of
// Dutch; strong and irregular verbs come from a small table, and a rule entry can list
// `forms:` for anything else. Over-generating a form that does not exist is harmless
// (it never occurs in a letter); generating a real but different word is not, so short
// words get only the one regular form.

import type { PartOfSpeech } from './types.js';
import { lookup, nonNounZipf, nounZipf, zipfAt } from '../measures/lexicon.js';

/** Where a form sits in the paradigm; alternatives are inflected into the same slot. */
export type Slot =
  | 'base' // lemma as written: infinitive, singular noun, adjective
  | 'stem' // ik-form: (ik) verstrek
  | 'pres3' // (hij, u) verstrekt
  | 'pastSg' // verstrekte
  | 'pastPl' // verstrekten
  | 'part' // (heeft) verstrekt
  | 'presPart' // verstrekkend(e)
  | 'teInf' // toe te kennen
  | 'plural'
  | 'dim'
  | 'adjE' // adequate
  | 'comp' // adequater
  | 'sup' // adequaatst
  | 'extra'; // listed by the author in `forms:`

export interface Form {
  /** Words in order, lower case; GAP marks where a separable verb splits. */
  words: string[];
  slot: Slot;
  /** Other slots with the same spelling (verstrekt: pres3 and part). */
  also?: Slot[];
}

export const GAP = '\u2026';

const FUNCTION_WORDS = new Set(
  ('in op aan om te de het een en of dat die dit deze er al wat wie waar van voor met bij tot uit na door over ' +
    'onder naar toe af mee is was ben bent zijn had heb heeft kan kon mag zal wil moet ga gaat doe doet zo nu dan ' +
    'ook nog wel niet geen u ik we wij ze zij hij ons uw mijn hun haar men als maar want dus even zelf heel').split(' '),
);

const VOWEL = /[aeiouy]/;
const INSEPARABLE = ['be', 'ge', 'her', 'ver', 'ont', 'er', 'mis'];
/** Prefixes that are always separable when the rest is a verb. */
const SEPARABLE = [
  'aan', 'af', 'bij', 'in', 'mee', 'na', 'op', 'terug', 'toe', 'uit', 'weg', 'vast', 'tegen',
  'samen', 'terecht', 'voort', 'neer', 'achter', 'binnen', 'buiten', 'teweeg', 'vrij', 'kennis',
  'plaats', 'bekend', 'vooraf', 'rond', 'open', 'dicht',
  // Adjectives that form separable verbs (goedkeuren: keurt goed, goedgekeurd).
  'goed', 'schoon', 'klaar', 'los', 'stil', 'kapot',
];
/** Ambiguous prefixes (doorlopen / doorlópen): separable only when the rule says so. */
const MAYBE_SEPARABLE = ['door', 'om', 'onder', 'over', 'voor'];

interface VerbParadigm {
  stem: string;
  pres3: string;
  inf: string;
  pastSg: string[];
  pastPl: string[];
  part: string;
}

// inf:stem:pres3:pastSg:pastPl:participle. Strong and irregular verbs that letters use.
const IRREGULAR_TABLE = `
zijn:ben:is:was:waren:geweest
hebben:heb:heeft:had:hadden:gehad
kunnen:kan:kan:kon:konden:gekund
mogen:mag:mag:mocht:mochten:gemogen
willen:wil:wil:wilde,wou:wilden:gewild
zullen:zal:zal:zou:zouden:-
moeten:moet:moet:moest:moesten:gemoeten
doen:doe:doet:deed:deden:gedaan
gaan:ga:gaat:ging:gingen:gegaan
staan:sta:staat:stond:stonden:gestaan
slaan:sla:slaat:sloeg:sloegen:geslagen
zien:zie:ziet:zag:zagen:gezien
geven:geef:geeft:gaf:gaven:gegeven
nemen:neem:neemt:nam:namen:genomen
krijgen:krijg:krijgt:kreeg:kregen:gekregen
komen:kom:komt:kwam:kwamen:gekomen
laten:laat:laat:liet:lieten:gelaten
zeggen:zeg:zegt:zei,zegde:zeiden,zegden:gezegd
vragen:vraag:vraagt:vroeg,vraagde:vroegen,vraagden:gevraagd
zoeken:zoek:zoekt:zocht:zochten:gezocht
brengen:breng:brengt:bracht:brachten:gebracht
denken:denk:denkt:dacht:dachten:gedacht
kopen:koop:koopt:kocht:kochten:gekocht
sluiten:sluit:sluit:sloot:sloten:gesloten
helpen:help:helpt:hielp:hielpen:geholpen
lezen:lees:leest:las:lazen:gelezen
schrijven:schrijf:schrijft:schreef:schreven:geschreven
blijven:blijf:blijft:bleef:bleven:gebleven
vinden:vind:vindt:vond:vonden:gevonden
houden:houd:houdt:hield:hielden:gehouden
beginnen:begin:begint:begon:begonnen:begonnen
bieden:bied:biedt:bood:boden:geboden
kiezen:kies:kiest:koos:kozen:gekozen
zenden:zend:zendt:zond:zonden:gezonden
spreken:spreek:spreekt:sprak:spraken:gesproken
wijzen:wijs:wijst:wees:wezen:gewezen
liezen:lies:liest:loos:lozen:gelozen
vangen:vang:vangt:ving:vingen:gevangen
hangen:hang:hangt:hing:hingen:gehangen
liggen:lig:ligt:lag:lagen:gelegen
zitten:zit:zit:zat:zaten:gezeten
eten:eet:eet:at:aten:gegeten
weten:weet:weet:wist:wisten:geweten
dragen:draag:draagt:droeg:droegen:gedragen
trekken:trek:trekt:trok:trokken:getrokken
treffen:tref:treft:trof:troffen:getroffen
steken:steek:steekt:stak:staken:gestoken
werpen:werp:werpt:wierp:wierpen:geworpen
worden:word:wordt:werd:werden:geworden
schieten:schiet:schiet:schoot:schoten:geschoten
sterven:sterf:sterft:stierf:stierven:gestorven
lopen:loop:loopt:liep:liepen:gelopen
roepen:roep:roept:riep:riepen:geroepen
heten:heet:heet:heette:heetten:geheten
vallen:val:valt:viel:vielen:gevallen
hangen:hang:hangt:hing:hingen:gehangen
grijpen:grijp:grijpt:greep:grepen:gegrepen
snijden:snijd:snijdt:sneed:sneden:gesneden
rijden:rijd:rijdt:reed:reden:gereden
lijken:lijk:lijkt:leek:leken:geleken
kijken:kijk:kijkt:keek:keken:gekeken
wegen:weeg:weegt:woog:wogen:gewogen
bewegen:beweeg:beweegt:bewoog:bewogen:bewogen
verliezen:verlies:verliest:verloor:verloren:verloren
winnen:win:wint:won:wonnen:gewonnen
zingen:zing:zingt:zong:zongen:gezongen
dwingen:dwing:dwingt:dwong:dwongen:gedwongen
binden:bind:bindt:bond:bonden:gebonden
sturen:stuur:stuurt:stuurde,stuurden:stuurden:gestuurd
scheiden:scheid:scheidt:scheidde:scheidden:gescheiden
wijken:wijk:wijkt:week:weken:geweken
gelden:geld:geldt:gold:golden:gegolden
raden:raad:raadt:raadde,ried:raadden,rieden:geraden
blijken:blijk:blijkt:bleek:bleken:gebleken
stijgen:stijg:stijgt:steeg:stegen:gestegen
genieten:geniet:geniet:genoot:genoten:genoten
vergeten:vergeet:vergeet:vergat:vergaten:vergeten
slapen:slaap:slaapt:sliep:sliepen:geslapen
lijden:lijd:lijdt:leed:leden:geleden
mijden:mijd:mijdt:meed:meden:gemeden
heffen:hef:heft:hief:hieven:geheven
bevelen:beveel:beveelt:beval:bevalen:bevolen
schuiven:schuif:schuift:schoof:schoven:geschoven
zwijgen:zwijg:zwijgt:zweeg:zwegen:gezwegen
drinken:drink:drinkt:dronk:dronken:gedronken
laden:laad:laadt:laadde:laadden:geladen
bakken:bak:bakt:bakte:bakten:gebakken
lachen:lach:lacht:lachte:lachten:gelachen
hangen:hang:hangt:hing:hingen:gehangen
`;

const IRREGULAR = new Map<string, VerbParadigm>();
for (const line of IRREGULAR_TABLE.trim().split('\n')) {
  const [inf, stem, pres3, pastSg, pastPl, part] = line.split(':') as [string, string, string, string, string, string];
  IRREGULAR.set(inf, { inf, stem, pres3, pastSg: pastSg.split(','), pastPl: pastPl.split(','), part: part === '-' ? '' : part });
}

function stripInseparable(word: string): [string, string] {
  for (const p of INSEPARABLE) {
    if (word.startsWith(p) && word.length > p.length + 3 && VOWEL.test(word.slice(p.length))) {
      return [p, word.slice(p.length)];
    }
  }
  return ['', word];
}

/** Zipf of a lower-case form in the lexicon, or -1 when it is not listed. */
function zipf(form: string): number {
  const i = lookup(form);
  return i < 0 ? -1 : zipfAt(i);
}

// Loanword verbs in -eren stress the ending and double its e (probeert, controleerde,
// geïnformeerd); native ones stress the syllable before it (verandert, verbeterde).
// The lexicon decides when it knows either present form; otherwise the spelling of the
// loanword endings does (-iseren, -ificeren, -ueren, consonant + short vowel + consonant).
// Native ones have one syllable before -eren once be-/ver-/her-/op-... are taken off
// (ver-and-eren, be-lemm-eren, op-off-eren); loanwords mostly more (re-tourn-eren).
const STRESSED_EREN = /(is|ic|if|u|x|nt|pt|ct|ll|rm|rv|rk|ss)eren$/;
const VOWEL_GROUPS = /[aeiouyëïéèü]+/g;

/** True when an -eren verb stresses -eren (proberen -> probeer-), false for verander-. */
export function stressedEren(inf: string): boolean {
  if (inf.endsWith('iëren')) return true; // initiëren, variëren: initieert
  if (!inf.endsWith('eren') || inf.length < 7) return false;
  const root = inf.slice(0, -4);
  const loan = zipf(root + 'eert');
  const native = zipf(root + 'ert');
  if (loan >= 0 || native >= 0) return loan > native;
  if (STRESSED_EREN.test(inf)) return true;
  let core = stripInseparable(root + 'eren')[1].slice(0, -4);
  const sep = SEPARABLE.find((p) => core.startsWith(p) && core.length - p.length >= 2);
  if (sep) core = core.slice(sep.length);
  return (core.match(VOWEL_GROUPS)?.length ?? 0) >= 2;
}

/** ge- before a participle: a diaeresis where ge + e/i/u would run together (geïnformeerd). */
function ge(core: string): string {
  const c = core.charAt(0);
  return c === 'e' ? 'geë' + core.slice(1) : c === 'i' ? 'geï' + core.slice(1) : c === 'u' ? 'geü' + core.slice(1) : 'ge' + core;
}

/** Stem of a regular verb plus whether its past takes -te (ex-kofschip) or -de. */
function regularStem(inf: string): { stem: string; t: boolean } {
  if (stressedEren(inf)) return { stem: inf.slice(0, inf.endsWith('iëren') ? -5 : -4) + (inf.endsWith('iëren') ? 'ieer' : 'eer'), t: false };
  let base = inf.endsWith('en') ? inf.slice(0, -2) : inf.endsWith('n') ? inf.slice(0, -1) : inf;
  const original = base.slice(-1);
  const originalTwo = base.slice(-2);
  // The prefix is found on the infinitive (beheren: be + heren), the stem keeps it.
  const [prefix] = stripInseparable(inf);
  const rest = base.slice(prefix.length);
  const schwa = /[aeiouy][^aeiouy]*e[lnr]$/.test(rest) && !/(.)\1$/.test(base);
  if (/([bcdfgklmnprstvz])\1$/.test(base)) {
    base = base.slice(0, -1);
  } else if (!schwa && /(^|[^aeiouy])[aeou][bcdfgklmnprstvz]$/.test(rest)) {
    base = base.slice(0, -1) + base.slice(-2, -1) + base.slice(-1);
  }
  if (base.endsWith('z')) base = base.slice(0, -1) + 's';
  else if (base.endsWith('v')) base = base.slice(0, -1) + 'f';
  const t = originalTwo === 'ch' || 'tkfspx'.includes(original);
  return { stem: base, t };
}

function paradigm(inf: string): VerbParadigm {
  const known = IRREGULAR.get(inf);
  if (known) return known;
  // A whole word with door/om/onder/over/voor is the inseparable reading here (the
  // separable one inflects its rest): no ge- (overlegd, ondertekend, voorkwam).
  let [prefix, rest] = stripInseparable(inf);
  if (!prefix) {
    const maybe = MAYBE_SEPARABLE.find((p) => inf.startsWith(p) && inf.length - p.length >= 4);
    if (maybe) [prefix, rest] = [maybe, inf.slice(maybe.length)];
  }
  const inner = prefix ? IRREGULAR.get(rest) : undefined;
  if (inner) {
    const part = inner.part.startsWith('ge') ? prefix + inner.part.slice(2) : prefix + inner.part;
    return {
      inf,
      stem: prefix + inner.stem,
      pres3: prefix + inner.pres3,
      pastSg: inner.pastSg.map((f) => prefix + f),
      pastPl: inner.pastPl.map((f) => prefix + f),
      part,
    };
  }
  const { stem, t } = regularStem(inf);
  const suffix = t ? 't' : 'd';
  const pres3 = stem.endsWith('t') ? stem : stem + 't';
  const pastSg = stem + (t ? 'te' : 'de');
  const partCore = stem.endsWith(suffix) ? stem : stem + suffix;
  const part = prefix ? partCore : ge(partCore);
  return { inf, stem, pres3, pastSg: [pastSg], pastPl: [pastSg + 'n'], part };
}

/** True when the verb is irregular or strong (its past cannot be guessed). */
export function isKnownIrregular(inf: string): boolean {
  if (IRREGULAR.has(inf)) return true;
  const [prefix, rest] = stripInseparable(inf);
  return prefix !== '' && IRREGULAR.has(rest);
}

export function splitSeparable(inf: string, separable?: boolean): [string, string] | undefined {
  if (separable === false || inf.includes(' ')) return undefined;
  const prefixes = separable ? [...SEPARABLE, ...MAYBE_SEPARABLE] : SEPARABLE;
  let best = '';
  for (const p of prefixes) {
    if (inf.startsWith(p) && p.length > best.length && inf.length - p.length >= 4) best = p;
  }
  if (!best) return undefined;
  const rest = inf.slice(best.length);
  if (!/en$|n$/.test(rest) || !VOWEL.test(rest.slice(0, -2))) return undefined;
  // A loanword in -eren is one word (in-formeren, op-teren): it only splits when the rest
  // is a Dutch verb of its own (uit-proberen: probeert).
  if (stressedEren(inf) && !IRREGULAR.has(rest) && zipf(paradigm(rest).pres3) < 3) return undefined;
  return [best, rest];
}

function verbForms(inf: string, separable?: boolean): Form[] {
  // door/om/onder/over/voor + verb can be either (dóórlopen / doorlópen): without a
  // `separable` flag match both joined paradigms, but not the split "zet ... door" form.
  // `separable: false` means the same: never the split form, but "vastgesteld" still matches.
  const maybe = splitSeparable(inf, true);
  if (separable !== true && maybe && (separable === false || !splitSeparable(inf))) {
    const joined = paradigmForms(inf, maybe).filter((f) => !f.words.includes(GAP));
    return [...paradigmForms(inf, undefined), ...joined];
  }
  return paradigmForms(inf, splitSeparable(inf, separable));
}

function paradigmForms(inf: string, split: [string, string] | undefined): Form[] {
  const forms: Form[] = [];
  const add = (slot: Slot, ...words: string[]) => forms.push({ words, slot });
  if (split) {
    const [prefix, rest] = split;
    const p = paradigm(rest);
    add('base', inf);
    add('stem', prefix + p.stem);
    add('pres3', prefix + p.pres3);
    for (const f of p.pastSg) add('pastSg', prefix + f);
    for (const f of p.pastPl) add('pastPl', prefix + f);
    if (p.part) add('part', prefix + (p.part.startsWith('ge') || isInseparableStart(rest) ? p.part : 'ge' + p.part));
    add('presPart', inf + 'd');
    add('presPart', inf + 'de');
    add('teInf', prefix, 'te', rest);
    // Main clause: the finite verb first, the prefix at the end (kent ... toe).
    add('stem', p.stem, GAP, prefix);
    add('pres3', p.pres3, GAP, prefix);
    add('base', rest, GAP, prefix);
    for (const f of p.pastSg) add('pastSg', f, GAP, prefix);
    for (const f of p.pastPl) add('pastPl', f, GAP, prefix);
    return forms;
  }
  const p = paradigm(inf);
  add('base', inf);
  add('stem', p.stem);
  add('pres3', p.pres3);
  for (const f of p.pastSg) add('pastSg', f);
  for (const f of p.pastPl) add('pastPl', f);
  if (p.part) add('part', p.part);
  add('presPart', inf + 'd');
  add('presPart', inf + 'de');
  return forms;
}

function isInseparableStart(word: string): boolean {
  return stripInseparable(word)[0] !== '';
}

const LONG_VOWEL_END = /(aa|ee|oo|uu)([bcdfgklmnprstvz])$/;
const SHORT_VOWEL_END = /(^|[^aeiouy])([aeiou])([bdfgklmnprst])$/;
const DIPHTHONG_END = /(ie|oe|ui|ei|ij|ou|au|eu|aa|ee|oo|uu)([sf])$/;
const UNVOICED_S = /(^|[^r])eis$|kous$|kruis$|paus$/;
/** Endings with a schwa or an unstressed vowel: no doubled consonant (enkele, wankele). */
const UNSTRESSED_END = /([aeiouy][^aeiouy]+e[lnrm]|ig|lijk|isch)$/;

/** Regular '-en' ending forms: one best guess, plus the other vowel reading for long words. */
function withEn(word: string, suffix: string): string[] {
  const out: string[] = [];
  const voice = (w: string) => w.replace(/s$/, 'z').replace(/f$/, 'v');
  if (LONG_VOWEL_END.test(word)) {
    const undoubled = word.replace(LONG_VOWEL_END, (_m, v: string, c: string) => v[0] + c);
    out.push(voice(undoubled) + suffix, undoubled + suffix);
  } else if (DIPHTHONG_END.test(word)) {
    // Most s after a diphthong voices (huizen, prijzen, reizen); these do not, and the
    // first form is the one an alternative is inflected to (eis -> eisen, not eizen).
    if (UNVOICED_S.test(word)) out.push(word + suffix, voice(word) + suffix);
    else out.push(voice(word) + suffix, word + suffix);
  } else if (SHORT_VOWEL_END.test(word) && !UNSTRESSED_END.test(word)) {
    out.push(word + word.slice(-1) + suffix);
    if (word.length >= 5) out.push(word + suffix);
  } else {
    out.push(word + suffix);
  }
  return out;
}

/**
 * A noun in -e made of an adjective or participle: a present participle (-nde) or a word
 * whose form without -e is a common word that is no noun (betrokken, gehandicapt, oud).
 */
function nominalised(word: string): boolean {
  if (word.length > 5 && word.endsWith('nde')) return true;
  return nonNounZipf(word.slice(0, -1)) >= 3;
}

function nounForms(word: string, loanword = false): Form[] {
  const forms: Form[] = [{ words: [word], slot: 'base' }];
  const plural = (w: string) => forms.push({ words: [w], slot: 'plural' });
  const last = word.split(' ').pop()!;
  const head = word.slice(0, word.length - last.length);
  // An English loanword takes -s ('s after a vowel): pilots, events, agenda's; "piloten"
  // and "eventen" are Dutch words or no words.
  if (loanword) plural(head + last + (/[aiouy]$/.test(last) ? "'s" : 's'));
  else if (last.endsWith('heid')) plural(head + last.slice(0, -4) + 'heden');
  else if (/[aiouy]$/.test(last)) plural(head + last + "'s");
  else if (last.endsWith('e')) {
    // A noun made of an adjective or participle takes -n (betrokkene -> betrokkenen,
    // belanghebbende -> belanghebbenden); others take -s first (bijlages, tantes).
    if (nominalised(last)) {
      plural(head + last + 'n');
      plural(head + last + 's');
    } else {
      plural(head + last + 's');
      plural(head + last + 'n');
    }
  } else if (/[aeiouy][^aeiouy]+e[lmnr]$|(je|ie|um)$/.test(last)) {
    // "middelen", not "middels" (that is another word); the first plural is the one suggested.
    if (last.endsWith('middel')) plural(head + last + 'en');
    plural(head + last + 's');
    if (last.endsWith('ie')) plural(head + last + 'ën');
    if (last.endsWith('um')) plural(head + last.slice(0, -2) + 'a');
  } else {
    for (const w of withEn(last, 'en')) plural(head + w);
    if (/(ier|eur|oor|aal)$/.test(last)) plural(head + last + 's');
  }
  if (!word.includes(' ')) {
    for (const d of [last + 'je', last + 'tje', last + 'pje', last + 'etje']) {
      forms.push({ words: [head + d], slot: 'dim' }, { words: [head + d + 's'], slot: 'dim' });
    }
  }
  return forms;
}

function adjForms(word: string): Form[] {
  const forms: Form[] = [{ words: [word], slot: 'base' }];
  if (word.includes(' ')) return forms;
  const e = word.endsWith('e') ? [] : word.endsWith('isch') ? [word + 'e'] : withEn(word, 'e');
  for (const w of e) forms.push({ words: [w], slot: 'adjE' });
  const stemE = e[0] ?? word;
  const comp = word.endsWith('r') ? word + 'der' : stemE.endsWith('e') && !word.endsWith('e') ? stemE + 'r' : word + 'r';
  forms.push({ words: [comp], slot: 'comp' }, { words: [comp + 'e'], slot: 'comp' });
  forms.push({ words: [word.endsWith('s') ? word + 't' : word + 'st'], slot: 'sup' });
  forms.push({ words: [(word.endsWith('s') ? word + 't' : word + 'st') + 'e'], slot: 'sup' });
  return forms;
}

function splitWords(phrase: string): string[] {
  return phrase.trim().split(/\s+/);
}

/** All forms of a rule entry, without duplicates. */
/**
 * Every surface form of an entry. `loanword` (rule option `loanwords`, the anglicisms):
 * nouns take the English -s plural only.
 */
export function formsOf(word: string, pos: PartOfSpeech = 'other', extra: string[] = [], separable?: boolean, loanword = false): Form[] {
  const lemma = normalize(word);
  let forms: Form[];
  if (pos === 'verb' && !lemma.includes(' ')) forms = verbForms(lemma, separable);
  else if (pos === 'verb') forms = phraseVerbForms(lemma, separable);
  else if (pos === 'noun') forms = nounForms(lemma, loanword).map((f) => ({ ...f, words: f.words.flatMap(splitWords) }));
  else if (pos === 'adj') forms = adjForms(lemma);
  else forms = [{ words: splitWords(lemma), slot: 'base' }];
  for (const f of extra) forms.push({ words: splitWords(normalize(f)), slot: 'extra' });
  const seen = new Map<string, Form>();
  return forms.filter((f) => {
    const key = f.words.join(' ');
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.slot !== f.slot && !(earlier.also ?? []).includes(f.slot)) (earlier.also ??= []).push(f.slot);
      return false;
    }
    // The ik-form (verzoek, aanvraag, regel) is mostly a noun in a letter, and letters
    // are written with wij/u: match it only in a split verb (deel ... mede).
    if (f.slot === 'stem' && !f.words.includes(GAP)) return false;
    // A generated form that is a function word (innen -> "in") would flag every sentence.
    if (f.slot !== 'base' && f.slot !== 'extra' && f.words.length === 1 && FUNCTION_WORDS.has(f.words[0]!)) return false;
    seen.set(key, f);
    return true;
  });
}

/**
 * A multi-word verb entry (zorg dragen voor): the verb is the word ending in -en that is
 * the last such word; the other words stay, finite forms are also matched verb-first.
 */
function phraseVerbForms(phrase: string, separable?: boolean): Form[] {
  const words = splitWords(phrase);
  let at = -1;
  for (let i = words.length - 1; i >= 0; i--) if (/en$/.test(words[i]!) && words[i]!.length > 3) { at = i; break; }
  if (at < 0) return [{ words, slot: 'base' }];
  const forms: Form[] = [];
  for (const f of verbForms(words[at]!, separable)) {
    if (f.words.includes(GAP)) continue;
    forms.push({ words: [...words.slice(0, at), ...f.words, ...words.slice(at + 1)], slot: f.slot });
    if (at > 0 && f.slot !== 'base' && f.slot !== 'part' && f.slot !== 'presPart' && f.slot !== 'teInf') {
      // Main clause word order: "draagt zorg voor", "gaat over tot betaling".
      forms.push({ words: [...f.words, ...words.slice(0, at), ...words.slice(at + 1)], slot: f.slot });
    }
  }
  return forms;
}

export function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/\u0133/g, 'ij')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u2019/g, "'")
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Puts an alternative into the slot of the matched form. Returns the inflected text and
 * whether the result is reliable enough to apply without a human reading it.
 */
const MASS_NOUNS = new Set([
  'hulp', 'steun', 'zorg', 'geld', 'uitleg', 'kennis', 'aandacht', 'overleg', 'inspraak', 'opvang', 'vervoer',
  'onderwijs', 'informatie', 'toestemming', 'ondersteuning', 'begeleiding', 'hulpverlening', 'bescherming',
  'huisvesting', 'thuiszorg', 'schuldhulp', 'groen', 'afval', 'vuil', 'water', 'energie', 'personeel',
]);

/**
 * The singulars a plural form may have, most likely first: tegels (tegel), gegevens
 * (gegeven), kosten (kost), gesprekken (gesprek), afspraken (afspraak), brieven (brief).
 * An -s plural needs a stem that takes -s (-el, -em, -en, -er, -je, -ie, a vowel): "kans"
 * is no plural of "kan". Candidates only: the lexicon decides which is a word.
 */
export function singularsOf(word: string): string[] {
  const stems: string[] = [];
  if (word.endsWith('s')) {
    const stem = word.endsWith("'s") ? word.slice(0, -2) : word.slice(0, -1);
    if (/(?:e[lmnr]|je|ie|[aeiouy])$/.test(stem)) stems.push(stem);
  } else if (word.endsWith('en') && word.length > 4) {
    const stem = word.slice(0, -2);
    stems.push(stem);
    const n = stem.length;
    // gesprek-ken: a doubled consonant; afspra-ken: a long vowel written single.
    if (stem[n - 1] === stem[n - 2]) stems.push(stem.slice(0, -1));
    else if (/[^aeiou][aeiou][^aeiouy]$/.test(stem)) stems.push(stem.slice(0, -1) + stem[n - 2] + stem[n - 1]);
    // brie-ven, hui-zen: v and z are written f and s at the end.
    for (const st of [...stems]) if (/[vz]$/.test(st)) stems.push(st.slice(0, -1) + (st.endsWith('v') ? 'f' : 's'));
  }
  return stems.filter((stem) => stem.length >= 3);
}

/** A plural of a listed noun; a singular that looks like one has a plural of its own (wagen: wagens). */
function isPlural(word: string): boolean {
  if (nounZipf(word + 's') >= 1.5 || nounZipf(word + 'en') >= 1.5) return false;
  return singularsOf(word).some((stem) => nounZipf(stem) >= 2.5);
}

/** A common infinitive the lexicon does not know as a noun (geven, betalen; not keuken, leven). */
function isVerbNotNoun(word: string): boolean {
  return nonNounZipf(word) >= 3;
}

/** Uncountable: no plural ("hulp", "ondersteuning"), also as the head of a compound ("woonhulp"). */
function isMassNoun(word: string): boolean {
  if (MASS_NOUNS.has(word)) return true;
  for (const mass of MASS_NOUNS) if (mass.length >= 4 && word.length > mass.length + 2 && word.endsWith(mass)) return true;
  return false;
}

export function inflectInto(alternative: string, pos: PartOfSpeech, slot: Slot): { text: string; sure: boolean } {
  if (slot === 'base' || slot === 'extra' || pos === 'other') return { text: alternative, sure: slot !== 'extra' };
  const words = splitWords(alternative);
  const first = words[0]!.toLowerCase();
  if (pos === 'verb') {
    if (!/n$/.test(first)) return { text: alternative, sure: false };
    // "laten weten" and the like take the infinitive for a participle: "heeft laten weten".
    if (slot === 'part' && words.length > 1 && IPP_VERBS.has(first) && /en$/.test(words[1]!)) return { text: alternative, sure: false };
    const split = suggestionSplit(first);
    const single = words.length === 1;
    if (slot === 'teInf') {
      if (split) return { text: [split[0], 'te', split[1], ...words.slice(1)].join(' '), sure: single };
      return { text: ['te', ...words].join(' '), sure: single };
    }
    if (split && slot !== 'part' && slot !== 'presPart') {
      // A separable alternative in a finite slot splits in a main clause; leave it to a human.
      const p = paradigm(split[1]);
      const finite = pickSlot(p, slot, split[1]);
      // The particle closes the verb, before a trailing preposition: "gaat door met".
      const rest = words.slice(1);
      const text = rest.length && PREPOSITIONS.has(rest[0]!) ? [finite, split[0], ...rest] : [finite, ...rest, split[0]];
      return { text: text.join(' '), sure: false };
    }
    const p = split ? paradigm(split[1]) : paradigm(first);
    let form = pickSlot(p, slot, split ? split[1] : first);
    if (split) form = split[0] + (slot === 'part' && !form.startsWith('ge') && !isInseparableStart(split[1]) ? 'ge' + form : form);
    if (slot === 'presPart') form = first + 'd';
    // Present forms follow the spelling rules even for strong verbs; past forms only when
    // the verb is in the table or does not look strong.
    const lemma = split ? split[1] : first;
    const regularSlot = slot === 'stem' || slot === 'pres3' || slot === 'presPart';
    const sure = single && (regularSlot || isKnownIrregular(lemma) || !STRONG_HINT.test(lemma));
    return { text: [form, ...words.slice(1)].join(' '), sure };
  }
  if (words.length > 1) return { text: alternative, sure: false };
  // An adverb or determiner as the alternative of an adjective takes no ending (dit, not "ditte").
  if (pos === 'adj' && (NOT_INFLECTING.has(first) || FUNCTION_WORDS.has(first))) return { text: alternative, sure: false };
  // A mass noun has no plural that reads well ("hulpen", "begeleidingen"): for a plural
  // it stays as it is ("trajecten" -> "hulp"), and is only shown, never a fix.
  if (pos === 'noun' && slot === 'plural' && isMassNoun(first)) return { text: alternative, sure: false };
  // A verb as the alternative of a noun ("verstrekking" -> "geven") has no plural either,
  // and a plural alternative is one already ("verhardingen" -> "tegels", not "tegelsen").
  if (pos === 'noun' && slot === 'plural' && ((first.endsWith('en') && isVerbNotNoun(first)) || isPlural(first))) {
    return { text: alternative, sure: false };
  }
  const forms = pos === 'noun' ? nounForms(first) : adjForms(first);
  const match = forms.find((f) => f.slot === slot);
  if (!match) return { text: alternative, sure: false };
  return { text: match.words.join(' '), sure: pos === 'adj' };
}

// door/om/onder/over/voor verbs that B1 alternatives use in the inseparable reading
// (overlégt, ondertékend); the others in a suggestion read as separable (doorgestuurd).
const INSEPARABLE_VERBS = new Set([
  'overleggen', 'overwegen', 'overtuigen', 'overleven', 'overlijden', 'overschrijden', 'overtreden', 'overwinnen',
  'overzien', 'overdrijven', 'overvallen', 'overhandigen', 'overbruggen', 'overnachten', 'overkomen',
  'ondertekenen', 'onderzoeken', 'ondersteunen', 'onderhouden', 'ondernemen', 'onderbreken', 'onderscheiden',
  'ondervinden', 'ondergaan', 'onderhandelen', 'ondervragen', 'onderwijzen', 'onderdrukken', 'onderschatten',
  'voorkomen', 'voorzien', 'voorspellen', 'omschrijven', 'omringen', 'omarmen', 'omvatten', 'doorbreken',
  'doorzoeken', 'doordenken', 'doorgronden', 'doorkruisen', 'doorstaan',
]);

/** How an alternative verb splits: ambiguous prefixes read as separable unless listed or the rest is no verb. */
function suggestionSplit(inf: string): [string, string] | undefined {
  const plain = splitSeparable(inf);
  if (plain || INSEPARABLE_VERBS.has(inf)) return plain;
  const maybe = splitSeparable(inf, true);
  if (!maybe) return undefined;
  const rest = maybe[1];
  return IRREGULAR.has(rest) || zipf(paradigm(rest).pres3) >= 3 ? maybe : undefined;
}

/** Alternatives of adjective entries that are no adjective (or never take -e). */
const NOT_INFLECTING = new Set([
  'deze', 'dit', 'die', 'dat', 'zulke', 'altijd', 'eerst', 'genoeg', 'graag', 'misschien', 'soms', 'vooraf', 'volgens',
  'hetzelfde', 'open', 'gratis', 'extra', 'hierboven', 'hieronder', 'daarna', 'vaak', 'meteen', 'straks', 'zelf',
]);

const IPP_VERBS = new Set(['laten', 'gaan', 'blijven', 'komen', 'leren', 'helpen', 'horen', 'zien']);

const PREPOSITIONS = new Set(['met', 'naar', 'aan', 'op', 'voor', 'van', 'over', 'in', 'bij', 'tot', 'uit', 'om', 'tegen', 'door']);

// Verbs whose past is irregular but absent from the table: don't guess their past.
const STRONG_HINT = /(ijven|ijgen|ijken|ijpen|ijten|ieden|iezen|ieten|uiten|uiken|inden|ingen|inken|ellen|erpen|erven|even)$/;

function pickSlot(p: VerbParadigm, slot: Slot, inf: string): string {
  switch (slot) {
    case 'stem':
      return p.stem;
    case 'pres3':
      return p.pres3;
    case 'pastSg':
      return p.pastSg[0]!;
    case 'pastPl':
      return p.pastPl[0]!;
    case 'part':
      return p.part || inf;
    default:
      return inf;
  }
}
