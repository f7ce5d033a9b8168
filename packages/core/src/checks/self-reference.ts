// Tone: the municipality writing about itself in the third person ("De gemeente heeft
// besloten", "Het college van burgemeester en wethouders stuurt u") where "wij" reads
// as people talking to people. Only the sender as the subject of a clause is reported:
// the phrase at the start of a sentence or clause and followed by a verb-like lower-case
// word, never after a preposition ("in de gemeente Dijkstad") or before a name.

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { allMatches, bodySentences, letterView, optionNumber, sentencesWithCues } from './letter.js';

// No `i` flag: the look-ahead must tell a lower-case verb from a capitalised name.
const SELF =
  /(^|[,;:]\s*|\b(dat|omdat|daarom|nu|toen|zodat|waarna|heeft|hebben|zal|zullen|kan|kunnen|gaat|wil|en)\s+)([Dd]e gemeente|[Hh]et college van burgemeester en wethouders|[Hh]et college van [Bb](urgemeester)?\s*(en|&)\s*[Ww](ethouders)?|[Hh]et college|[Bb]urgemeester en wethouders)(?=\s+(?!van\b)\p{Ll})/gu;

// Each name SELF knows holds one of these, in this case: a cheap test first, searched once
// in the whole text (sentencesWithCues). Short cues that start with a rare letter: a
// search for a cue of seven or more characters builds a skip table on every call.
const SELF_CUES = ['gemeen', 'colleg', 'wethou'];
const SELF_FLAGS = Symbol('helder.selfCues');

export const selfReference: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  const max = optionNumber(options, 'maxFindings', 3);
  const findings: LetterCheckFinding[] = [];
  const sentences = bodySentences(view);
  const cued = sentencesWithCues(view, SELF_FLAGS, SELF_CUES, true);
  for (let i = 0; i < sentences.length; i++) {
    if (cued[i] === 0) continue;
    const s = sentences[i]!;
    for (const m of allMatches(SELF, s.text)) {
      if (findings.length >= max) return findings;
      const start = s.start + m.index! + m[1]!.length;
      findings.push({ start, end: start + m[3]!.length, expected: ['wij'] });
    }
  }
  return findings;
};
