// Tokens: retext-dutch's words, punctuation and symbols, re-cut where Dutch needs it.
// - Opaque spans (amounts, dates, placeholders, ...) become one token each, even when
//   retext split them ("€", "1.250", ",", "00") or glued them to a period ("3.").
// - A period retext glued to a word ("u.", "B.") is split off unless the word is an
//   abbreviation or an initial, so the segmenter sees the full stop.
// - A period retext split off an abbreviation ("tel" ".") is joined back.

import type { OpaqueKind, Token } from '../doc.js';
import { isAbbreviation, PARTICLES, TITLES } from './abbreviations.js';
import { lowerOf } from './lower.js';
import type { Span } from './opaque.js';
import { LEAF_FIELDS, type LeafType, type TextLeaves } from './leaves.js';

const WORDLIKE = /[\p{L}\p{N}]/u;
const TERMINAL_ONLY = /^[.!?…]+$/;

/**
 * Every token is made here, with all its fields (the measures step fills in the last
 * four): one object shape for all tokens keeps every later step's property reads fast,
 * where fields added later in varying order gave each token one of many shapes.
 */
function makeToken(kind: Token['kind'], value: string, lower: string, start: number, end: number): Token {
  return { kind, value, lower, start, end, syllables: undefined, zipf: undefined, content: undefined, concrete: undefined };
}

/**
 * A token of a leaf or a part of one. `known` is the leaf's prose text and its lowerOf
 * form when the chunk memo had them (leaves.ts); the prose differs from the text only
 * where markup was blanked or entities decoded.
 */
function basic(text: string, prose: string, type: LeafType, start: number, end: number, whole: boolean, known?: string, knownLower?: string): Token {
  const value = known !== undefined && prose === text ? known : text.slice(start, end);
  let kind: Token['kind'] = type === 0 ? 'word' : type === 1 ? 'punctuation' : 'symbol';
  // A fragment of a word that lost its letters to an opaque span ("," of "1.250,00").
  if (!whole && kind === 'word' && !WORDLIKE.test(value)) kind = 'punctuation';
  const lower = knownLower ?? lowerOf(prose === text ? value : prose.slice(start, end));
  return makeToken(kind, value, lower, start, end);
}

function opaqueToken(text: string, span: Span): Token {
  const value = text.slice(span.start, span.end);
  return makeToken(span.kind as OpaqueKind, value, lowerOf(value), span.start, span.end);
}

/**
 * Takes retext's leaves in order (leaves.ts), splits them at opaque span edges and
 * replaces the covered parts by one token per span.
 */
class Cutter {
  readonly tokens: Token[] = [];
  private si = 0;
  private done = 0; // end of the last emitted token

  constructor(
    private readonly text: string,
    private readonly prose: string,
    private readonly spans: Span[],
  ) {}

  leaves(all: TextLeaves): void {
    const { starts, chunks } = all;
    for (let c = 0; c < chunks.length; c++) {
      const shift = starts[c]!;
      const leaves = chunks[c]!;
      for (let i = 0; i < leaves.length; i += LEAF_FIELDS) {
        const start = (leaves[i + 1] as number) + shift;
        const end = (leaves[i + 2] as number) + shift;
        this.leaf(leaves[i] as LeafType, start, end, leaves[i + 3] as string | undefined, leaves[i + 4] as string | undefined);
      }
    }
  }

  private leaf(type: LeafType, start: number, end: number, value: string | undefined, lower: string | undefined): void {
    const { spans, tokens, text, prose } = this;
    let at = start > this.done ? start : this.done;
    // Fast path: no span reaches into this leaf.
    while (this.si < spans.length && spans[this.si].end <= at) this.si++;
    const first = spans[this.si];
    if (at === start && (!first || first.start >= end)) {
      tokens.push(basic(text, prose, type, start, end, true, value, lower));
      this.done = end;
      return;
    }
    while (at < end) {
      while (this.si < spans.length && spans[this.si].end <= at) this.si++;
      const span = spans[this.si];
      if (span && span.start <= at) {
        tokens.push(opaqueToken(text, span));
        at = this.done = span.end;
        this.si++;
      } else if (span && span.start < end) {
        tokens.push(basic(text, prose, type, at, span.start, false));
        at = this.done = span.start;
      } else {
        tokens.push(basic(text, prose, type, at, end, at === start));
        at = this.done = end;
      }
    }
  }
}

const INITIAL = /^\p{L}\.$/u;

/** tokens[j] is an initial: "J." as one token, or "J" and an adjacent "." as retext may cut it. */
function initialAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  if (INITIAL.test(t.value)) return true;
  const dot = tokens[j + 1];
  return t.value.length === 1 && dot !== undefined && dot.value === '.' && dot.start === t.end;
}

/**
 * Whether a single letter with a period is an initial, not a sentence end: after a title
 * or another initial, or before a name particle or another initial. `prev` is the token
 * before it as already emitted; `next` indexes the token after the letter and its period.
 */
function isInitialContext(prev: Token | undefined, tokens: Token[], next: number): boolean {
  if (prev && (TITLES.has(prev.lower) || (prev.kind === 'word' && INITIAL.test(prev.value)))) return true;
  const n = tokens[next];
  if (n && n.kind === 'word' && (PARTICLES.has(n.lower) || initialAt(tokens, next))) return true;
  return false;
}

/** Period handling on word tokens (see the module comment). */
function periods(text: string, prose: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word' && t.value.length > 1 && t.value.endsWith('.')) {
      const base = t.lower.slice(0, -1);
      if (base.length === 1 && /\p{L}/u.test(base)) {
        if (isInitialContext(out[out.length - 1], tokens, i + 1)) {
          out.push(t);
          continue;
        }
      } else if (isAbbreviation(base) || base.includes('.')) {
        out.push(t);
        continue;
      }
      const cutAt = t.end - 1;
      out.push(basic(text, prose, 0, t.start, cutAt, true), basic(text, prose, 1, cutAt, t.end, true));
      continue;
    }
    // "tel" "." -> "tel." when retext split an abbreviation's period off (or an
    // initial's: "J" "." before "de Vries").
    const next = tokens[i + 1];
    if (
      t.kind === 'word' &&
      next &&
      next.kind === 'punctuation' &&
      next.value === '.' &&
      next.start === t.end &&
      (isAbbreviation(t.lower) || (t.value.length === 1 && isInitialContext(out[out.length - 1], tokens, i + 2))) &&
      !TERMINAL_ONLY.test(tokens[i + 2]?.value ?? '')
    ) {
      out.push(makeToken(t.kind, text.slice(t.start, next.end), t.lower + '.', t.start, next.end));
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

export function tokenize(leaves: TextLeaves, text: string, prose: string, spans: Span[]): Token[] {
  const cutter = new Cutter(text, prose, spans);
  cutter.leaves(leaves);
  return periods(text, prose, cutter.tokens);
}

/** Merges placeholder spans into the opaque spans (both sorted); placeholders win overlaps. */
export function mergeSpans(opaque: Span[], placeholders: Array<[number, number]>): Span[] {
  if (placeholders.length === 0) return opaque;
  const all: Span[] = placeholders.map(([start, end]) => ({ start, end, kind: 'placeholder' as const }));
  for (const s of opaque) all.push(s);
  all.sort((a, b) => a.start - b.start || (a.kind === 'placeholder' ? -1 : 1));
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
