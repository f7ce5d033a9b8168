// A letter's layout as the letter-level checks need it: which lines are the address
// block, the subject, the salutation, the body (prose, headings, list items) and the
// closing with its signature.
//
// Why not only LetterDoc.paragraphs: the parser's paragraphs follow blank lines, but a
// plain-text letter often puts a heading and its text, or a closing and a signature, on
// consecutive lines. So this view works on lines of the original text and uses the
// parser's block kinds where it set them (heading, listItem, ...), and its own cues where
// it did not. Offsets stay those of the original input.

import type { LetterDoc } from '../doc.js';
import type { BlockKind } from '../types.js';

export type Role =
  | 'address'
  | 'meta'
  | 'subject'
  | 'salutation'
  | 'heading'
  | 'listItem'
  | 'prose'
  | 'closing'
  | 'signature';

export interface Block {
  role: Role;
  start: number;
  end: number;
  /** Raw text of the block (original input, markup blanked for html). */
  text: string;
  words: number;
}

export interface LetterView {
  text: string;
  blocks: Block[];
  salutation?: Block;
  closing?: Block;
  /** A labelled subject line ("Onderwerp:", "Betreft:") or an unlabelled one just above the salutation. */
  subject?: Block;
  /** Blocks between salutation (or header) and closing. */
  body: Block[];
  /** Words in body blocks. */
  bodyWords: number;
  /** Words in the whole text. */
  words: number;
  /** Template placeholders ({{naam}}, [naam], «naam», <<naam>>, %naam%). */
  placeholders: Array<{ start: number; end: number }>;
  /** Offsets in `text` where a word (as countWords sees one) starts, ascending. */
  wordStarts: number[];
}

// Word scanning runs on every line and sentence of every letter: character kinds come
// from a table for Latin-1 (LATIN1_CLASS) and from a small cache for the few other code
// points a letter has.
const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const nonAsciiKind = new Map<number, number>();

/** The kind (1 letter, 2 digit or other \p{N}, 0 neither) of the code point at i of s, beyond Latin-1. */
function charKind(s: string, i: number): number {
  const cp = s.codePointAt(i)!;
  let kind = nonAsciiKind.get(cp);
  if (kind === undefined) {
    if (nonAsciiKind.size > 4096) nonAsciiKind.clear();
    const ch = String.fromCodePoint(cp);
    nonAsciiKind.set(cp, (kind = LETTER.test(ch) ? 1 : LETTER_OR_DIGIT.test(ch) ? 2 : 0));
  }
  return kind;
}

/**
 * Character classes of Latin-1, where nearly all of a Dutch letter's characters lie: 1 a
 * letter, 2 a digit (or other \p{N}), 4 an apostrophe or hyphen (inside a word, they
 * continue it), 0 other. One table lookup per character; charKind() for the rest.
 */
const LATIN1_CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  LATIN1_CLASS[c] = LETTER.test(ch) ? 1 : LETTER_OR_DIGIT.test(ch) ? 2 : c === 39 || c === 45 ? 4 : 0;
}
const RIGHT_QUOTE = 0x2019;

/** The kind of the character at i of s (c is its code unit): LATIN1_CLASS, or charKind() beyond Latin-1. */
function kindAt(s: string, i: number, c: number): number {
  return c < 256 ? LATIN1_CLASS[c]! : c === RIGHT_QUOTE ? 4 : charKind(s, i);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Words of s[from, to): a character of kind `first` (1: a letter; 3: a letter or digit),
 * then letters, digits, apostrophes and hyphens. Counts them, and pushes where each
 * starts onto `starts` when given. One pass, no match objects: between words it looks
 * for a word start, inside a word it only runs to the word's end (a tighter loop than
 * one that keeps an in-word flag for every character).
 */
function scanWords(s: string, from: number, to: number, first: 1 | 3, starts?: number[]): number {
  let n = 0;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if ((kindAt(s, i, c) & first) === 0) {
      // The second half of a surrogate pair is no word character on its own: stepping
      // one code unit is safe.
      i++;
      continue;
    }
    n++;
    starts?.push(i);
    // A letter or digit outside the BMP takes two code units.
    i += isHighSurrogate(c) ? 2 : 1;
    i = wordEnd(s, i, to);
  }
  return n;
}

/** Where the word that continues at i ends: the first character that is no letter, digit, apostrophe or hyphen. */
function wordEnd(s: string, i: number, to: number): number {
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c < 256) {
      if (LATIN1_CLASS[c] === 0) return i;
      i++;
    } else if (c === RIGHT_QUOTE) {
      i++;
    } else {
      if (charKind(s, i) === 0) return i;
      i += isHighSurrogate(c) ? 2 : 1;
    }
  }
  return i;
}

/**
 * Words: a letter or digit, then letters, digits, apostrophes and hyphens (what
 * s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]* /gu).length counts).
 */
export function countWords(s: string): number {
  return scanWords(s, 0, s.length, 3);
}

/**
 * Words that start with a letter: what s.match(/[\p{L}][\p{L}\p{N}'’-]* /gu).length
 * counts (times and amounts like "09.00 - 18.00" have none).
 */
export function countLetterWords(s: string): number {
  return scanWords(s, 0, s.length, 1);
}

/**
 * Pushes onto `out` the offsets in s[from, to) where countWords' words start and returns
 * how many. Lines and sentences begin after white space, so counting the starts inside
 * one gives countWords of its text (see wordsIn).
 */
function wordStartsOf(s: string, from: number, to: number, out: number[]): number {
  return scanWords(s, from, to, 3, out);
}

/** Words starting in [start, end) of view.text: countWords of a line or sentence there. */
export function wordsIn(view: LetterView, start: number, end: number): number {
  return firstAtOrAfter(view.wordStarts, end) - firstAtOrAfter(view.wordStarts, start);
}

/** The index of the first of the ascending xs that is at least x (xs.length when none is). */
export function firstAtOrAfter(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SALUTATION = /^(geachte|beste|lieve|dag|hallo|hoi|goedemorgen|goedemiddag|goedenavond)\b/i;
const CLOSING =
  /^(met\s+(vriendelijke|hartelijke|beste|collegiale|warme)\s+groet(en)?|vriendelijke\s+groet(en)?|hartelijke\s+groet(en)?|(met\s+de\s+meeste\s+)?hoogachting|hoogachtend|groet(en|jes)?)\b/i;
// A decision letter often closes "on behalf of" the board, without a greeting before it:
// "Namens het college van burgemeester en wethouders van Dijkstad," (longer than a
// greeting, never a sentence).
const ON_BEHALF = /^namens\s+(het\s+college|burgemeester|de\s+burgemeester|b\s*(en|&)\s*w|dezen?|het\s+dagelijks\s+bestuur|de\s+heffingsambtenaar|de\s+invorderingsambtenaar)\b[^.!?]*$/i;
const SUBJECT = /^(onderwerp|betreft|betreffende|inzake)\b\s*:?/i;
const SUBJECT_LABEL_ONLY = /^(onderwerp|betreft|betreffende|inzake)\s*:?$/i;
const META =
  /^(ons\s+kenmerk|uw\s+kenmerk|kenmerk|datum|dossiernummer|zaaknummer|bijlagen?|bijlage\(n\)|behandeld\s+door|doorkiesnummer|verzonden|verzenddatum|telefoon|e-mail|contactpersoon|uw\s+brief\s+van)\b\s*:?/i;
// The anchored line tests above run on every line, most of which start with some other
// letter: each starts with one of a few ASCII letters (any case; /i without /u folds no
// other character to an ASCII letter), and a bit set of those first letters turns most
// lines away before the expression runs.

/** A bit per ASCII letter (a = bit 0) of `letters`. */
function firstLetterMask(letters: string): number {
  let mask = 0;
  for (const ch of letters) mask |= 1 << (ch.charCodeAt(0) - 97);
  return mask;
}

const SALUTATION_FIRST = firstLetterMask('gbldh');
const CLOSING_FIRST = firstLetterMask('mvhg');
const ON_BEHALF_FIRST = firstLetterMask('n');
const SUBJECT_FIRST = firstLetterMask('obi');
const META_FIRST = firstLetterMask('oukdbzvtec');

/** Whether s starts with an ASCII letter (either case) of `mask`. */
function startsWithLetterOf(s: string, mask: number): boolean {
  // | 32 lower-cases A-Z and moves no other code unit into a-z.
  const k = (s.charCodeAt(0) | 32) - 97;
  return k >= 0 && k < 26 && ((mask >> k) & 1) === 1;
}
const PLACE_DATE = /^[\p{L} .'-]{2,40},\s+(\p{L}+dag\s+)?\d{1,2}\s+\p{L}+\s+\d{4}\s*$/u;
const LIST_MARK = /^\s*([-*•·–+]|\d{1,2}[.)]|[a-z][.)])\s+/;
const MD_HEADING = /^\s{0,3}#{1,6}\s+/;
const PLACEHOLDER = /\{\{[^{}\n]{1,60}\}\}|\{%[^%\n]{1,60}%\}|\$\{[^{}\n]{1,60}\}|\[\[[^\]\n]{1,60}\]\]|\{[A-Za-z_][\w.]{0,40}\}|\[[A-Za-z_][\w .-]{0,40}\]|«[^»\n]{1,40}»|<<[^<>\n]{1,40}>>|%[A-Za-z_]\w{0,40}%/g;

// Work done once per letter is kept on the object it belongs to, under a symbol and not
// enumerable (so JSON, spreads and comparisons do not see it). WeakMaps did the same
// job but cost about a microsecond per entry, plus collector work on every check.
// A view made by letterView() holds all its memos in a box in a private field (MemoView):
// defining a property costs far more than setting one (a runtime call, several
// microseconds in a full check), and a view collects a dozen memos per check. The view
// itself is kept for the doc it was made of in one slot (lastDoc), not on the doc, for
// the same reason: check() makes one doc and asks for its view a dozen times (every
// check and the grade); another doc gets a view of its own.
let lastDoc: LetterDoc | undefined;
let lastView: LetterView | undefined;
const READER_COUNT = Symbol('helder.readerCount');
const SENTENCES = Symbol('helder.bodySentences');
const TIMES = Symbol('helder.times');

type Memos = Record<symbol, unknown>;

/** A LetterView with a box for its memos; the box is private, so no JSON, spread or comparison sees it. */
class MemoView implements LetterView {
  readonly #memos: Memos = {};
  text: string;
  blocks: Block[];
  salutation?: Block;
  closing?: Block;
  subject?: Block;
  body: Block[];
  bodyWords: number;
  words: number;
  placeholders: Array<{ start: number; end: number }>;
  wordStarts: number[];

  constructor(v: LetterView) {
    this.text = v.text;
    this.blocks = v.blocks;
    this.salutation = v.salutation;
    this.closing = v.closing;
    this.subject = v.subject;
    this.body = v.body;
    this.bodyWords = v.bodyWords;
    this.words = v.words;
    this.placeholders = v.placeholders;
    this.wordStarts = v.wordStarts;
  }

  /** The memo box of a MemoView, else undefined. */
  static memosOf(owner: object): Memos | undefined {
    return #memos in owner ? (owner as MemoView).#memos : undefined;
  }
}

function recall<T>(owner: object, key: symbol): T | undefined {
  return (MemoView.memosOf(owner) ?? (owner as Memos))[key] as T | undefined;
}

function remember<T>(owner: object, key: symbol, value: T): T {
  const box = MemoView.memosOf(owner);
  if (box) box[key] = value;
  else if (Object.isExtensible(owner)) Object.defineProperty(owner, key, { value, enumerable: false, configurable: true });
  return value;
}

/**
 * `compute(view)` once per view: for answers that several checks and the grade ask for
 * (kept like the view's own memos, under `key`).
 */
export function perView<T>(view: LetterView, key: symbol, compute: (view: LetterView) => T): T {
  const known = recall<T>(view, key);
  return known !== undefined ? known : remember(view, key, compute(view));
}

/**
 * Html: tags become spaces (block-level closers a newline); markdown: bold markers
 * ("**Onderwerp: ...**") become spaces. Offsets stay intact either way.
 */
function prose(doc: LetterDoc): string {
  // A markdown table's pipes become spaces (same length): "| Onderwerp | Daan kan met
  // de taxi |" reads as the column line "Onderwerp   Daan kan met de taxi", as a
  // reference block pasted from Word does.
  if (doc.format === 'markdown') return doc.text.replace(/\*\*|__|\|/g, (m) => ' '.repeat(m.length));
  if (doc.format !== 'html') return doc.text;
  return doc.text.replace(/<[^>]*>/g, (tag) => {
    const block = /^<\/?(p|div|h[1-6]|li|br|tr|ul|ol|table|section|article|header|footer)\b/i.test(tag);
    return block ? '\n' + ' '.repeat(tag.length - 1) : ' '.repeat(tag.length);
  });
}

/**
 * The parser's block kind at each offset, asked in increasing order (lines come in
 * order), so one pass over the paragraphs serves the whole letter.
 */
function blockKinds(doc: LetterDoc): (offset: number) => BlockKind | undefined {
  const paragraphs = doc.paragraphs ?? [];
  // The parser gives them in order: sort (a copy) only when not.
  let ordered = true;
  for (let k = 1; k < paragraphs.length && ordered; k++) ordered = paragraphs[k - 1]!.start <= paragraphs[k]!.start;
  const units = ordered ? paragraphs : [...paragraphs].sort((a, b) => a.start - b.start);
  let i = 0;
  return (offset) => {
    while (i < units.length && units[i]!.end <= offset) i++;
    const u = units[i];
    return u && offset >= u.start && offset < u.end ? u.block : undefined;
  };
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** A blank line precedes it (or it is the first line). */
  afterBlank: boolean;
  words: number;
}

/** What String.prototype.trim() and \s take for white space (one code unit). */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Lines of the text, trimmed (as trim() would), with one slice per line; fills `starts` (wordStarts). */
function linesOf(text: string, starts: number[]): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let blank = true;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const trimmed = text.slice(start, end);
      out.push({ start, end, text: trimmed, afterBlank: blank, words: wordStartsOf(text, start, end, starts) });
      blank = false;
    } else {
      blank = true;
    }
    pos = nl + 1;
  }
  return out;
}

function endsSentence(s: string): boolean {
  return /[.!?:;]["'”’)]*$/.test(s);
}

const TABLE_ROW = /\S(?:\t| {3,})\S/;
const PAGE_MARK = /^(pagina|blad|page)\s+\d+\s*(van|of|\/)\s*\d+$/i;
// Parts of an address or company line between separators: " - ", " | ", " · ".
const FOOTER_PARTS = /\s[|·–-]\s.*\s[|·–-]\s/;
const FOOTER_WORDS = /www\.|\b\d{4}\s?[A-Z]{2}\b|\bKvK\b|\bIBAN\b/;

/** A page number, or an address line of the sender split by separators (a page footer). */
function isPageFooter(s: string): boolean {
  if (PAGE_MARK.test(s)) return true;
  return FOOTER_PARTS.test(s) && FOOTER_WORDS.test(s);
}

/** A short line without final period that introduces the text under it. */
function looksLikeHeading(line: Line, next: Line | undefined): boolean {
  if (!next) return false;
  const words = line.words;
  if (words === 0 || words > 10) return false;
  if (/[.,;:]$/.test(line.text)) return false;
  if (!/^[\p{Lu}\d"'‘“]/u.test(line.text)) return false;
  if (LIST_MARK.test(line.text)) return false;
  // The text under a heading is prose, not another short label.
  return next.words >= 4 || LIST_MARK.test(next.text);
}

export function letterView(doc: LetterDoc): LetterView {
  if (doc === lastDoc) return lastView!;
  const text = prose(doc);
  const wordStarts: number[] = [];
  const lines = linesOf(text, wordStarts);
  const placeholders: LetterView['placeholders'] = [];
  // exec() in a loop: matchAll would clone the expression first. No match is empty.
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(doc.text); m !== null; m = PLACEHOLDER.exec(doc.text)) placeholders.push({ start: m.index, end: m.index + m[0].length });
  for (const o of doc.opaque ?? []) if (o.kind === 'placeholder') placeholders.push({ start: o.start, end: o.end });

  const salIndex = lines.findIndex((l) => startsWithLetterOf(l.text, SALUTATION_FIRST) && SALUTATION.test(l.text) && l.words <= 8 && !/[.!?]$/.test(l.text));
  let closeIndex = -1;
  for (let i = Math.max(0, salIndex + 1); i < lines.length; i++) {
    const line = lines[i]!;
    if (
      (startsWithLetterOf(line.text, CLOSING_FIRST) && CLOSING.test(line.text) && line.words <= 6) ||
      (startsWithLetterOf(line.text, ON_BEHALF_FIRST) && ON_BEHALF.test(line.text) && line.words <= 14)
    ) {
      closeIndex = i;
      break;
    }
  }

  const blockKindAt = blockKinds(doc);
  const blocks: Block[] = [];
  const push = (role: Role, line: Line) =>
    blocks.push({ role, start: line.start, end: line.end, text: line.text, words: line.words });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = blockKindAt(line.start);
    const inHeader = salIndex >= 0 ? i < salIndex : false;
    let role: Role;
    if (i === salIndex) role = 'salutation';
    else if (i === closeIndex) role = 'closing';
    else if (closeIndex >= 0 && i > closeIndex) role = 'signature';
    else if (startsWithLetterOf(line.text, SUBJECT_FIRST) && SUBJECT.test(line.text) && (inHeader || salIndex < 0) && line.words <= 20) role = 'subject';
    // A page footer where a PDF or Word page broke ("Pagina 1 van 2", "Gemeente X - Straat 1
    // - 1234 AB X - www.x.nl") is no heading or prose of the letter.
    else if (!inHeader && isPageFooter(line.text)) role = 'meta';
    // A table row flattened to a line, its cells apart by a tab or three spaces or more in
    // the text as written ("2026.0.113827   2026   31-03-2026   € 412,60"): no heading,
    // no sentence. (In the text as written: markdown bold and HTML tags become spaces in
    // the prose view.)
    else if (!inHeader && TABLE_ROW.test(doc.text.slice(line.start, line.end))) role = 'meta';
    // PLACE_DATE needs the comma after the place: most address lines have none.
    else if (inHeader) role = (startsWithLetterOf(line.text, META_FIRST) && META.test(line.text)) || (line.text.includes(',') && PLACE_DATE.test(line.text)) ? 'meta' : 'address';
    else if (kind === 'heading' || MD_HEADING.test(line.text)) role = 'heading';
    else if (kind === 'listItem' || LIST_MARK.test(line.text)) role = 'listItem';
    // A hard-wrapped prose line that happens to start like an address ("Merelstraat 22
    // ontvangen. Uw aanvraag ...") continues the prose above it.
    else if (kind === 'address' && !line.afterBlank && blocks[blocks.length - 1]?.role === 'prose' && !endsSentence(lines[i - 1]!.text)) role = 'prose';
    else if (kind === 'address') role = 'address';
    else if (kind === 'subject') role = 'subject';
    // A hard-wrapped sentence that goes on with a capital ("... artikel 12 van de" /
    // "Beheersverordening begraafplaatsen 2019 wordt ...") is no heading.
    else if (looksLikeHeading(line, lines[i + 1]) && i + 1 !== closeIndex && !(blocks[blocks.length - 1]?.role === 'prose' && !line.afterBlank && !endsSentence(lines[i - 1]!.text))) role = 'heading';
    else role = 'prose';

    // Wrapped prose: a line continuing the previous prose line (no blank line between
    // and the previous one does not end a paragraph-like unit) joins that block.
    const prev = blocks[blocks.length - 1];
    if (role === 'prose' && prev && prev.role === 'prose' && !line.afterBlank) {
      prev.end = line.end;
      prev.text = text.slice(prev.start, prev.end);
      // Lines are split at line breaks, which no word spans: counts add up.
      prev.words += line.words;
      continue;
    }
    push(role, line);
  }

  // A subject label alone on its line, its value on the next ("Onderwerp" / "U moet
  // bijstand terugbetalen": a reference table flattened from Word or PDF): the value is
  // the subject, the label a reference line.
  const labelOnly = blocks.findIndex((b) => b.role === 'subject' && SUBJECT_LABEL_ONLY.test(b.text));
  const valueLine = labelOnly >= 0 ? blocks[labelOnly + 1] : undefined;
  if (valueLine && (valueLine.role === 'address' || valueLine.role === 'meta')) {
    blocks[labelOnly]!.role = 'meta';
    valueLine.role = 'subject';
  }

  // Without a labelled subject, the header line right above the salutation, on its own,
  // is the subject when it is not an address, date or reference line.
  let subject = blocks.find((b) => b.role === 'subject');
  const salutation = blocks.find((b) => b.role === 'salutation');
  if (!subject && salutation) {
    const i = blocks.indexOf(salutation);
    const above = blocks[i - 1];
    const aboveLine = above ? lines.find((l) => l.start === above.start) : undefined;
    // It must stand apart (a blank line above it), or it is the last line of an address.
    const alone = Boolean(aboveLine?.afterBlank);
    if (
      above &&
      above.role === 'address' &&
      alone &&
      above.words >= 2 &&
      !/\d{4}\s?[A-Z]{2}\b/.test(above.text) &&
      !/^(postbus|de heer|mevrouw|aan\b)/i.test(above.text) &&
      !endsSentence(above.text)
    ) {
      above.role = 'subject';
      subject = above;
    }
  }
  const closing = blocks.find((b) => b.role === 'closing');
  const from = salutation ? blocks.indexOf(salutation) + 1 : blocks.findIndex((b) => b.role !== 'address' && b.role !== 'meta' && b.role !== 'subject');
  const to = closing ? blocks.indexOf(closing) : blocks.length;
  const body = from < 0 ? [] : blocks.slice(from, to).filter((b) => b.role === 'prose' || b.role === 'heading' || b.role === 'listItem');
  const view = new MemoView({
    text,
    blocks,
    salutation,
    closing,
    subject,
    body,
    bodyWords: body.reduce((a, b) => a + b.words, 0),
    words: lines.reduce((a, l) => a + l.words, 0),
    placeholders,
    wordStarts,
  });
  lastDoc = doc;
  lastView = view;
  return view;
}

/**
 * Letter-level checks only speak about letters, never about a pasted sentence. A text is
 * a letter when it has a salutation or a closing and at least `minWords` words in its
 * body (default 40), or, without either (a pasted letter body), at least
 * `minWordsUnframed` words (default 150) that speak to or about the reader ("u", "je",
 * "de aanvrager", ... at least three times). Both are rule options.
 */
export function isLetter(view: LetterView, options: Record<string, unknown>): boolean {
  const min = optionNumber(options, 'minWords', 40);
  if (view.salutation || view.closing) return view.bodyWords >= min;
  const unframed = optionNumber(options, 'minWordsUnframed', 150);
  if (view.bodyWords < Math.max(unframed, min)) return false;
  let reader = recall<number>(view, READER_COUNT);
  if (reader === undefined) {
    // The reader, addressed or referred to the bureaucratic way. Counted up to three only:
    // that is all the answer needs (the count is kept for this test alone). Three plain
    // "u", "uw", "je", ... among the word starts settle it without the expression.
    reader = plainReaderWords(view) >= 3 ? 3 : readerMatches(view);
    remember(view, READER_COUNT, reader);
  }
  return reader >= 3;
}

/** READER matches in the body blocks, counted up to three. */
function readerMatches(view: LetterView): number {
  let reader = 0;
  for (const b of view.body) {
    READER.lastIndex = 0;
    while (reader < 3 && READER.test(b.text)) reader++;
    if (reader >= 3) break;
  }
  READER.lastIndex = 0;
  return reader;
}

/** The short words of READER, the ones most letters use. */
const PLAIN_READER_WORDS = ['u', 'uw', 'je', 'jij', 'jouw'];

/** A character \w (and so \b) takes for part of a word: ASCII letters and digits, and _. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether s[at, at + word.length) is `word` (lower-case ASCII) in any case. */
function isWordAt(s: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((s.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Places in the body blocks, counted up to three, where READER surely matches: a word
 * start (view.wordStarts) holding one of PLAIN_READER_WORDS with \b on both sides (the
 * block's ends count as such). Each is a match READER finds too (no match of it can
 * cover another), so three of them make its count three; fewer settle nothing.
 */
function plainReaderWords(view: LetterView): number {
  const text = view.text;
  const starts = view.wordStarts;
  let found = 0;
  for (const b of view.body) {
    for (let k = firstAtOrAfter(starts, b.start); k < starts.length && starts[k]! < b.end; k++) {
      const at = starts[k]!;
      const c = text.charCodeAt(at) | 32;
      if (c !== 117 /* u */ && c !== 106 /* j */) continue;
      if (at > b.start && isAsciiWordChar(text.charCodeAt(at - 1))) continue;
      for (const word of PLAIN_READER_WORDS) {
        const end = at + word.length;
        if (end <= b.end && isWordAt(text, at, word) && (end === b.end || !isAsciiWordChar(text.charCodeAt(end)))) {
          if (++found >= 3) return found;
          break;
        }
      }
    }
  }
  return found;
}

const READER = /\b(u|uw|je|jij|jouw|aanvrager|betrokkene|belanghebbende|verzoeker|cliënt|melder|indiener|geadresseerde|vergunninghouder|belastingplichtige)\b/gi;

export interface Span {
  start: number;
  end: number;
  text: string;
  /** Index into `view.body` of the block the sentence is in (bodySentences only). */
  block?: number;
  /** `text` in lower case, made on first use (lowerText): several checks ask for it. */
  lower?: string;
  /** What TIME says about `text` (see timeBits), made on first use by hasTime/hasForwardTime. */
  time?: number;
}

/** The span's text in lower case, made once: for cheap `includes` tests before costly expressions. */
export function lowerText(span: { text: string; lower?: string }): string {
  return (span.lower ??= span.text.toLowerCase());
}

const LOWER_TEXT = Symbol('helder.lowerText');

/**
 * view.text in lower case, when that gives at every offset what lower-casing a piece of
 * the text there gives: no character grows ('İ' becomes two), seen in the length, and no
 * capital sigma (its lower case depends on the letter after it). Else undefined.
 */
function wholeLowerText(view: LetterView): string | undefined {
  return perView(view, LOWER_TEXT, (v) => {
    const lower = v.text.toLowerCase();
    return { lower: lower.length === v.text.length && !v.text.includes('\u03a3') ? lower : undefined };
  }).lower;
}

/**
 * For each body sentence (bodySentences, by index), whether lowerText(sentence) holds one
 * of `cues` (lower case), or with `exact` its text as it is: one search over the whole text
 * for the cues of all lists (allCueFlags), else one search per cue (spansWithCues), instead
 * of one lower-casing per sentence and one search per sentence and cue. Kept per view under
 * `key` (one key per cue list). Callers must not change the result.
 */
export function sentencesWithCues(view: LetterView, key: symbol, cues: readonly string[], exact = false): Uint8Array {
  return perView(view, key, (v) => {
    registerCues(key, cues, exact);
    return allCueFlags(v)?.get(key) ?? spansWithCues(v, bodySentences(v), cues, exact);
  });
}

// Four checks ask for cues, each for its own list: one search finds the cues of all lists
// at once (one expression, that skips ahead where no cue can start) instead of one search
// per cue, each stopping at every occurrence of its first letter. A list joins the search
// when first asked for; until the next view it is searched on its own.
//
// With ASCII cues only the search runs on the text itself, case-insensitively, and no
// lower-cased copy of the text is made: a cue is in a piece's lower case exactly where
// /cue/i matches, as only A-Z lower-case to ASCII letters (but for U+0130 and the Kelvin
// sign U+212A, texts with these take the lower-cased copy) and /i without /u folds no
// other character to ASCII (test/checks-speed.test.ts goes through every code point).

interface Cue {
  cue: string;
  exact: boolean;
  key: symbol;
}

interface CueSearch {
  /** Every cue, for the lower-cased text. */
  lower: RegExp;
  /** Every cue, case-insensitive, for the text itself; only when all cues are ASCII. */
  folded: RegExp | undefined;
  /** The cues by their first character. */
  byFirst: Map<number, Cue[]>;
}

const CUE_LISTS = new Map<symbol, readonly Cue[]>();
let cueSearch: CueSearch | undefined;
/** Lists are constants of the checks: a few. More (a caller making keys as it goes) keep their own searches. */
const MAX_CUE_LISTS = 16;
const CUE_FLAGS = Symbol('helder.cueFlags');
/** The characters outside ASCII whose lower case holds an ASCII letter: İ (i and a dot) and the Kelvin sign (k). */
const LOWERS_TO_ASCII = /[\u0130\u212a]/;

function registerCues(key: symbol, cues: readonly string[], exact: boolean): void {
  // The search looks for cues in lower case: lists with another cue, or an empty one (in
  // every sentence), keep their own searches.
  if (CUE_LISTS.has(key) || CUE_LISTS.size >= MAX_CUE_LISTS || cues.some((c) => c === '' || c !== c.toLowerCase())) return;
  CUE_LISTS.set(key, cues.map((cue) => ({ cue, exact, key })));
  cueSearch = undefined;
}

function allCuesSearch(): CueSearch {
  if (cueSearch) return cueSearch;
  const byFirst = new Map<number, Cue[]>();
  const sources = new Set<string>();
  let ascii = true;
  for (const list of CUE_LISTS.values()) {
    for (const c of list) {
      const first = c.cue.charCodeAt(0);
      if (!byFirst.has(first)) byFirst.set(first, []);
      byFirst.get(first)!.push(c);
      sources.add(c.cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      ascii &&= /^[\x00-\x7f]*$/.test(c.cue);
    }
  }
  const source = [...sources].join('|');
  return (cueSearch = { lower: new RegExp(source, 'g'), folded: ascii ? new RegExp(source, 'gi') : undefined, byFirst });
}

/** Whether `cue` (lower-case ASCII) is at `at` of s in any case of A-Z. */
function isFoldedCueAt(s: string, at: number, cue: string): boolean {
  for (let k = 0; k < cue.length; k++) {
    const c = s.charCodeAt(at + k);
    const x = cue.charCodeAt(k);
    if (c !== x && !(c >= 65 && c <= 90 && (c | 32) === x)) return false;
  }
  return true;
}

/** The character code at `at` of s in lower case if it is A-Z. */
function foldedCodeAt(s: string, at: number): number {
  const c = s.charCodeAt(at);
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/**
 * spansWithCues of the body sentences for every registered list, keyed as registered, in
 * one search; undefined when the text needs the lower-cased copy and that is not usable
 * (then each list is searched per sentence). Once per view.
 */
function allCueFlags(view: LetterView): Map<symbol, Uint8Array> | undefined {
  return perView(view, CUE_FLAGS, (v) => ({ flags: findAllCues(v) })).flags;
}

function findAllCues(view: LetterView): Map<symbol, Uint8Array> | undefined {
  if (CUE_LISTS.size === 0) return undefined;
  const search = allCuesSearch();
  const text = view.text;
  const folded = search.folded !== undefined && !LOWERS_TO_ASCII.test(text);
  const hay = folded ? text : wholeLowerText(view);
  if (hay === undefined) return undefined;
  const any = folded ? search.folded! : search.lower;
  const spans = bodySentences(view);
  const flags = new Map<symbol, Uint8Array>();
  for (const key of CUE_LISTS.keys()) flags.set(key, new Uint8Array(spans.length));
  if (spans.length === 0) return flags;
  // Every offset where some cue starts (the search goes on at the next offset, as cues may
  // overlap), and there every cue with that first character: an exact cue in view.text is
  // found there too (it is lower case). Spans are slices of view.text, in order and apart:
  // a cue at `at` is in the first span that ends after `at`, if that one starts at or
  // before `at` and holds all of it.
  let i = 0;
  any.lastIndex = spans[0]!.start;
  for (let m = any.exec(hay); m !== null; m = any.exec(hay)) {
    const at = m.index;
    any.lastIndex = at + 1;
    while (i < spans.length && spans[i]!.end <= at) i++;
    if (i === spans.length) break;
    const s = spans[i]!;
    if (s.start > at) continue;
    for (const c of search.byFirst.get(foldedCodeAt(hay, at))!) {
      if (at + c.cue.length > s.end) continue;
      const there = c.exact ? text.startsWith(c.cue, at) : folded ? isFoldedCueAt(text, at, c.cue) : hay.startsWith(c.cue, at);
      if (there) flags.get(c.key)![i] = 1;
    }
  }
  any.lastIndex = 0;
  return flags;
}

/** sentencesWithCues of one list on its own: one search per cue over the whole text, or per sentence when the lower-cased text is not usable. */
function spansWithCues(view: LetterView, spans: readonly Span[], cues: readonly string[], exact: boolean): Uint8Array {
  const found = new Uint8Array(spans.length);
  const text = exact ? view.text : wholeLowerText(view);
  if (text === undefined) {
    spans.forEach((s, i) => {
      const lower = lowerText(s);
      if (cues.some((cue) => lower.includes(cue))) found[i] = 1;
    });
    return found;
  }
  // Spans are slices of view.text, in order and apart: a cue found at `at` is in the
  // first span that ends at or after its end, if that one starts at or before `at`.
  for (const cue of cues) {
    let i = 0;
    for (let at = text.indexOf(cue); at >= 0 && i < spans.length; at = text.indexOf(cue, at + 1)) {
      while (i < spans.length && spans[i]!.end < at + cue.length) i++;
      if (i < spans.length && spans[i]!.start <= at) found[i] = 1;
    }
  }
  return found;
}

/**
 * Sentences of the body prose, list items and headings, by simple punctuation. Computed
 * once per view: most letter checks ask for them. Callers must not change the result.
 */
export function bodySentences(view: LetterView): readonly Span[] {
  let cached = recall<readonly Span[]>(view, SENTENCES);
  if (!cached) cached = remember(view, SENTENCES, splitSentences(view));
  return cached;
}

const SENTENCE_MARK = /[.!?]/g;

/** . ! ? and the closing quotes and bracket that may follow them: [.!?"'”’)] */
function isSentenceEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
}

const ABBREVIATION_END = /(\b\p{L}{1,3}\.|\d\.)$/u;
const LOWER_OR_DIGIT_START = /^[\p{Ll}\d]/u;

/** LOWER_OR_DIGIT_START.test(t) for a non-empty t, without the expression when t starts in ASCII. */
function startsLowerOrDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return LOWER_OR_DIGIT_START.test(t);
}

function splitSentences(view: LetterView): Span[] {
  const out: Span[] = [];
  let block = 0;
  const text = view.text;
  const push = (start: number, end: number) => {
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === start) return;
    const t = text.slice(start, end);
    const s = start;
    // Abbreviations and numbers with a period ("d.d. 12 januari", "art. 4 van") do not end
    // a sentence when a lower-case word or a number follows.
    const prev = out[out.length - 1];
    // The end-anchored test looks at the last six characters only: an unanchored start
    // would try every position of the sentence (its longest match plus the character its
    // \b looks at is five).
    if (prev && s - prev.end <= 2 && startsLowerOrDigit(t) && ABBREVIATION_END.test(prev.text.slice(-6))) {
      prev.end = s + t.length;
      prev.text = view.text.slice(prev.start, prev.end);
      prev.lower = undefined;
      prev.time = undefined;
      return;
    }
    out.push({ start: s, end: s + t.length, text: t, block });
  };
  for (const [index, b] of view.body.entries()) {
    block = index;
    if (b.role === 'heading') {
      out.push({ start: b.start, end: b.end, text: b.text, block });
      continue;
    }
    // A sentence ends at . ! or ? (with closing quotes) followed by white space or the
    // end of the block; "www.dijkstad.nl", "{{ brief.datum }}" and "06-12.34" do not split.
    let from = b.start;
    for (let i = b.start; i < b.end; i++) {
      // Jump to the next . ! or ? (a character class scan is faster than a loop here;
      // test() and lastIndex, as the mark is one character: no match object).
      SENTENCE_MARK.lastIndex = i;
      if (!SENTENCE_MARK.test(text) || SENTENCE_MARK.lastIndex - 1 >= b.end) break;
      i = SENTENCE_MARK.lastIndex - 1;
      let j = i + 1;
      while (j < b.end && isSentenceEndMark(text.charCodeAt(j))) j++;
      if (j < b.end && !isWhiteSpace(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
      if (view.placeholders.length > 0 && insidePlaceholder(view, i, i + 1)) continue;
      push(from, j);
      from = j;
      i = j - 1;
    }
    push(from, b.end);
  }
  return out;
}

/** A block's span without trailing punctuation (what a finding highlights). */
export function spanOf(block: { start: number; end: number; text: string }): { start: number; end: number } {
  return { start: block.start, end: block.start + lengthWithoutTrailingPunctuation(block.text) };
}

/**
 * The length of s.replace(/[\s,.;:]+$/, ''), read from the end: the expression tries every
 * offset of s (at each space it runs on to the next word), this loop only the final run.
 */
export function lengthWithoutTrailingPunctuation(s: string): number {
  let end = s.length;
  while (end > 0 && isSpaceOrPause(s.charCodeAt(end - 1))) end--;
  return end;
}

/** [\s,.;:] of one character. */
function isSpaceOrPause(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || isWhiteSpace(c);
}

/**
 * A finding on `span` with `data`. Not `{ ...span, data }`: in V8 (Node 20) a spread
 * followed by a property the source lacks takes a slow path, about 4 microseconds a time,
 * some 40 times this literal.
 */
export function withData<D>(span: { start: number; end: number }, data: D): { start: number; end: number; data: D } {
  return { start: span.start, end: span.end, data };
}

export function insidePlaceholder(view: LetterView, start: number, end: number): boolean {
  return view.placeholders.some((p) => start < p.end && end > p.start);
}

/**
 * The sentences of one body block, as splitting that block alone gives them. Taken from
 * the whole body's split (already made) unless a sentence there runs across this block's
 * edge ("art." at a block's end joined to a lower-case start): then the block is split
 * on its own.
 */
export function sentencesOfBlock(view: LetterView, block: Block): readonly Span[] {
  const index = view.body.indexOf(block);
  if (index >= 0) {
    const all = bodySentences(view);
    const mine = all.filter((s) => s.block === index);
    const inside = mine.every((s) => s.start >= block.start && s.end <= block.end);
    if (inside && !all.some((s) => s.block !== index && s.start < block.end && s.end > block.start)) return mine;
  }
  return splitSentences({ ...view, body: [block] });
}

/** All matches of a global expression, like [...s.matchAll(re)] without cloning re per call. */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

const ANCHOR = Symbol('helder.anchorForMissing');

/**
 * Where a "something is missing" finding points: the closing, else the last sentence of
 * the last prose block. Once per view (contact-person and next-step both ask); callers
 * must not change the result.
 */
export function anchorForMissing(view: LetterView): { start: number; end: number } | undefined {
  return perView(view, ANCHOR, findAnchor).anchor;
}

function findAnchor(view: LetterView): { anchor?: { start: number; end: number } } {
  if (view.closing) return { anchor: spanOf(view.closing) };
  let last: Block | undefined;
  for (let i = view.body.length - 1; i >= 0 && !last; i--) if (view.body[i]!.role === 'prose') last = view.body[i];
  if (!last) return {};
  const sentences = sentencesOfBlock(view, last);
  const s = sentences[sentences.length - 1];
  return { anchor: s ? spanOf(s) : spanOf(last) };
}

export function optionNumber(options: Record<string, unknown>, key: string, fallback: number): number {
  const v = options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

// ---- Shared cues -------------------------------------------------------------------

const MONTH = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)';
const NUMBER_WORD = '(\\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|twintig|dertig|enkele|een paar)';
const UNIT = '(werk)?(dag|dagen|week|weken|maand|maanden|jaar|uur)';

/**
 * A concrete date or period: "3 maart", "12-03-2026", "binnen 8 weken", "voor 1 juni",
 * "volgende week". All alternatives but a template's date field start at a word
 * boundary: one \b before their group, not one per alternative, lets the engine leave a
 * position inside a word at once (the same matches, about 40% less time on letter text;
 * TIME is the costliest expression of the letter checks).
 */
export const TIME = new RegExp(
  '\\b(?:' +
    [
      `(voor|vóór|uiterlijk|vanaf|tot( en met)?|na|op)\\s+\\d{1,2}\\s+${MONTH}\\b`,
      `\\d{1,2}\\s+${MONTH}\\b`,
      `\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}\\b`,
      `(binnen|over|na|uiterlijk|maximaal|ten hoogste|nog|in|tot)\\s+${NUMBER_WORD}\\s+${UNIT}\\b`,
      `${NUMBER_WORD}\\s+${UNIT}\\s+de\\s+tijd\\b`,
      `(volgende|komende|deze|eind|begin|half|medio)\\s+(week|maand|jaar|${MONTH})\\b`,
      `(in|vanaf|tot|voor|vóór|uiterlijk|eind|begin)\\s+(week\\s+\\d+|${MONTH}|het voorjaar|de zomer|het najaar|de winter)\\b`,
      `(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\b`,
      `(morgen|vandaag|overmorgen)\\b`,
      `(dit|volgend)\\s+jaar\\b`,
    ].join('|') +
    ')|' +
    `(\\{\\{|\\{%|\\$\\{|\\[\\[?|«|<<)[^\\]}»>\\n]{0,40}(datum|termijn|date|deadline)`,
  'i',
);

/** A time expression that points forward by itself ("binnen 8 weken", "voor 1 juni", "volgende week"). */
export function forwardTime(s: string): boolean {
  const m = TIME.exec(s);
  return m !== null && pointsForward(s, m);
}

function pointsForward(s: string, m: RegExpExecArray): boolean {
  if (/^(binnen|over|uiterlijk|voor|vóór|vanaf|tot|volgende|komende|eind|begin|medio|in week|morgen|overmorgen)\b/i.test(m[0])) return true;
  // "U heeft zes weken de tijd": a period that starts now.
  if (/\sde\s+tijd$/i.test(m[0])) return true;
  // A template date field after "voor", "uiterlijk (op)" or "vóór".
  return /(voor|vóór|uiterlijk|uiterlijk op|binnen)\s*$/i.test(s.slice(0, m.index));
}

// ---- The letter's date ---------------------------------------------------------------
// A date later than the letter's own date lies ahead of the reader, whatever the verb:
// "Wij brengen de container in de week van 16 maart", "Donderdag 11 juni om 10.40 uur".

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTH_INDEX: Record<string, number> = {};
MONTHS.forEach((m, i) => {
  MONTH_INDEX[m] = i + 1;
  MONTH_INDEX[m.slice(0, 3)] = i + 1;
});
Object.assign(MONTH_INDEX, { mrt: 3, sept: 9, okt: 10 });
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\.?(?:\\s+(\\d{4}))?(?!\\d)`, 'gi');
const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g;
/** Header lines that date the letter: "Datum: 2 maart 2026", "Dijkstad, 2 maart 2026", a date alone. */
export const DATE_LABEL = /^(datum|dagtekening|verzonden|verzenddatum)\b\s*:?|^[\p{L} .'-]{2,40},\s+(\p{L}+dag\s+)?\d/iu;
export const DATE_ALONE = /^(\p{L}+dag\s+)?\d{1,2}(\s+\p{L}+\s+|[-/.]\d{1,2}[-/.])\d{4}$/u;
const LETTER_DATE = Symbol('helder.letterDate');
const HAS_DIGIT = /\d/;

/** Dates in s as yyyymmdd numbers (a date without year gets `year`, or none when no year is known). */
function datesIn(s: string, year: number | undefined): number[] {
  const out: number[] = [];
  for (const m of allMatches(DAY_MONTH, s)) {
    const date = dayMonthDate(m, year);
    if (date !== undefined) out.push(date);
  }
  for (const m of allMatches(NUMERIC_DATE, s)) {
    const date = numericDate(m);
    if (date !== undefined) out.push(date);
  }
  return out;
}

/** The date (yyyymmdd) of a DAY_MONTH match; one without a year gets `year`. */
function dayMonthDate(m: RegExpExecArray, year: number | undefined): number | undefined {
  const month = MONTH_INDEX[m[2]!.toLowerCase()];
  const y = m[m.length - 1] !== undefined ? Number(m[m.length - 1]) : year;
  const d = Number(m[1]);
  return month && y !== undefined && d >= 1 && d <= 31 ? y * 10000 + month * 100 + d : undefined;
}

/** The date (yyyymmdd) of a NUMERIC_DATE match. */
function numericDate(m: RegExpExecArray): number | undefined {
  const d = Number(m[1]);
  const month = Number(m[2]);
  return d >= 1 && d <= 31 && month >= 1 && month <= 12 ? Number(m[3]) * 10000 + month * 100 + d : undefined;
}

// ---- The reference block ---------------------------------------------------------------
// "Ons kenmerk: OR/2026/04471" on one line, or as a small table: a row of labels and
// under it a row of values, in columns (tabs or runs of spaces), as Word letters have it:
//   Ons kenmerk      Datum            Behandeld door
//   OR/2026/04471    2 maart 2026     R. Verhoef

export const FIELD_LABEL =
  /^(ons\s+kenmerk|uw\s+kenmerk|kenmerk|datum|dagtekening|dossiernummer|zaaknummer|bijlagen?|bijlage\(n\)|behandeld\s+door|behandelaar|doorkiesnummer|doorkiesnr\.?|verzonden|verzenddatum|telefoon(nummer)?|tel\.?|e-?mail|contactpersoon|uw\s+brief\s+van|onderwerp|betreft)$/i;
const FIELD_LINE = /^([\p{L}() .-]{3,24}?)\s*:\s*(.+)$|^(datum|behandeld\s+door|telefoon|doorkiesnummer|contactpersoon)\s+(.+)$/iu;
const HEADER_FIELDS = Symbol('helder.headerFields');
/** The first letters of FIELD_LINE's labels without a colon (datum, behandeld door, telefoon, doorkiesnummer, contactpersoon). */
const FIELD_WORD_FIRST = firstLetterMask('dbtc');

export interface HeaderField {
  /** The label in lower case with single spaces ("behandeld door"). */
  label: string;
  value: string;
}

/** The first letters of FIELD_LABEL's labels (/i without /u folds no other character to an ASCII letter). */
const FIELD_LABEL_FIRST = firstLetterMask('oukdzbvtec');

/** A cell that is a label alone ("Ons kenmerk", "Datum:"): the first letter first, as most cells are no label. */
export function isFieldLabel(cell: string): boolean {
  return startsWithLetterOf(cell, FIELD_LABEL_FIRST) && FIELD_LABEL.test(cell.replace(/:$/, ''));
}

function cells(s: string): string[] {
  // Most header lines are one cell: no tab and no run of white space, where the split
  // would give the line itself (no arrays and no expression for them).
  if (!hasCellBreak(s)) {
    const t = s.trim();
    return t ? [t] : [];
  }
  return s.split(/\t+|\s{2,}/).map((c) => c.trim()).filter(Boolean);
}

/** Whether /\t+|\s{2,}/ matches in s: a tab, or two white-space characters in a row. */
export function hasCellBreak(s: string): boolean {
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) return true;
    const next = isWhiteSpace(c);
    if (next && space) return true;
    space = next;
  }
  return false;
}

/** Labelled fields of the letter's header, one-line ("Datum: ...") and in columns. */
export function headerFields(view: LetterView): readonly HeaderField[] {
  return perView(view, HEADER_FIELDS, readHeaderFields);
}

function readHeaderFields(view: LetterView): HeaderField[] {
  const out: HeaderField[] = [];
  const head = view.salutation ? view.blocks.slice(0, view.blocks.indexOf(view.salutation)) : [];
  const norm = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b.role !== 'meta' && b.role !== 'address') continue;
    const labels = cells(b.text);
    const next = head[i + 1];
    if (labels.length >= 1 && labels.every(isFieldLabel) && next && next.role !== 'subject') {
      const values = cells(next.text);
      if (values.length === labels.length) {
        labels.forEach((l, k) => out.push({ label: norm(l.replace(/:$/, '')), value: values[k]! }));
        i++;
        continue;
      }
    }
    // "Ons kenmerk: X    Datum: Y" on one line: each cell a field of its own.
    for (const cell of labels.length > 1 ? labels : [b.text]) {
      // FIELD_LINE wants a colon, or one of its labels first (cheap tests before it).
      if (!cell.includes(':') && !startsWithLetterOf(cell, FIELD_WORD_FIRST)) continue;
      const m = FIELD_LINE.exec(cell);
      if (!m) continue;
      const label = norm(m[1] ?? m[3]!);
      if (FIELD_LABEL.test(label)) out.push({ label, value: (m[2] ?? m[4]!).trim() });
    }
  }
  return out;
}

/** The first letters of DATE_LABEL's labels: /iu folds no other character to d or v. */
const DATE_LABEL_FIRST = firstLetterMask('dv');

/**
 * DATE_LABEL.test(s) || DATE_ALONE.test(s), each after a cheap test for what it needs:
 * DATE_LABEL a label's first letter or a comma (the place before the date), DATE_ALONE
 * a digit at the end (its year).
 */
export function mayDateTheLetter(s: string): boolean {
  if ((startsWithLetterOf(s, DATE_LABEL_FIRST) || s.includes(',')) && DATE_LABEL.test(s)) return true;
  const last = s.charCodeAt(s.length - 1);
  return last >= 48 && last <= 57 && DATE_ALONE.test(s);
}

/** The letter's own date (yyyymmdd) from its header, when it has one. */
export function letterDate(view: LetterView): number | undefined {
  return perView(view, LETTER_DATE, readLetterDate).date;
}

function readLetterDate(view: LetterView): { date?: number } {
  let date: number | undefined;
  for (const f of headerFields(view)) {
    if (date !== undefined || !/^(datum|dagtekening|verzonden|verzenddatum)$/.test(f.label)) continue;
    date = datesIn(f.value, undefined)[0];
  }
  const head = view.salutation ? view.blocks.slice(0, view.blocks.indexOf(view.salutation)) : [];
  for (const b of date === undefined ? head : []) {
    // datesIn() finds no date without a digit: the (costlier) line tests need not run.
    if (b.role === 'subject' || !HAS_DIGIT.test(b.text) || !mayDateTheLetter(b.text)) continue;
    const found = datesIn(b.text, undefined);
    if (found.length > 0) {
      date = found[0];
      break;
    }
  }
  return { date };
}

/** A date in s after the letter's date (a date without year: in the letter's year, or the next one across new year). */
function laterThanLetter(view: LetterView, s: string): boolean {
  const own = letterDate(view);
  if (own === undefined || !HAS_DIGIT.test(s)) return false;
  const year = Math.floor(own / 10000);
  // Each match's date from its own groups (matching its text again gave the same).
  for (const m of allMatches(DAY_MONTH, s)) {
    let d = dayMonthDate(m, year);
    if (d === undefined) continue;
    // "vóór 10 januari" in a letter of 15 december: the next year.
    if (m[m.length - 1] === undefined && d < own && own % 10000 >= 1101 && d % 10000 < 300) d += 10000;
    if (d > own) return true;
  }
  for (const m of allMatches(NUMERIC_DATE, s)) if ((numericDate(m) ?? 0) > own) return true;
  return false;
}

// TIME is the costliest expression of the letter checks and several checks ask it about
// the same sentences and blocks: its answers are kept per view. Bit 1: a time; bit 2: one
// that points forward (by its words, or a date after the letter's own).

function timeBits(view: LetterView, s: string | Span): number {
  // A sentence keeps its own answer: no memo lookup, which hashes the whole text.
  if (typeof s !== 'string') return (s.time ??= timeBitsOfText(view, s.text));
  let memo = recall<Map<string, number>>(view, TIMES);
  if (!memo) memo = remember(view, TIMES, new Map<string, number>());
  let bits = memo.get(s);
  if (bits === undefined) memo.set(s, (bits = timeBitsOfText(view, s)));
  return bits;
}

function timeBitsOfText(view: LetterView, s: string): number {
  const m = TIME.exec(s);
  return m === null ? 0 : pointsForward(s, m) || laterThanLetter(view, s) ? 3 : 1;
}

/** TIME.test of a text or a span's text, memoised per view (a span keeps its own answer). */
export function hasTime(view: LetterView, s: string | Span): boolean {
  return (timeBits(view, s) & 1) !== 0;
}

/** forwardTime of a text or a span's text, memoised per view (a span keeps its own answer). */
export function hasForwardTime(view: LetterView, s: string | Span): boolean {
  return (timeBits(view, s) & 2) !== 0;
}

const BLOCK_SENTENCES = Symbol('helder.blockSentences');

/**
 * For each body block i, the indices [from, to) in bodySentences of its sentences, at 2i
 * and 2i + 1, when they are exactly the block's: all inside it, and no other sentence
 * reaching into it ("art." at a block's end joined to a lower-case start). Else -1.
 */
function blockSentenceRanges(view: LetterView): Int32Array {
  return perView(view, BLOCK_SENTENCES, (v) => {
    const sentences = bodySentences(v);
    const ranges = new Int32Array(2 * v.body.length).fill(-1);
    for (let k = 0; k < sentences.length; k++) {
      const i = sentences[k]!.block!;
      if (ranges[2 * i] === -1) ranges[2 * i] = k;
      ranges[2 * i + 1] = k + 1;
    }
    for (let i = 0; i < v.body.length; i++) {
      const b = v.body[i]!;
      const from = ranges[2 * i]!;
      const to = ranges[2 * i + 1]!;
      let exact = from >= 0 && (from === 0 || sentences[from - 1]!.end <= b.start) && (to === sentences.length || sentences[to]!.start >= b.end);
      for (let k = from; exact && k < to; k++) exact = sentences[k]!.block === i && sentences[k]!.start >= b.start && sentences[k]!.end <= b.end;
      if (!exact) ranges[2 * i] = ranges[2 * i + 1] = -1;
    }
    return ranges;
  });
}

/** What can open TIME's template alternative: {{ {% ${ [ [[ « <<. */
const TEMPLATE_OPENER = /[{[«<]/;

/**
 * hasTime of body block i's text, from its sentences' answers (kept on them) where that is
 * the same, so the block's characters are not scanned again. Outside its template
 * alternative TIME matches no . ! ? quote or bracket, what every sentence of a block but
 * its last ends with, and starts no match on white space, what lies between them: without
 * a template opener in the block a match lies inside one sentence, and a sentence's match
 * is one of the block (white space or the block's edge around it, which \b sees alike).
 * Needs the block's sentences to be exactly its own; else TIME runs on the block.
 */
export function blockHasTime(view: LetterView, i: number): boolean {
  const block = view.body[i]!;
  const ranges = blockSentenceRanges(view);
  const from = ranges[2 * i]!;
  if (from < 0 || TEMPLATE_OPENER.test(block.text)) return hasTime(view, block.text);
  const sentences = bodySentences(view);
  for (let k = from; k < ranges[2 * i + 1]!; k++) if (hasTime(view, sentences[k]!)) return true;
  return false;
}

/** Time words that name no time at all (the vague ones). */
export const VAGUE_TIME = /\b(binnenkort|zo spoedig mogelijk|zo snel mogelijk|op korte termijn|te zijner tijd|tijdig|spoedig|t\.z\.t\.|op een later moment|in de nabije toekomst)\b/i;

export const PHONE = /(?<![\d-])(\+31\s?|0)(\(?\d[\s-]?\)?){8,10}\d?(?![\d-])|\b14\s?0\d{2,3}\b|\b0[89]00[\s-]?\d{4}(\d{3})?\b/;
export const EMAIL = /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/;
