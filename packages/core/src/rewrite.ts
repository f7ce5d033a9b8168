// rewrite(): apply every safe fix of a report, never two that overlap.
// A fix is only attached by a rule when it is safe on its own (see rules/README.md);
// this function adds the guards that need the whole text: the report must belong to
// this text, edits may not overlap, and a sentence keeps its capital.

import type { Fix, Report } from './types.js';

export interface Edit extends Fix {
  ruleId: string;
  actual: string;
}

export interface RewriteResult {
  text: string;
  edits: Edit[];
}

/** True when `at` starts a sentence: only spaces, quotes or brackets since . ! ? or a line start. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':') return true;
    if (!/[\s"'“‘(\[*_#>-]/u.test(ch)) return false;
  }
  return true;
}

function keepCapital(text: string, edit: Fix): string {
  const r = edit.replacement;
  const original = text.slice(edit.start, edit.end);
  if (!r || !/^\p{Lu}/u.test(original) || !/^\p{Ll}/u.test(r)) return r;
  return startsSentence(text, edit.start) ? r.charAt(0).toUpperCase() + r.slice(1) : r;
}

export function rewrite(text: string, report: Report): RewriteResult {
  const candidates: Edit[] = [];
  for (const m of report.messages) {
    const fix = m.fix;
    if (!fix) continue;
    // A report of another text (or an edited one): its offsets mean nothing here.
    if (text.slice(m.start, m.end) !== m.actual) continue;
    if (!(Number.isInteger(fix.start) && Number.isInteger(fix.end) && fix.start >= 0 && fix.end <= text.length && fix.start < fix.end)) continue;
    if (typeof fix.replacement !== 'string') continue;
    const replacement = keepCapital(text, fix);
    const actual = text.slice(fix.start, fix.end);
    if (actual === replacement) continue;
    candidates.push({ start: fix.start, end: fix.end, replacement, ruleId: m.ruleId, actual });
  }
  // Earliest first; at the same start the longer span (a phrase is more specific than a
  // word inside it). Overlapping edits cannot both be right: the later one is dropped.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const edits: Edit[] = [];
  let lastEnd = -1;
  for (const edit of candidates) {
    if (edit.start < lastEnd) continue;
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
