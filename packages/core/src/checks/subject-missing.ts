// Structure: a letter without a subject line. Residents decide from the subject whether
// and how soon to read a letter (VNG pain point: fragmented, unstructured information).

import type { LetterCheck } from '../doc.js';
import { isLetter, letterView, spanOf } from './letter.js';

export const subjectMissing: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options) || view.subject || !view.salutation) return [];
  // Only a letter with a head (address, date, reference) lacks a subject for certain; a
  // pasted body ("Beste ...," first) may have its subject in an e-mail or a template.
  const head = view.blocks.slice(0, view.blocks.indexOf(view.salutation));
  if (!head.some((b) => b.role === 'address' || b.role === 'meta')) return [];
  return [spanOf(view.salutation)];
};
