// Tone: one letter, one form of address. Mixing "u" and "je/jij/jouw" makes the reader
// wonder who is meant and sounds careless. The minority form is reported (ties: the
// je-forms), at most `maxFindings` times (default 5).

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { allMatches, insidePlaceholder, letterView, optionNumber } from './letter.js';

const U = /\b(u|uw|uzelf)\b/gi;
const JE = /\b(je|jij|jou|jouw|jezelf)\b/gi;

export const mixedAddress: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  const max = optionNumber(options, 'maxFindings', 5);
  const blocks = view.blocks.filter((b) => b.role !== 'address' && b.role !== 'meta' && b.role !== 'signature');
  const find = (re: RegExp) => {
    const found: LetterCheckFinding[] = [];
    for (const b of blocks) for (const m of allMatches(re, b.text)) found.push({ start: b.start + m.index!, end: b.start + m.index! + m[0].length, expected: [] });
    return found;
  };
  // The je-forms first: most letters have none, and then "u" need not be looked for.
  const je = find(JE);
  if (je.length === 0) return [];
  const u = find(U);
  if (u.length === 0) return [];
  const minority = je.length <= u.length ? je : u;
  const majority = minority === je ? 'u' : 'je';
  return minority
    .filter((f) => !insidePlaceholder(view, f.start, f.end))
    .slice(0, max)
    .map((f) => ({ start: f.start, end: f.end, expected: f.expected, data: { vorm: majority } }));
};
