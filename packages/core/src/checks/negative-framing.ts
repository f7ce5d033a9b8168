// Tone: say what is possible, not what is not. "U mag niet parkeren, tenzij u een
// vergunning heeft" reads as a refusal; "U mag parkeren als u een vergunning heeft" says
// the same kindly. Only the clear constructions are reported: niet/geen ... tenzij,
// "niet eerder dan", "niet later dan", "het is niet mogelijk om", "niet zonder". A plain
// refusal ("Wij kunnen u helaas geen vergunning geven") is honest and stays unreported.

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { allMatches, bodySentences, letterView, sentencesWithCues } from './letter.js';

const PATTERNS: Array<[RegExp, string]> = [
  [/\b(niet|geen)\b[^.!?;]{0,80}?\btenzij\b/gi, "'alleen als'"],
  [/\bniet eerder dan\b/gi, "'pas op' of 'pas na'"],
  [/\bniet later dan\b/gi, "'uiterlijk'"],
  [/\b(het is|is het) niet mogelijk\b/gi, "'u kunt ... alleen' of 'u kunt wel'"],
  [/\bniet zonder\b/gi, "'alleen met'"],
];

// Every pattern holds one of these words (in lower case).
const NEGATIONS = ['niet', 'geen'];
const NEGATION_CUES = Symbol('helder.negationCues');

export const negativeFraming: LetterCheck = ({ doc }) => {
  const view = letterView(doc);
  const findings: LetterCheckFinding[] = [];
  const sentences = bodySentences(view);
  // Every pattern holds "niet" or "geen": most sentences need no regular expression.
  const cued = sentencesWithCues(view, NEGATION_CUES, NEGATIONS);
  for (let i = 0; i < sentences.length; i++) {
    if (cued[i] === 0) continue;
    const s = sentences[i]!;
    for (const [re, positive] of PATTERNS) {
      for (const m of allMatches(re, s.text)) {
        findings.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, data: { positief: positive } });
      }
    }
  }
  return findings;
};
