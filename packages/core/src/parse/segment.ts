// Sentences and paragraphs from the token stream. Replaces retext-dutch's sentence
// splitting with Dutch letter rules:
// - a full stop, '?' or '!' (with closing quotes/brackets) followed by white space ends
//   a sentence; an abbreviation's period does not, unless it is one that may end a
//   sentence (enz., etc.) and a capital follows;
// - a blank line, or the edge of a markup block, ends the sentence and the paragraph;
// - a single line break ends the sentence when lines.ts says so.

import type { BlockKind } from '../types.js';
import type { LetterDoc, Paragraph, Sentence, Token } from '../doc.js';
import { mayEndSentence } from './abbreviations.js';
import { breaksAt, type Line } from './lines.js';

const TERMINAL = /^(?:[.!?]+|…|\.\.\.)$/;
const ELLIPSIS = /^(?:…|\.{2,})$/;
const CLOSER = /^[)\]"'’”»]+$/;
const UPPER_START = /^[\p{Lu}\d"'‘“(]/u;
const LOWER_START = /^\p{Ll}/u;
/** Blocks that always form their own paragraph per line. */
const OWN_PARAGRAPH = new Set<BlockKind>(['heading', 'listItem', 'salutation', 'subject']);

export function segment(
  doc: LetterDoc,
  prose: string,
  tokens: Token[],
  lines: Line[],
  forced: number[],
): void {
  let li = 0; // line of the current token
  let fi = 0; // next forced boundary
  let current: Token[] = [];
  let sentenceLine = 0;
  let paragraph: Paragraph | undefined;
  let newParagraph = true;
  let pendingStop = false;

  const lineOf = (offset: number): number => {
    while (li + 1 < lines.length && lines[li + 1].start <= offset) li++;
    return li;
  };

  // Block kind per line, once: a continuation line takes the kind of the block it continues.
  const lineBlock: BlockKind[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    lineBlock[i] = l.kind ?? (l.continues && i > 0 ? lineBlock[i - 1] : 'paragraph');
  }
  const blockOf = (lineIndex: number): BlockKind => lineBlock[lineIndex] ?? 'paragraph';

  const close = (): void => {
    if (current.length === 0) return;
    const line = lines[sentenceLine];
    const block = line ? blockOf(sentenceLine) : 'paragraph';
    const startsLine = line ? current[0].start <= line.start : false;
    if (
      !paragraph ||
      newParagraph ||
      paragraph.block !== block ||
      (OWN_PARAGRAPH.has(block) && startsLine && !line.continues)
    ) {
      paragraph = { index: doc.paragraphs.length, start: current[0].start, end: current[0].end, block, sentences: [] };
      doc.paragraphs.push(paragraph);
      newParagraph = false;
    }
    const sentence: Sentence = {
      index: doc.sentences.length,
      start: current[0].start,
      end: current[current.length - 1].end,
      tokens: current,
      words: current.filter((t) => t.kind === 'word'),
      paragraph: paragraph.index,
      block,
    };
    paragraph.sentences.push(sentence.index);
    paragraph.end = sentence.end;
    doc.sentences.push(sentence);
    current = [];
    pendingStop = false;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (current.length === 0) sentenceLine = lineOf(t.start);
    current.push(t);
    const next = tokens[i + 1];
    if (!next) break;
    const here = lineOf(t.start);
    const there = lineOf(next.start);
    // Hard breaks: blank line or a markup block edge between the tokens.
    while (fi < forced.length && forced[fi] <= t.end) fi++;
    const forcedHere = fi < forced.length && forced[fi] <= next.start;
    if (forcedHere || (lines[here] && lines[there] && lines[here].group !== lines[there].group)) {
      close();
      newParagraph = true;
      continue;
    }
    if (here !== there) {
      if (breaksAt(prose, lines[here], lines[there])) {
        close();
        const a = lines[here];
        const b = lines[there];
        if ((a.kind ?? 'paragraph') !== (b.kind ?? (b.continues ? a.kind ?? 'paragraph' : 'paragraph'))) newParagraph = true;
        continue;
      }
    }
    const spaced = next.start > t.end;
    if (t.kind === 'punctuation' && TERMINAL.test(t.value)) {
      // "1." opening a numbered list item is a marker, not a full stop.
      if (current.length === 2 && current[0].kind === 'number' && lines[sentenceLine]?.start === current[0].start) continue;
      if (ELLIPSIS.test(t.value) && LOWER_START.test(next.value)) continue;
      if (!spaced && CLOSER.test(next.value)) {
        pendingStop = true;
        continue;
      }
      if (spaced) close();
      continue;
    }
    if (pendingStop && t.kind === 'punctuation' && CLOSER.test(t.value)) {
      if (!spaced && CLOSER.test(next.value)) continue;
      if (spaced) close();
      else pendingStop = false;
      continue;
    }
    pendingStop = false;
    if (t.kind === 'word' && spaced && t.value.endsWith('.') && UPPER_START.test(next.value)) {
      if (mayEndSentence(t.lower.slice(0, -1))) close();
    }
  }
  close();
}
