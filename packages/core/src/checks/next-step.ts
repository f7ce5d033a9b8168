// Structure: what happens next, and when. VNG pain points: "Ik vind het onduidelijk hoe
// procedures in elkaar zitten en wanneer er wat gebeurt" (black box) and "processen
// duren te lang". A letter passes when one body sentence speaks about the future (what
// we or the reader will do or get) and names a date or period. Findings:
// - such sentences exist but none names a time (or only "binnenkort"): on the first one;
// - no sentence about what comes next at all: on the closing.

import type { LetterCheck } from '../doc.js';
import { VAGUE_TIME, anchorForMissing, bodySentences, hasForwardTime, hasTime, isLetter, letterView, spanOf } from './letter.js';

const FUTURE =
  /\b(gaan|gaat|zullen|zal|zullen wij|krijgt|ontvangt|hoort|horen|sturen|stuurt|bellen|belt|nemen .{0,30}contact|beslissen|besluiten|beoordelen|bekijken|behandelen|start|starten|begint|beginnen|duurt|geldt|loopt|daarna|hierna|vervolgens|volgende stap|wat gebeurt er|wat kunt u verwachten|komt|komen|verwachten|plannen|maken .{0,20}afspraak|uiterlijk|vanaf|tot en met)\b/i;

const OBJECTION = /\b(bezwaar|beroep)/i;

export const nextStep: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options)) return [];
  const sentences = bodySentences(view);
  let firstVague: (typeof sentences)[number] | undefined;
  let anyFuture = false;
  for (const s of sentences) {
    // How to object counts only with its term: for a decision that is the next step.
    const forward = hasForwardTime(view, s.text);
    if (!forward && OBJECTION.test(s.text)) continue;
    if (forward || (hasTime(view, s.text) && FUTURE.test(s.text))) return [];
    if (FUTURE.test(s.text)) {
      anyFuture = true;
      if (!firstVague && VAGUE_TIME.test(s.text)) firstVague = s;
    }
  }
  if (firstVague) return [{ ...spanOf(firstVague), data: { wat: 'noem een datum of termijn' } }];
  const anchor = anchorForMissing(view);
  if (!anchor) return [];
  return [{ ...anchor, data: { wat: anyFuture ? 'noem een datum of termijn' : 'vertel wat er nu gebeurt en wanneer' } }];
};
