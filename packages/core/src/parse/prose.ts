// Same-length text edits. Every preparation step (markdown, html, placeholders,
// directives) describes what to hide as edits of identical length, so the prose that
// retext-dutch parses has the same UTF-16 offsets as the original input.

export interface Edit {
  start: number;
  end: number;
  /** Replacement; must have length end - start. */
  text: string;
}

/** Spaces for every code unit except line breaks, which keep the line structure. */
export function blank(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c === 10 || c === 13 ? s[i] : ' ';
  }
  return out;
}

/**
 * Applies same-length edits to text. Edits are applied in start order; an edit that
 * overlaps an earlier one is dropped, so callers can add edits in any order.
 */
export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  const sorted = edits.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end <= e.start) continue;
    parts.push(text.slice(at, e.start), e.text.length === e.end - e.start ? e.text : blank(text.slice(e.start, e.end)));
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Edits that blank everything outside the kept ranges (sorted, non-overlapping). */
export function blankOutside(text: string, keep: Array<[number, number]>): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  for (const [s, e] of keep) {
    if (s > at) edits.push({ start: at, end: s, text: blank(text.slice(at, s)) });
    if (e > at) at = e;
  }
  if (at < text.length) edits.push({ start: at, end: text.length, text: blank(text.slice(at)) });
  return edits;
}

// Characters that retext-dutch would treat as separate symbols inside a word, or that
// carry no text: soft hyphens (in runs), zero-width, bidi controls, BOM. In the prose
// they become U+034F (combining grapheme joiner, a mark), which retext keeps inside
// words, so "za\u200Bak" stays one word. Other control characters become spaces.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function neutraliseInvisible(prose: string): string {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(prose)) return prose;
  INVISIBLE.lastIndex = 0;
  return prose.replace(INVISIBLE, (c) => (c.charCodeAt(0) < 0x80 ? ' ' : '\u034F'));
}
