// Tone: one letter, one form of address. Mixing "u" and "je/jij/jouw" makes the reader
// wonder who is meant and sounds careless. The minority form is reported (ties: the
// je-forms), at most `maxFindings` times (default 5).

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { insidePlaceholder, letterView, optionNumber } from './letter.js';

const U = /\b(u|uw|uzelf)\b/gi;
const JE = /\b(je|jij|jou|jouw|jezelf)\b/gi;

export const mixedAddress: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  const max = optionNumber(options, 'maxFindings', 5);
  const u: LetterCheckFinding[] = [];
  const je: LetterCheckFinding[] = [];
  for (const b of view.blocks) {
    if (b.role === 'address' || b.role === 'meta' || b.role === 'signature') continue;
    for (const m of b.text.matchAll(U)) u.push({ start: b.start + m.index!, end: b.start + m.index! + m[0].length, expected: [] });
    for (const m of b.text.matchAll(JE)) je.push({ start: b.start + m.index!, end: b.start + m.index! + m[0].length, expected: [] });
  }
  if (u.length === 0 || je.length === 0) return [];
  const minority = je.length <= u.length ? je : u;
  const majority = minority === je ? 'u' : 'je';
  return minority
    .filter((f) => !insidePlaceholder(view, f.start, f.end))
    .slice(0, max)
    .map((f) => ({ ...f, data: { vorm: majority } }));
};
