// The grade: a rapportcijfer 1-10 for a letter, a pure function of its findings and
// measures.
//
// Model (after the Kano model as the VNG and Haarlem's service vision use it: meeting the
// functional needs earns a 6, only meeting the emotional needs as well earns a 7, 8 or 9):
//
//   value = 1 + (5 points for the functional needs) + (4 points for the emotional needs)
//           - every point lost
//
// Each of the six values of the seed is a part with a fixed share of those 9 points:
//
//   functional  eenvoudig (helder) 2.5   words, sentences, measured readability (the
//                                        complaint residents name about letters most:
//                                        "ik begrijp de informatie niet")
//               transparant        1.0   what you must do and by when, how to object,
//                                        concrete times instead of "binnenkort"
//               consistent         0.5   one form of address
//               relevant           1.0   specific subject, core message first,
//                                        headings and lists
//   emotional   persoonlijk        2.0   addressed by name and as "u", no "de aanvrager",
//                                        "wij" instead of "de gemeente", a named contact
//                                        (half the loss when the letter has a general
//                                        number or a name without a number),
//                                        speaking as "wij" or "ik" (graded: up to once
//                                        per 100 words)
//               betrokken          2.0   what happens next and when, friendly instructions,
//                                        no stiff formulas, no shouting, and following the
//                                        reader's questions (a letter that asks none
//                                        informs but does not engage)
//
// So a letter that is clear but impersonal and distant loses the 4 emotional points and
// ends at 6; a 7 or more needs the emotional values (Kano). The other way round, the
// emotional values only count as far as the basics are there (a warm letter nobody
// understands does not delight): fully from 80% of the functional points on, not at all
// at 50% or less, in proportion between. That loss is listed in the emotional parts as a
// "Kano" entry and shrinks as soon as the functional losses do. So a text that fails its
// basics grades low even where the letter-level checks cannot judge it (a pasted
// paragraph): one strongly bureaucratic sentence grades about 5.
//
// Every loss is a `lost[]` entry that names its reason, its points (grade points) and
// the rule (ruleId) or measure it comes from (LiNT score, mean sentence length, how often
// the letter says "u" and "wij"). Each finding costs its rule's impact times its
// severity weight (error 1.5, warning 1, suggestion 0.5); word and sentence rules count
// per 100 words, so a long letter is not punished for its length. Each rule's total is
// capped (ten jargon words are not ten times as bad as one), all word rules together and
// all sentence rules together are capped, and a part never loses more than its share:
// when the sum exceeds it, its losses shrink in proportion. Hence
// `10 - sum of all lost points = value` (up to rounding). `improvements` re-scores the
// letter without each loss group (one rule or one measure) and lists the three that
// raise the grade most, with that gain.
//
// Calibration: the corpus' ambtelijke letters grade 1.7-3.5, their B1 rewrites 9.4-10, the
// middle (tussen) letters 4.6-8.2 (the impacts follow how much a resident misses, not the
// corpus; see the report in git log).

import type { DocMeasures, LetterDoc } from './doc.js';
import type { Category, Grade, GradeLoss, GradePart, Improvement, Message, Readability, Severity, Stats } from './types.js';
import { isLetter, letterView, bodySentences, wordsIn } from './checks/letter.js';
import { contactParts } from './checks/contact-person.js';

export interface GradeInput {
  doc: LetterDoc;
  measures: DocMeasures;
  stats: Stats;
  readability: Readability;
  messages: Message[];
}

type PartId = GradePart['id'];

interface PartSpec {
  id: PartId;
  label: string;
  need: GradePart['need'];
  weight: number;
}

const PARTS: PartSpec[] = [
  { id: 'eenvoudig', label: 'Eenvoudig en helder', need: 'functioneel', weight: 2.5 },
  { id: 'transparant', label: 'Transparant', need: 'functioneel', weight: 1.0 },
  { id: 'consistent', label: 'Consistent', need: 'functioneel', weight: 0.5 },
  { id: 'relevant', label: 'Relevant', need: 'functioneel', weight: 1.0 },
  { id: 'persoonlijk', label: 'Persoonlijk', need: 'emotioneel', weight: 2.0 },
  { id: 'betrokken', label: 'Betrokken', need: 'emotioneel', weight: 2.0 },
];

// The functional needs count as met from this share of their points on (4 of 5: a letter
// with a few hard words or one missing date still has its basics); below it, the emotional
// points count in proportion ...
const KANO_BASICS_MET = 0.8;
// ... down to this share, where the basics are missing: no emotional points count at all.
const KANO_BASICS_MISSING = 0.5;

/** The share of the emotional points that counts, from the share of functional points earned. */
function kanoShare(earned: number, possible: number): number {
  if (possible <= 0) return 1;
  return clamp01((earned / possible - KANO_BASICS_MISSING) / (KANO_BASICS_MET - KANO_BASICS_MISSING));
}

const SEVERITY: Record<Severity, number> = { error: 1.5, warning: 1, suggestion: 0.5 };

interface RuleImpact {
  part: PartId;
  /** Points per finding (at severity warning). */
  each: number;
  /** Most points this rule can take. */
  cap: number;
  /** Per 100 words instead of per finding (word and sentence rules). */
  density?: boolean;
  /** Dutch: what to change, for `improvements`. */
  advice: string;
}

// Letter-level rules and tone rules, by id. Their impacts say how much a resident
// misses when the thing is absent: no contact person or no way to object weighs more
// than a list that could have been a list.
const RULES: Record<string, RuleImpact> = {
  'onderwerp-ontbreekt': { part: 'relevant', each: 0.5, cap: 0.5, advice: 'Zet een onderwerp boven de brief dat zegt waar hij over gaat.' },
  'onderwerp-vaag': { part: 'relevant', each: 0.4, cap: 0.4, advice: "Maak het onderwerp concreet, bijvoorbeeld 'U krijgt een parkeervergunning'." },
  'kernboodschap-eerst': { part: 'relevant', each: 0.6, cap: 0.6, advice: 'Begin met de kern: het besluit of wat de lezer moet weten, in de eerste alinea.' },
  tussenkopjes: { part: 'relevant', each: 0.5, cap: 0.5, advice: "Deel de brief in met tussenkopjes, bijvoorbeeld 'Wat moet u doen?'." },
  opsomming: { part: 'relevant', each: 0.3, cap: 0.5, advice: 'Zet opsommingen onder elkaar, als lijstje.' },
  contactpersoon: { part: 'persoonlijk', each: 0.8, cap: 0.8, advice: 'Noem een contactpersoon met naam en telefoonnummer of e-mailadres.' },
  vervolgstap: { part: 'betrokken', each: 0.8, cap: 0.8, advice: 'Vertel wat er nu gebeurt en wanneer: noem een datum of termijn.' },
  'actie-termijn': { part: 'transparant', each: 0.5, cap: 0.8, advice: 'Zeg voor welke datum de lezer iets moet doen.' },
  'bezwaar-termijn': { part: 'transparant', each: 0.8, cap: 0.8, advice: 'Leg uit hoe de lezer bezwaar kan maken en binnen welke termijn.' },
  'onpersoonlijke-aanspreking': { part: 'persoonlijk', each: 0.3, cap: 1.0, advice: "Spreek de lezer aan met 'u', niet als 'de aanvrager' of 'betrokkene'." },
  'onpersoonlijk-men': { part: 'persoonlijk', each: 0.15, cap: 0.3, advice: "Zeg wie u bedoelt: 'u' of 'wij' in plaats van 'men'." },
  'aanhef-zonder-naam': { part: 'persoonlijk', each: 0.6, cap: 0.6, advice: "Spreek de lezer aan met zijn naam: 'Beste mevrouw De Vries,'." },
  'gemeente-als-wij': { part: 'persoonlijk', each: 0.3, cap: 0.6, advice: "Schrijf 'wij' in plaats van 'de gemeente' of 'het college'." },
  'u-en-je-door-elkaar': { part: 'consistent', each: 0.25, cap: 0.5, advice: "Kies één aanspreekvorm: 'u' of 'je'." },
  'stijve-formules': { part: 'betrokken', each: 0.35, cap: 1.0, advice: "Laat stijve formules weg, zoals 'Hoogachtend' en 'Hierbij deel ik u mede'." },
  'gebiedende-toon': { part: 'betrokken', each: 0.3, cap: 0.9, advice: "Schrijf vriendelijke aanwijzingen ('wilt u') in plaats van bevelen ('u dient')." },
  'negatieve-formulering': { part: 'betrokken', each: 0.2, cap: 0.4, advice: 'Zeg wat wel kan in plaats van wat niet mag.' },
  schreeuwen: { part: 'betrokken', each: 0.25, cap: 0.5, advice: 'Schrijf zonder hoofdletters en uitroeptekens die schreeuwen.' },
  'vage-tijd': { part: 'transparant', each: 0.25, cap: 0.5, advice: "Noem een datum of termijn in plaats van 'binnenkort' of 'tijdig'." },
};

// Word and sentence rules that are not listed above count for "eenvoudig", per 100 words.
const BY_CATEGORY: Record<Category, Omit<RuleImpact, 'advice'> & { advice: (m: Message) => string }> = {
  woorden: { part: 'eenvoudig', each: 0.12, cap: 0.6, density: true, advice: (m) => `Vervang moeilijke en ambtelijke woorden, zoals '${m.actual}'.` },
  zinnen: { part: 'eenvoudig', each: 0.15, cap: 0.4, density: true, advice: () => 'Maak zinnen korter en eenvoudiger (actief, één boodschap per zin).' },
  toon: { part: 'betrokken', each: 0.2, cap: 0.5, advice: (m) => m.message },
  structuur: { part: 'relevant', each: 0.3, cap: 0.5, advice: (m) => m.message },
};
// All word rules together, and all sentence rules together, never take more than this.
const FAMILY_CAP: Partial<Record<Category, number>> = { woorden: 1.0, zinnen: 0.8 };

/** One source of lost points: a rule, or a measure. */
interface LossGroup {
  key: string;
  part: PartId;
  reason: string;
  advice: string;
  points: number;
  ruleId?: string;
  family?: string;
  familyCap?: number;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function clamp01(n: number): number {
  return Math.max(0, Math.min(1, n));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// A letter that gives a general number or e-mail address but no person (or a person
// without a way to reach them) meets half of what a named contact is for: the reader can
// ask someone. Neither costs the full impact.
const CONTACT_HALF = 0.5;

/** Per rule, the share of its impact that counts for this letter (default 1). */
function ruleScales(input: GradeInput): Record<string, number> {
  const scales: Record<string, number> = {};
  if (!(input.messages ?? []).some((m) => m.ruleId === 'contactpersoon')) return scales;
  try {
    const { named, reach } = contactParts(letterView(input.doc));
    if (named || reach) scales.contactpersoon = CONTACT_HALF;
  } catch {
    // No letter view: the full impact.
  }
  return scales;
}

/** Loss groups from the messages: one per rule. */
function ruleGroups(messages: Message[], words: number, scales: Record<string, number>, groups: LossGroup[]): void {
  const byRule = new Map<string, Message[]>();
  for (const m of messages) {
    const list = byRule.get(m.ruleId);
    if (list) list.push(m);
    else byRule.set(m.ruleId, [m]);
  }
  const per100 = 100 / Math.max(words, 100);
  for (const [ruleId, list] of byRule) {
    const first = list[0]!;
    const known = RULES[ruleId];
    const byCat = known ? undefined : (BY_CATEGORY[first.category] ?? BY_CATEGORY.woorden);
    const impact = known ?? byCat!;
    let raw = 0;
    for (const m of list) raw += impact.each * (SEVERITY[m.severity] ?? 1);
    if (impact.density) raw *= per100;
    const points = Math.min(impact.cap, raw) * (scales[ruleId] ?? 1);
    if (points <= 0) continue;
    // The message without its final period (what /\.$/ would strip), without a regex.
    const text = first.message.endsWith('.') ? first.message.slice(0, -1) : first.message;
    groups.push({
      key: `rule:${ruleId}`,
      part: impact.part,
      reason: list.length === 1 ? `${text} (${ruleId})` : `${plural(list.length, 'melding', 'meldingen')} van ${ruleId}, bijvoorbeeld: ${text}`,
      advice: known ? known.advice : byCat!.advice(first),
      points,
      ruleId,
      family: known ? undefined : first.category,
      familyCap: known ? undefined : FAMILY_CAP[first.category],
    });
  }
}

/** Loss groups from the measures: readability, sentence length, how the letter speaks. */
function measureGroups(input: GradeInput, groups: LossGroup[]): void {
  const { readability, doc } = input;
  const lint = Number.isFinite(readability?.lint) ? readability.lint : 0;
  // LiNT levels: [0,34) 1, [34,46) 2, [46,58) 3, [58,100] 4. B1 letters sit in level 1-2;
  // level 4 ("very hard") costs 1.5 of the 2.5 points of "eenvoudig" by itself.
  const lintLoss = 1.5 * clamp01((lint - 34) / 24);
  if (lintLoss > 0.005) {
    groups.push({
      key: 'measure:lint',
      part: 'eenvoudig',
      reason: `De tekst is moeilijk leesbaar: LiNT-score ${Math.round(lint)} (niveau ${readability.level}); voor B1 is dat onder 46`,
      advice: 'Maak de tekst makkelijker: kortere zinnen, bekende en concrete woorden.',
      points: lintLoss,
    });
  }
  let view;
  try {
    view = letterView(doc);
  } catch {
    view = undefined;
  }
  // Mean sentence length over the body (the address block is not prose).
  // Words counted once per sentence; short questions ("Heeft u vragen?") do not count.
  const counts: number[] = [];
  if (view) {
    for (const s of bodySentences(view)) {
      const n = wordsIn(view, s.start, s.end);
      if (n > 0 && (n > 3 || !s.text.endsWith('?'))) counts.push(n);
    }
  }
  if (counts.length >= 2) {
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    const loss = 0.5 * clamp01((mean - 12) / 12);
    if (loss > 0.005) {
      groups.push({
        key: 'measure:zinslengte',
        part: 'eenvoudig',
        reason: `De zinnen zijn gemiddeld ${mean.toFixed(1)} woorden lang; voor B1 is 15 of minder het doel`,
        advice: `Schrijf kortere zinnen: nu gemiddeld ${Math.round(mean)} woorden, streef naar 15 of minder.`,
        points: loss,
      });
    }
  }
  if (view && isLetter(view, {})) {
    const per100 = (n: number) => (n * 100) / Math.max(view.bodyWords, 1);
    // Counted only as far as the answers need: once the reader is addressed often enough,
    // the sender speaks as "wij" often enough and the letter asks two questions, more
    // changes nothing (the exact count is only told when it is too low).
    const counts = { reader: 0, sender: 0, questions: 0 };
    for (const b of view.body) {
      countPronouns(b.text, counts);
      counts.questions += questionsIn(b.text);
      if (per100(counts.sender) >= SENDER_PER_100 && per100(counts.reader) >= 2 && counts.questions >= 2) break;
    }
    const { reader, sender, questions } = counts;
    if (per100(reader) < 2) {
      groups.push({
        key: 'measure:aanspreken',
        part: 'persoonlijk',
        reason: `De brief spreekt de lezer weinig aan: ${reader} keer 'u' of 'je' in ${view.bodyWords} woorden`,
        advice: "Schrijf aan de lezer: zeg 'u' en vertel wat het voor hem betekent.",
        points: 0.5,
      });
    }
    // A letter that speaks as "wij" once, in a closing formula, still reads as an office
    // writing: the loss shrinks with how often the sender speaks, up to once per 100 words
    // (B1 letters: 1.6 to 7 per 100 words; correct but distant letters: 0 to 1).
    const senderLoss = SENDER_LOSS * clamp01(1 - per100(sender) / SENDER_PER_100);
    if (senderLoss > 0.005) {
      groups.push({
        key: 'measure:afzender',
        part: 'persoonlijk',
        reason: sender === 0 ? "De afzender schrijft niet als 'wij' of 'ik'" : `De afzender schrijft zelden als 'wij' of 'ik': ${sender} keer in ${view.bodyWords} woorden`,
        advice: "Schrijf als mensen: 'wij' of 'ik', niet als instantie.",
        points: senderLoss,
      });
    }
    // Engaged letters talk with the reader: they follow the reader's questions ("Wat moet
    // u doen?", "Bent u het niet eens met dit besluit?", "Heeft u vragen?"). A letter that
    // asks none informs, but does not engage (Kano: the emotional points need evidence,
    // not only the absence of stiff formulas). Short notes are not judged.
    if (questions < 2 && view.bodyWords >= 80) {
      groups.push({
        key: 'measure:vragen',
        part: 'betrokken',
        reason: questions === 0 ? 'De brief stelt de lezer geen enkele vraag' : 'De brief stelt de lezer maar één vraag',
        advice: "Volg de vragen van de lezer, bijvoorbeeld als kopjes: 'Wat moet u doen?', 'Heeft u vragen?'.",
        points: questions === 0 ? QUESTIONS_LOSS : QUESTIONS_LOSS / 2,
      });
    }
  }
}

// The afzender measure: its full loss, and how often per 100 words the sender must speak
// as "wij" or "ik" for none.
const SENDER_LOSS = 0.5;
const SENDER_PER_100 = 1;
// The questions measure: its loss when the letter asks the reader nothing (half for one).
const QUESTIONS_LOSS = 0.4;

/** How many questions `s` asks: question marks at the end of a sentence, not in a web address. */
function questionsIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf('?'); i >= 0; i = s.indexOf('?', i + 1)) {
    const next = s.charCodeAt(i + 1);
    if (Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 9 || next === 41 || next === 34) n++;
  }
  return n;
}

// How the letter speaks: to the reader (u, je) and as people (wij, ik). One expression
// for both (a regular expression scans text several times faster than a loop over it).
const PRONOUN = /\b(?:(u|uw|je|jij|jou|jouw|jullie)|(wij|we|ons|onze|ik|mij|me|mijn))\b/gi;

/** Adds to `counts` how often reader and sender pronouns stand in `s` as whole words. */
function countPronouns(s: string, counts: { reader: number; sender: number; questions: number }): void {
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(s); m !== null; m = PRONOUN.exec(s)) {
    if (m[1] !== undefined) counts.reader++;
    else counts.sender++;
  }
}

interface Scored {
  value: number;
  parts: GradePart[];
}

/**
 * The loss groups with what score() and scoreValue() look up for each of them, found
 * once per grade: the part's index in PARTS (-1 for an unknown part) and the index of
 * its capped family (-1 for none). Also the number arrays they fill on every call, made
 * once and holding doubles from the start (doubles()).
 */
interface Ledger {
  groups: LossGroup[];
  part: number[];
  family: number[];
  familyCaps: number[];
  /** Scratch: each group's points after the family caps (cappedPoints). */
  points: number[];
  /** Scratch: each family's total (cappedPoints). */
  familyTotal: number[];
  /** Scratch: each part's total (scoreValue). */
  partTotal: number[];
}

/**
 * An array of n numbers that holds doubles from the start: made with a fraction in it, so
 * adding fractions later never changes its element kind (a plain array of zeros changes
 * it on the first one, and typed arrays cost more to make than they save here).
 */
function doubles(n: number): number[] {
  return new Array<number>(n).fill(0.5);
}

function ledgerOf(groups: LossGroup[]): Ledger {
  const names: string[] = [];
  const familyCaps: number[] = [];
  const part: number[] = [];
  const family: number[] = [];
  for (const g of groups) {
    part.push(PART_INDEX[g.part] ?? -1);
    if (!g.family || g.familyCap === undefined) {
      family.push(-1);
      continue;
    }
    let f = names.indexOf(g.family);
    if (f < 0) {
      f = names.push(g.family) - 1;
      familyCaps.push(g.familyCap);
    }
    family.push(f);
  }
  return {
    groups,
    part,
    family,
    familyCaps,
    points: doubles(groups.length),
    familyTotal: doubles(familyCaps.length),
    partTotal: doubles(PARTS.length),
  };
}

/**
 * Each group's points after the family caps (0 for `skip`), summed per family in group
 * order: all word rules together, and all sentence rules together, take at most their
 * cap, shrunk in proportion. Fills and returns ledger.points.
 */
function cappedPoints(ledger: Ledger, skip: number): number[] {
  const { groups, family, familyCaps, familyTotal, points } = ledger;
  for (let f = 0; f < familyTotal.length; f++) familyTotal[f] = 0;
  for (let i = 0; i < groups.length; i++) if (i !== skip && family[i]! >= 0) familyTotal[family[i]!]! += groups[i]!.points;
  for (let i = 0; i < groups.length; i++) {
    let p = i === skip ? 0 : groups[i]!.points;
    const f = family[i]!;
    if (i !== skip && f >= 0 && familyTotal[f]! > familyCaps[f]!) p *= familyCaps[f]! / familyTotal[f]!;
    points[i] = p;
  }
  return points;
}

/** Caps families, then parts, scaling losses in proportion so they still add up. */
function score(ledger: Ledger): Scored {
  const { groups } = ledger;
  const points = cappedPoints(ledger, -1);
  // Per part, its groups in group order (the order their points are added in).
  const members: number[][] = PARTS.map(() => []);
  for (let i = 0; i < groups.length; i++) if (ledger.part[i]! >= 0) members[ledger.part[i]!]!.push(i);
  const totals: number[] = [];
  const losts: GradeLoss[][] = [];
  for (let p = 0; p < PARTS.length; p++) {
    const mine = members[p]!;
    let total = 0;
    for (const i of mine) total += points[i]!;
    const factor = total > PARTS[p]!.weight ? PARTS[p]!.weight / total : 1;
    const lost: GradeLoss[] = [];
    for (const i of mine) {
      const g = groups[i]!;
      const loss: GradeLoss = { reason: g.reason, points: points[i]! * factor };
      if (g.ruleId) loss.ruleId = g.ruleId;
      lost.push(loss);
    }
    totals.push(total * factor);
    losts.push(lost);
  }
  // Kano: the emotional values only delight when the basics are there. The share of the
  // functional points a letter earns is the share of its emotional points that counts;
  // the rest is lost, and says why.
  let earned = 0;
  let possible = 0;
  for (let p = 0; p < PARTS.length; p++) if (PARTS[p]!.need === 'functioneel') earned = earned + PARTS[p]!.weight - totals[p]!;
  for (const p of PARTS) if (p.need === 'functioneel') possible += p.weight;
  const share = kanoShare(earned, possible);
  for (let p = 0; p < PARTS.length; p++) {
    const spec = PARTS[p]!;
    if (spec.need !== 'emotioneel' || share >= 1) continue;
    const kano = (spec.weight - totals[p]!) * (1 - share);
    if (kano < 0.005) continue;
    losts[p]!.push({
      reason: `Kano: zolang de brief niet eenvoudig, transparant, consistent en relevant is, telt ${spec.label.toLowerCase()} voor ${Math.round(share * 100)}% mee`,
      points: kano,
    });
    totals[p]! += kano;
  }
  let value = 10;
  const parts: GradePart[] = [];
  for (let p = 0; p < PARTS.length; p++) {
    const spec = PARTS[p]!;
    value -= totals[p]!;
    parts.push({
      id: spec.id,
      label: spec.label,
      need: spec.need,
      score: round(10 * (1 - totals[p]! / spec.weight), 1),
      lost: byPointsDescending(losts[p]!).map(rounded),
    });
  }
  return { value: Math.max(1, Math.min(10, value)), parts };
}

/**
 * Sorts losses by points, largest first, equal ones in their order: what the stable
 * sort((a, b) => b.points - a.points) gives, by insertion (a part has a handful of
 * losses, and the built-in sort's calls into the comparator cost more here).
 */
function byPointsDescending(lost: GradeLoss[]): GradeLoss[] {
  for (let i = 1; i < lost.length; i++) {
    const loss = lost[i]!;
    let j = i - 1;
    while (j >= 0 && lost[j]!.points < loss.points) {
      lost[j + 1] = lost[j]!;
      j--;
    }
    lost[j + 1] = loss;
  }
  return lost;
}

/** The loss as reported: its points to two decimals. */
function rounded(l: GradeLoss): GradeLoss {
  const out: GradeLoss = { reason: l.reason, points: round(l.points, 2) };
  if (l.ruleId !== undefined) out.ruleId = l.ruleId;
  return out;
}

/**
 * score(groups without group `skip`).value, with the same arithmetic in the same order
 * but without building parts and reasons: grade() asks it once per loss group. Per part
 * the points are added in group order, as score() does, so the sums are the same numbers.
 */
function scoreValue(ledger: Ledger, skip: number): number {
  const points = cappedPoints(ledger, skip);
  const partTotal = ledger.partTotal;
  for (let p = 0; p < partTotal.length; p++) partTotal[p] = 0;
  for (let i = 0; i < points.length; i++) {
    const p = ledger.part[i]!;
    if (i !== skip && p >= 0) partTotal[p]! += points[i]!;
  }
  for (let p = 0; p < PARTS.length; p++) {
    const total = partTotal[p]!;
    const weight = PARTS[p]!.weight;
    partTotal[p] = total * (total > weight ? weight / total : 1);
  }
  let earned = 0;
  let possible = 0;
  // Same association as score(): (earned + weight) - lost.
  for (let p = 0; p < PARTS.length; p++) if (PARTS[p]!.need === 'functioneel') earned = earned + PARTS[p]!.weight - partTotal[p]!;
  for (const p of PARTS) if (p.need === 'functioneel') possible += p.weight;
  const share = kanoShare(earned, possible);
  let value = 10;
  for (let p = 0; p < PARTS.length; p++) {
    const spec = PARTS[p]!;
    let total = partTotal[p]!;
    if (spec.need === 'emotioneel' && share < 1) {
      const kano = (spec.weight - total) * (1 - share);
      if (kano >= 0.005) total += kano;
    }
    value -= total;
  }
  return Math.max(1, Math.min(10, value));
}

const PART_INDEX: Partial<Record<PartId, number>> = Object.fromEntries(PARTS.map((p, i) => [p.id, i]));

interface Gain {
  gain: number;
  group: LossGroup;
}

/** Larger gain first; equal gains by their advice (what a stable sort with this order gives). */
function before(a: Gain, b: Gain): number {
  return b.gain - a.gain || a.group.advice.localeCompare(b.group.advice);
}

/**
 * Keeps `best` the first `n` gains in before() order, equal ones in arrival order: the
 * head of what a stable sort of all gains would give, without sorting them all.
 */
function keepBest(best: Gain[], gain: Gain, n: number): void {
  let at = best.length;
  while (at > 0 && before(gain, best[at - 1]!) < 0) at--;
  if (at >= n) return;
  best.splice(at, 0, gain);
  if (best.length > n) best.length = n;
}

export function grade(input: GradeInput): Grade {
  const words = input.stats?.words ?? 0;
  const groups: LossGroup[] = [];
  measureGroups(input, groups);
  ruleGroups(input.messages ?? [], words, ruleScales(input), groups);
  const ledger = ledgerOf(groups);
  const { value, parts } = score(ledger);
  const best: Gain[] = [];
  for (let i = 0; i < groups.length; i++) {
    const gain = scoreValue(ledger, i) - value;
    if (gain < 0.05) continue;
    keepBest(best, { gain, group: groups[i]! }, 3);
  }
  const improvements = best.map(({ gain, group }) => {
    const item: Improvement = { message: group.advice, gain: round(gain, 1) };
    if (group.ruleId) item.ruleId = group.ruleId;
    return item;
  });
  return { value: round(value, 1), parts, improvements };
}
