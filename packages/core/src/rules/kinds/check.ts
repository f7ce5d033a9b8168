// Kind `check`: a named letter-level detector from checks/ (registry `letterChecks`).

import type { DocMeasures, LetterCheck, LetterDoc } from '../../doc.js';
import type { Finding } from '../../report.js';

export function runCheck(
  detector: LetterCheck,
  doc: LetterDoc,
  measures: DocMeasures,
  options: Record<string, unknown>,
  emit: (f: Finding) => void,
): void {
  for (const f of detector({ doc, measures, options })) {
    if (!(f.start >= 0 && f.end >= f.start && f.end <= doc.text.length)) continue;
    const finding: Finding = { start: f.start, end: f.end };
    if (f.expected) finding.expected = f.expected;
    if (f.data) finding.data = f.data;
    emit(finding);
  }
}
