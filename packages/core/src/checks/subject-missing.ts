// Structure: a letter without a subject line. Residents decide from the subject whether
// and how soon to read a letter (VNG pain point: fragmented, unstructured information).

import type { LetterCheck } from '../doc.js';
import { isLetter, letterView, spanOf } from './letter.js';

export const subjectMissing: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options) || view.subject || !view.salutation) return [];
  return [spanOf(view.salutation)];
};
