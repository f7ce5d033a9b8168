// Structure: what happens next, and when. VNG pain points: "Ik vind het onduidelijk hoe
// procedures in elkaar zitten en wanneer er wat gebeurt" (black box) and "processen
// duren te lang". A letter passes when one body sentence speaks about the future (what
// we or the reader will do or get) and names a date or period. Findings:
// - such sentences exist but none names a time (or only "binnenkort"): on the first one;
// - no sentence about what comes next at all: on the closing.

import type { LetterCheck } from '../doc.js';
import { objectionCues, objectionWithTerm } from './objection.js';
import { VAGUE_TIME, anchorForMissing, blockHasTime, bodySentences, hasForwardTime, hasTime, isLetter, letterView, spanOf, type LetterView, withData } from './letter.js';

const FUTURE =
  /\b(gaan|gaat|zullen|zal|zullen wij|krijgt|ontvangt|hoort|horen|sturen|stuurt|bellen|belt|nemen .{0,30}contact|beslissen|besluiten|beoordelen|bekijken|behandelen|start|starten|begint|beginnen|duurt|geldt|loopt|daarna|hierna|vervolgens|volgende stap|wat gebeurt er|wat kunt u verwachten|komt|komen|verwachten|plannen|maken .{0,20}afspraak|uiterlijk|vanaf|tot en met)\b/i;

const OBJECTION = /\b(bezwaar|beroep)/i;
// A heading that asks when ("Wanneer?", "Wanneer en waar?", "Datum en tijd"): the time
// under it is what comes next (an appointment, the works), even without a verb.
const WHEN_HEADING = /^(#+\s*)?(wanneer\b.*|waar en wanneer\b.*|(datum|tijd|dag)((,| en) (tijd|plaats|locatie|waar))*\s*[?:]?)$/i;

// The same as a label in the text: "Datum en tijd: donderdag 11 juni om 10.40 uur".
const WHEN_LABEL = /^(wanneer|(datum|tijd|dag)((,| en) (tijd|plaats|locatie))*)\s*:\s*\S/i;

/** The body block `i` follows a heading that asks when, and names a time. */
function underWhenHeading(view: LetterView, i: number | undefined): boolean {
  if (i === undefined || i === 0) return false;
  const block = view.body[i]!;
  const above = view.body[i - 1]!;
  // A heading, or a short label line ending in a colon ("Datum, tijd en plaats:").
  const label = above.role === 'heading' || (above.role === 'prose' && above.words <= 6 && above.text.endsWith(':'));
  return label && WHEN_HEADING.test(above.text) && blockHasTime(view, i);
}

export const nextStep: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options)) return [];
  // How to object, with its term, is the next step of a decision.
  if (objectionWithTerm(view, true)) return [];
  const sentences = bodySentences(view);
  // OBJECTION's words hold "bezwaar" or "beroep": a cheap test first.
  const mayObject = objectionCues(view);
  let firstVague: (typeof sentences)[number] | undefined;
  let anyFuture = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // How to object counts only with its term: for a decision that is the next step.
    const forward = hasForwardTime(view, s) || underWhenHeading(view, s.block) || (WHEN_LABEL.test(s.text) && hasTime(view, s));
    if (!forward && mayObject[i] === 1 && OBJECTION.test(s.text)) continue;
    if (forward) return [];
    // FUTURE once per sentence (it is among the costlier expressions).
    const future = FUTURE.test(s.text);
    if (future && hasTime(view, s)) return [];
    if (future) {
      anyFuture = true;
      if (!firstVague && VAGUE_TIME.test(s.text)) firstVague = s;
    }
  }
  if (firstVague) return [withData(spanOf(firstVague), { wat: 'noem een datum of termijn' })];
  const anchor = anchorForMissing(view);
  if (!anchor) return [];
  return [withData(anchor, { wat: anyFuture ? 'noem een datum of termijn' : 'vertel wat er nu gebeurt en wanneer' })];
};
