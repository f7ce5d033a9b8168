// The grade: a pure function of measures and messages.
// NOTE: first cut; the grade work (issue 3, item 3) replaces the internals.

import type { DocMeasures, LetterDoc } from './doc.js';
import type { Grade, Message, Readability, Stats } from './types.js';

export interface GradeInput {
  doc: LetterDoc;
  measures: DocMeasures;
  stats: Stats;
  readability: Readability;
  messages: Message[];
}

export function grade(input: GradeInput): Grade {
  const value = Math.max(1, Math.min(10, 10 - input.readability.lint / 10));
  return { value: Math.round(value * 10) / 10, parts: [], improvements: [] };
}
