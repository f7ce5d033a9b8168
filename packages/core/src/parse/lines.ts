// Line structure of a letter. A single line break ends a block line (heading, list
// item, address line, salutation, closing, subject line), but not a line of hard-wrapped
// prose. This module classifies each line; the segmenter asks it where lines break.

import type { BlockKind } from '../types.js';
import type { BlockHint } from './hints.js';

export interface Line {
  /** First and past-last non-space code unit of the line. */
  start: number;
  end: number;
  /** Index of the blank-line separated group. */
  group: number;
  /** Block kind; null for a line of ordinary prose. */
  kind: BlockKind | null;
  /** Continues the block of the line before (wrapped list item). */
  continues: boolean;
  /** The line started with indentation. */
  indented: boolean;
  words: number;
  /** Longest line of the group: tells hard-wrapped prose from one-line paragraphs. */
  groupMax: number;
}

const LIST = /^(?:[-*•–·▪◦‣+](?=[ \t\u00A0])|\d{1,2}[.)](?=[ \t\u00A0])|\(?[a-zA-Z][)](?=[ \t\u00A0]))/;
const HEADING_MARK = /^#{1,6}[ \t]/;
const SUBJECT = /^(?:onderwerp|betreft|betreffende|inzake)[ \t\u00A0]*:/i;
const META =
  /^(?:datum|kenmerk|ons kenmerk|uw kenmerk|uw brief van|uw brief|uw bericht van|zaaknummer|dossiernummer|bijlagen?|contactpersoon|telefoon(?:nummer)?|tel\.?|e-?mail|behandeld door|verzonden|verzenddatum|afdeling|doorkiesnummer|klantnummer|referentie|aan|van|cc|t\.?a\.?v\.?)[ \t\u00A0]*:/i;
const SALUTATION = /^(?:geachte|beste|hallo|hoi|goedendag|goedemorgen|goedemiddag|lieve|dag)(?![\p{L}])/iu;
const CLOSING =
  /^(?:met (?:vriendelijke|hartelijke|beste|collegiale) groet(?:en)?|(?:vriendelijke|hartelijke) groet(?:en)?|hoogachtend|met groet(?:en)?|groet(?:en)?|namens\b[^.!?]*|tot ziens)[ \t\u00A0]*[,.!]?$/iu;
const ADDRESS =
  /^(?:\p{Lu}[\p{L}-]*(?:straat|weg|laan|plein|kade|gracht|dijk|singel|park|hof|pad|dreef|steeg|markt|plantsoen|baan|erf)[ \t\u00A0]\d{1,5}(?:[a-zA-Z]|-\d{1,4})?(?![\d\p{L}])|postbus[ \t\u00A0]+\d|t\.?a\.?v\.?[ \t\u00A0]|[1-9]\d{3}[ \t\u00A0]?[A-Z]{2}[ \t\u00A0]+\p{Lu}|\p{Lu}[\p{L}.'’ -]{1,40}[ \t\u00A0]\d{1,5}(?:[ \t\u00A0-]?[a-zA-Z]{1,2}|-\d{1,4})?$)/u;
const TERMINAL_END = /[.!?…][)"'’”»]*$/;
const SOFT_END = /[,;:]$/;
/** White space, plus the invisible characters the prose may hold. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xad || c === 0x34f || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0x1680
  );
}
const UPPER_START = /^[\p{Lu}\d"'‘“(]/u;
const LOWER_START = /^\p{Ll}/u;
const INNER_STOP = /[.!?][ \t\u00A0]+\p{Lu}/u;

const SHORT_WORDS = 8;
const HEADING_WORDS = 10;
/** A heading above prose in the same block is short; wrapped prose lines are longer. */
const HEADING_CHARS = 50;
const HEADING_CHARS_ALONE = 80;
/** Lines shorter than this that end without punctuation are not wrapped prose. */
const WRAP_MIN = 40;
/** A group with a line longer than this is not hard-wrapped: each line break counts. */
const WRAP_MAX = 100;
/** Share of the longest line that a wrapped line plus the next word must exceed. */
const WRAP_FIT = 0.85;
/** "Label: value" lines (a small table in the letter). */
const LABEL = /^\p{L}[\p{L}\d ()/'’-]{0,40}:[ \t\u00A0]+\S/u;

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function splitLines(prose: string): Line[] {
  const lines: Line[] = [];
  let group = 0;
  let blankSeen = false;
  let at = 0;
  while (at <= prose.length) {
    let nl = prose.indexOf('\n', at);
    if (nl === -1) nl = prose.length;
    let s = at;
    let e = nl;
    while (s < e && isSpace(prose.charCodeAt(s))) s++;
    while (e > s && isSpace(prose.charCodeAt(e - 1))) e--;
    if (s === e) blankSeen = true;
    else {
      if (blankSeen && lines.length) group++;
      blankSeen = false;
      // Word count only matters for short lines; long lines count as "many".
      const words = e - s > 200 ? 100 : countWords(prose.slice(s, e));
      lines.push({ start: s, end: e, group, kind: null, continues: false, indented: s > at, words, groupMax: 0 });
    }
    at = nl + 1;
  }
  return lines;
}

function isShortUnpunctuated(line: Line, text: string): boolean {
  return line.words <= SHORT_WORDS && !TERMINAL_END.test(text) && !SOFT_END.test(text);
}

/** Words a line of prose does not end on: the phrase goes on on the next line. */
const OPEN_END = /(?:^|[ \t\u00A0])(?:de|het|een|aan|van|op|in|naar|bij|voor|met|uit|over|tot|te|en|of|uw|onze|ons)$/i;

/**
 * A line that starts like an address ("Merelstraat 22") but is hard-wrapped prose: it
 * holds or ends a sentence ("Merelstraat 22 ontvangen. Wij hebben ..."), or the line
 * before it in the block stops mid-phrase ("... voor uw woning aan de").
 */
function wrappedProse(prose: string, lines: Line[], i: number, t: string): boolean {
  if (INNER_STOP.test(t) || TERMINAL_END.test(t)) return true;
  const prev = i > 0 ? lines[i - 1] : undefined;
  return prev !== undefined && prev.group === lines[i].group && OPEN_END.test(prose.slice(Math.max(prev.start, prev.end - 12), prev.end));
}

/** Classifies lines in place, using markup hints where the format gave them. */
export function classifyLines(prose: string, lines: Line[], hints: BlockHint[]): void {
  const texts = lines.map((l) => (l.words >= 100 ? '' : prose.slice(l.start, l.end)));
  let firstSalutation = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = texts[i];
    if (l.words >= 100) continue;
    if (HEADING_MARK.test(t)) l.kind = 'heading';
    else if (LIST.test(t)) l.kind = 'listItem';
    else if (SUBJECT.test(t)) l.kind = 'subject';
    else if (META.test(t)) l.kind = 'address';
    else if (SALUTATION.test(t) && l.words <= SHORT_WORDS && !TERMINAL_END.test(t.replace(/[.!]$/, '')) && !INNER_STOP.test(t)) l.kind = 'salutation';
    else if (CLOSING.test(t)) l.kind = 'closing';
    else if (ADDRESS.test(t) && !wrappedProse(prose, lines, i, t)) l.kind = 'address';
    if (l.kind === 'salutation' && i < firstSalutation) firstSalutation = i;
  }
  applyHints(lines, hints);
  // Group-level decisions.
  let afterClosing = false;
  let g0 = 0;
  while (g0 < lines.length) {
    let g1 = g0;
    while (g1 < lines.length && lines[g1].group === lines[g0].group) g1++;
    const count = g1 - g0;
    let max = 0;
    for (let i = g0; i < g1; i++) max = Math.max(max, lines[i].end - lines[i].start);
    for (let i = g0; i < g1; i++) lines[i].groupMax = max;
    let allShort = true;
    let addressLike = false;
    for (let i = g0; i < g1; i++) {
      if (lines[i].kind === 'address') addressLike = true;
      if (lines[i].kind === null && !isShortUnpunctuated(lines[i], texts[i])) allShort = false;
    }
    for (let i = g0; i < g1; i++) {
      const l = lines[i];
      const t = texts[i];
      if (l.kind === 'closing') {
        afterClosing = true;
        continue;
      }
      if (l.kind !== null || l.continues) {
        if (l.kind !== null) afterClosing = false;
        continue;
      }
      if (afterClosing && isShortUnpunctuated(l, t)) {
        l.kind = 'closing'; // signature: name, function, department
        continue;
      }
      afterClosing = false;
      // Wrapped list item: an indented or lower-case line right after an item.
      const prev = i > g0 ? lines[i - 1] : undefined;
      if (prev && (prev.kind === 'listItem' || (prev.continues && prev.kind === null)) && (l.indented || LOWER_START.test(t))) {
        l.continues = true;
        continue;
      }
      // A block of short lines without punctuation: an address, when it looks like one
      // or stands above the salutation (letterhead, recipient).
      const beforeSalutation = firstSalutation < lines.length && g0 < firstSalutation;
      if (count >= 2 && allShort && (addressLike || beforeSalutation)) {
        l.kind = 'address';
        continue;
      }
      if (beforeSalutation && isShortUnpunctuated(l, t)) {
        // Letterhead lines; an unlabelled line right above the salutation is the subject.
        const justAbove = count === 1 && lines[firstSalutation].group === l.group + 1;
        l.kind = justAbove && !/\d/.test(t) && !ADDRESS.test(t) ? 'subject' : 'address';
        continue;
      }
      // A heading does not stop mid-phrase ("De werkzaamheden vinden plaats in de").
      if (i === g0 && l.words <= HEADING_WORDS && t.length <= (count === 1 ? HEADING_CHARS_ALONE : HEADING_CHARS) && UPPER_START.test(t) && !SOFT_END.test(t) && !INNER_STOP.test(t) && !OPEN_END.test(t)) {
        const question = /\?$/.test(t);
        const bare = !TERMINAL_END.test(t);
        const nextIsProse = count >= 2 && !LOWER_START.test(texts[i + 1] ?? '');
        if ((bare && (count === 1 || nextIsProse)) || (question && (count === 1 || nextIsProse))) l.kind = 'heading';
      }
    }
    g0 = g1;
  }
}

function applyHints(lines: Line[], hints: BlockHint[]): void {
  if (hints.length === 0) return;
  let li = 0;
  const sorted = hints.slice().sort((a, b) => a.start - b.start);
  for (const h of sorted) {
    if (h.kind === 'paragraph') continue;
    while (li < lines.length && lines[li].end <= h.start) li++;
    for (let i = li; i < lines.length && lines[i].start < h.end; i++) {
      if (i === li) lines[i].kind = h.kind;
      else if (lines[i].kind === null) lines[i].continues = true;
    }
  }
}

/** Whether a single line break between two lines of one group ends the sentence. */
export function breaksAt(prose: string, a: Line, b: Line): boolean {
  if (b.continues) return false;
  if (a.kind !== null || b.kind !== null) return true;
  if (a.continues) return true;
  const last = prose[a.end - 1];
  if (last === ':') return true;
  const next = prose.slice(b.start, b.start + 2);
  if (LOWER_START.test(next)) return false;
  if (last === ',') return false;
  // "... voor uw woning aan de" / "Merelstraat 22": the phrase goes on.
  if (OPEN_END.test(prose.slice(Math.max(a.start, a.end - 12), a.end))) return false;
  const length = a.end - a.start;
  if (length < WRAP_MIN || a.groupMax > WRAP_MAX) return true;
  // Greedy wrapping: had the next line's first word fitted on this line, the break was
  // made on purpose. The margin allows for proportional fonts (text copied from a PDF).
  let word = b.start;
  while (word < b.end && !isSpace(prose.charCodeAt(word))) word++;
  if (length + 1 + (word - b.start) < a.groupMax * WRAP_FIT) return true;
  return LABEL.test(prose.slice(a.start, Math.min(a.end, a.start + 60))) && LABEL.test(prose.slice(b.start, Math.min(b.end, b.start + 60)));
}
