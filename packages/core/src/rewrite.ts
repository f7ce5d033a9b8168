// rewrite(): apply every safe fix of a report, never two that overlap.

import type { Fix, Report } from './types.js';

export interface Edit extends Fix {
  ruleId: string;
  actual: string;
}

export interface RewriteResult {
  text: string;
  edits: Edit[];
}

export function rewrite(text: string, report: Report): RewriteResult {
  const candidates: Edit[] = [];
  for (const m of report.messages) {
    if (!m.fix) continue;
    if (text.slice(m.fix.start, m.fix.end) === m.fix.replacement) continue;
    candidates.push({ ...m.fix, ruleId: m.ruleId, actual: text.slice(m.fix.start, m.fix.end) });
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: Edit[] = [];
  let lastEnd = -1;
  for (const edit of candidates) {
    // Two edits touching the same spot cannot both be right: keep the first.
    if (edit.start < lastEnd || (edit.start === lastEnd && edit.start === edit.end)) continue;
    edits.push(edit);
    lastEnd = edit.end;
  }
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  out += text.slice(at);
  return { text: out, edits };
}
