// Structure: a letter over about 250 words gets headings, so readers find their part
// (VNG pain point: versnipperde, ongestructureerde informatie). Option `maxWords`
// (default 250): body words allowed without any heading.

import type { LetterCheck } from '../doc.js';
import { isLetter, letterView, optionNumber, sentencesOfBlock, spanOf, withData } from './letter.js';

export const headings: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options)) return [];
  const max = optionNumber(options, 'maxWords', 250);
  if (view.bodyWords <= max) return [];
  if (view.body.some((b) => b.role === 'heading')) return [];
  const first = view.body.find((b) => b.role === 'prose');
  if (!first) return [];
  const s = sentencesOfBlock(view, first)[0];
  return [withData(spanOf(s ?? first), { woorden: view.bodyWords })];
};
