// Structure: a decision says how to object (bezwaar) and within which term. Residents
// lose their right when they miss it (Awb: six weeks), and VNG pain point "black box":
// the next possible step is part of the procedure. A decision is a sentence about the
// reader (u/uw/aanvrager) with a decision word. Findings:
// - no "bezwaar" (or "beroep") in the letter: on the first decision sentence;
// - bezwaar mentioned without a term ("binnen zes weken" or a date): on that sentence.

import type { LetterCheck } from '../doc.js';
import { TIME, allMatches, bodySentences, hasForwardTime, isLetter, letterView, perView, sentencesWithCues, spanOf, type LetterView, withData } from './letter.js';

// A decision taken (participles, present-tense "wij wijzen ... af", "dit besluit"), not one
// announced ("u krijgt binnen acht weken ons besluit").
const DECISION =
  /\b(besloten|dit besluit|deze beschikking|dit is een besluit|toegekend|ken(nen)? .{0,40}toe|afgewezen|wijzen .{0,40}af|verleend|geweigerd|weigeren wij|ingetrokken|trekken .{0,40}in|goedgekeurd|opgelegd|leggen .{0,40}op|teruggevorderd|vorderen .{0,40}terug|beëindigd|stopgezet)\b/i;
// A decision that may come, not one taken: in a clause with a condition or a modal verb
// before the decision word ("In dat geval kan worden besloten uw uitkering te stoppen",
// "Begin pas als de vergunning is verleend", "nadat de vergunning is verleend").
const HYPOTHETICAL = /\b(als(?!\s+gevolg)|indien|wanneer|zodra|nadat|voordat|totdat|tenzij|mits|mocht|kan|kunnen|zal|zullen|zou|zouden)\b[^,;:]*$/i;
const DECISION_ALL = new RegExp(DECISION.source, 'gi');

/** A decision word in `s` that is not in a conditional or modal clause. */
function takenDecision(s: string): boolean {
  for (const m of allMatches(DECISION_ALL, s)) if (!HYPOTHETICAL.test(s.slice(0, m.index))) return true;
  return false;
}

const READER = /\b(u|uw|aanvrager|betrokkene|belanghebbende|verzoeker|je|jij|jouw)\b/i;
// A decision another body took, which the letter passes on ("De koning heeft besloten dat
// u Nederlander wordt", "Bij Koninklijk Besluit is u het Nederlanderschap verleend"): an
// objection to it does not go to the municipality, so the letter need not explain one.
const OTHER_BODY =
  /\b(de koning|koninklijk besluit|de minister|de staatssecretaris|de rechter|de rechtbank|de voorzieningenrechter|de raad van state|het uwv|de belastingdienst|de ind|het cak|de svb)\b/i;
const OBJECTION = /\b(bezwaar|bezwaarschrift|beroep|beroepschrift)\b/i;
// The term in weeks, however it is put: "binnen zes weken", "tot 6 weken na de datum van
// deze brief", "U heeft daarvoor zes weken de tijd".
const TERM = /\b(\d+|zes|vier|twee|drie|acht|tien|twaalf)\s+weken\b/i;

// Six characters at most ("bezwaa"): see REQUEST_CUES in action-deadline.ts.
const OBJECTION_WORDS = ['bezwaa', 'beroep'];
const OBJECTION_CUES = Symbol('helder.objectionCues');

/**
 * For each body sentence (by index), whether it may speak of an objection: its lower-cased
 * text holds "bezwaa(r)" or "beroep", as every word of OBJECTION does (and the objection
 * words next-step looks for). A cheap test before the expressions.
 */
export function objectionCues(view: LetterView): Uint8Array {
  return sentencesWithCues(view, OBJECTION_CUES, OBJECTION_WORDS);
}

/** OBJECTION.test of body sentence `i` (its text `s`), with the cheap test (`cues`) first. */
function mentionsObjection(cues: Uint8Array, i: number, s: string): boolean {
  return cues[i] === 1 && OBJECTION.test(s);
}

interface ObjectionSentence {
  /** Its index in bodySentences. */
  index: number;
  /** Its text with the sentence before and the two after (made on first use). */
  near?: string;
  /** TERM.test(near) (made on first use). */
  term?: boolean;
}

const OBJECTION_SENTENCES = Symbol('helder.objectionSentences');

/**
 * The body sentences that mention an objection (mentionsObjection), in order. Once per
 * view: the check and next-step (objectionWithTerm, with and without `ahead`) both ask,
 * and share the text around each and whether it names a term in weeks. Callers must not
 * change the result.
 */
function objectionSentences(view: LetterView): ObjectionSentence[] {
  return perView(view, OBJECTION_SENTENCES, (v) => {
    const sentences = bodySentences(v);
    const cues = objectionCues(v);
    const out: ObjectionSentence[] = [];
    for (let i = 0; i < sentences.length; i++) if (mentionsObjection(cues, i, sentences[i]!.text)) out.push({ index: i });
    return out;
  });
}

/**
 * The letter says how to object and names the term (in that sentence or the ones around
 * it): a number of weeks, or a date. With `ahead`, the date must lie ahead ("het besluit
 * van 30 maart" names the decision, not the term); without, any date will do, as a letter
 * about an objection already made names the old decision's date there.
 */
export function objectionWithTerm(view: LetterView, ahead = false): boolean {
  const sentences = bodySentences(view);
  for (const o of objectionSentences(view)) {
    const i = o.index;
    const near = (o.near ??= [sentences[i - 1], sentences[i], sentences[i + 1], sentences[i + 2]].map((x) => x?.text ?? '').join(' '));
    if ((o.term ??= TERM.test(near)) || (ahead ? hasForwardTime(view, near) : TIME.test(near))) return true;
  }
  return false;
}

export const objection: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options)) return [];
  const sentences = bodySentences(view);
  const decision = sentences.find(
    (s, i) => DECISION.test(s.text) && READER.test(s.text) && !mentionsObjection(objectionCues(view), i, s.text) && takenDecision(s.text) && !OTHER_BODY.test(s.text),
  );
  if (!decision) return [];
  const objections = objectionSentences(view).map((o) => sentences[o.index]!);
  if (objections.length === 0) return [withData(spanOf(decision), { wat: 'zeg hoe de lezer bezwaar maakt en binnen welke termijn' })];
  if (objectionWithTerm(view)) return [];
  return [withData(spanOf(objections[0]!), { wat: 'noem de termijn: binnen zes weken, of een datum' })];
};
