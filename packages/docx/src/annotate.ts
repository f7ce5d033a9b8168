// annotateDocx() and fixDocx(): write a COPY of the original .docx with Word comments on the
// findings, or with the safe rewrites as tracked changes. Only word/document.xml is changed
// (runs are split where a finding starts or ends) plus the comments part and its
// relationship/content type; every other part is copied byte for byte.

import { zipSync, type Zippable } from 'fflate';
import { rewrite, type Message, type Report } from '@helder/core';
import { DocxError, type DocxLimits } from './errors.js';
import { loadDocx, type DocxParagraph } from './read.js';
import { paragraphIndexAt } from './position.js';
import { layoutParagraphs, type TextSegment, type XmlParagraph } from './layout.js';
import { escapeAttr, escapeText, tokenize, xmlSafe, type Token } from './xml.js';

export interface AnnotateOptions {
  /** Comment and revision author shown in Word (default "Helder"). */
  author?: string;
  /** Timestamp of comments and revisions (default now). */
  date?: Date;
  /** Add the first comment with the grade and the three main improvements (default true). */
  summary?: boolean;
  limits?: DocxLimits;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

interface Cut {
  seg: TextSegment;
  /** Offset inside seg.text. */
  offset: number;
  /** Order among cuts at the same spot: ends (0) before starts (1) before empty-range ends (2). */
  order: number;
  markup: string | ((rPr: string) => string);
}

interface Span {
  para: XmlParagraph;
  start: number;
  end: number;
}

interface Docx {
  text: string;
  paragraphs: DocxParagraph[];
  entries: Map<string, Uint8Array>;
  tokens: Token[];
  aligned: Array<XmlParagraph | null>;
}

async function open(data: Uint8Array, limits?: DocxLimits): Promise<Docx> {
  const loaded = await loadDocx(data, limits);
  const entries = new Map(loaded.entries.map((e) => [e.name, e.data]));
  const tokens = tokenize(decoder.decode(entries.get('word/document.xml')!), 'word/document.xml');
  const xmlParas = layoutParagraphs(tokens);
  // Pair mammoth's paragraphs with ours by their text; both walk the body in order.
  const aligned: Array<XmlParagraph | null> = [];
  let cursor = 0;
  for (const p of loaded.paragraphs) {
    const want = loaded.text.slice(p.start, p.end);
    let found: XmlParagraph | null = null;
    for (let j = cursor; j < Math.min(xmlParas.length, cursor + 64); j++) {
      if (xmlParas[j]!.text === want) {
        found = xmlParas[j]!;
        cursor = j + 1;
        break;
      }
    }
    aligned.push(found);
  }
  return { text: loaded.text, paragraphs: loaded.paragraphs, entries, tokens, aligned };
}

/** Maps [start, end) in the text to one Word paragraph; a span crossing paragraphs is cut at the first's end. */
function locate(doc: Docx, start: number, end: number): Span | null {
  const ps = doc.paragraphs;
  const lo = paragraphIndexAt(ps, start);
  const p = ps[lo];
  const para = doc.aligned[lo];
  if (!p || !para || start < p.start || start > p.end) return null;
  return { para, start: start - p.start, end: Math.min(end, p.end) - p.start };
}

/** The segment holding paragraph offset `at` as a start (char at) or end (char at-1) position. */
function segmentAt(para: XmlParagraph, at: number, asEnd: boolean): { seg: TextSegment; offset: number } | null {
  const probe = asEnd ? at - 1 : at;
  for (const seg of para.segments) {
    if (probe >= seg.start && probe < seg.start + seg.text.length) return { seg, offset: at - seg.start };
  }
  return null;
}

/** Narrows a span to text inside <w:t> (skipping tabs/breaks at its edges). */
function anchor(span: Span): { from: { seg: TextSegment; offset: number }; to: { seg: TextSegment; offset: number } } | null {
  let { start, end } = span;
  if (end <= start) {
    const at = segmentAt(span.para, start, false) ?? segmentAt(span.para, start, true);
    return at ? { from: at, to: at } : null;
  }
  let from = segmentAt(span.para, start, false);
  while (!from && start < end - 1) from = segmentAt(span.para, ++start, false);
  let to = segmentAt(span.para, end, true);
  while (!to && end > start + 1) to = segmentAt(span.para, --end, true);
  return from && to ? { from, to } : null;
}

function commentMarkers(id: number, cuts: Cut[], span: Span): boolean {
  const a = anchor(span);
  if (!a) return false;
  const empty = a.from.seg === a.to.seg && a.from.offset === a.to.offset;
  cuts.push({ seg: a.from.seg, offset: a.from.offset, order: 1, markup: `<w:commentRangeStart w:id="${id}"/>` });
  cuts.push({
    seg: a.to.seg,
    offset: a.to.offset,
    order: empty ? 2 : 0,
    markup: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`,
  });
  return true;
}

/** Rewrites the text tokens that hold cuts or deleted pieces. */
function applyCuts(tokens: Token[], cuts: Cut[], deletions: Span[]): Token[] {
  const out = tokens.slice();
  const bySeg = new Map<TextSegment, Cut[]>();
  for (const c of cuts) {
    const list = bySeg.get(c.seg) ?? [];
    list.push(c);
    bySeg.set(c.seg, list);
  }
  const deletedParas = new Set(deletions.map((d) => d.para));
  const isDeleted = (para: XmlParagraph | undefined, at: number) =>
    deletions.some((d) => d.para === para && at >= d.start && at < d.end);
  const segs = new Map<TextSegment, XmlParagraph>();
  for (const para of deletedParas) for (const seg of para.segments) segs.set(seg, para);
  for (const seg of bySeg.keys()) if (!segs.has(seg)) segs.set(seg, undefined as unknown as XmlParagraph);

  for (const [seg, para] of segs) {
    const list = (bySeg.get(seg) ?? []).sort((a, b) => a.offset - b.offset || a.order - b.order);
    const len = seg.text.length;
    const touched = para !== undefined && deletions.some((d) => d.para === para && d.start < seg.start + len && d.end > seg.start);
    if (list.length === 0 && !touched) continue;
    // Pieces between cut offsets; a cut at 0 or at the end leaves an empty piece, which is harmless.
    const cutsAt = [...new Set(list.map((c) => c.offset))];
    const edges = [0, ...cutsAt, len];
    const tags = edges.slice(0, -1).map((from, i) => {
      const to = edges[i + 1]!;
      return to > from && isDeleted(para, seg.start + from) ? 'w:delText' : 'w:t';
    });
    let result = escapeText(xmlSafe(seg.text.slice(0, edges[1])));
    cutsAt.forEach((at, k) => {
      const markup = list
        .filter((c) => c.offset === at)
        .map((c) => (typeof c.markup === 'string' ? c.markup : c.markup(seg.rPr)))
        .join('');
      result += `</${tags[k]}></w:r>${markup}<w:r>${seg.rPr}<${tags[k + 1]} xml:space="preserve">`;
      result += escapeText(xmlSafe(seg.text.slice(at, edges[k + 2])));
    });
    out[seg.token] = result;
    out[seg.open] = `<${tags[0]} xml:space="preserve">`;
    if (seg.close >= 0) out[seg.close] = `</${tags[tags.length - 1]}>`;
  }
  return out;
}

function commentXml(id: number, author: string, date: string, lines: string[]): string {
  const paras = lines
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeText(xmlSafe(line))}</w:t></w:r></w:p>`)
    .join('');
  return `<w:comment w:id="${id}" w:author="${escapeAttr(author)}" w:date="${date}" w:initials="H">${paras}</w:comment>`;
}

function findingLines(m: Message): string[] {
  const lines = [m.message];
  if (m.expected.length) lines.push(`Suggestie: ${m.expected.join(' / ')}`);
  if (m.explanation) lines.push(m.explanation);
  lines.push(`Regel: ${m.ruleId} (${m.severity})`);
  return lines;
}

function formatGrade(value: number): string {
  return value.toFixed(1).replace('.', ',');
}

function summaryLines(report: Report): string[] {
  const lines = [
    `Helder: rapportcijfer ${formatGrade(report.grade.value)}; taalniveau (LiNT) ${report.readability.level}; ${report.messages.length} bevinding(en).`,
  ];
  const top = report.grade.improvements.slice(0, 3);
  if (top.length) {
    lines.push('Belangrijkste verbeteringen:');
    top.forEach((imp, i) => lines.push(`${i + 1}. ${imp.message}`));
  }
  return lines;
}

/** Existing comment ids, so ours never clash. */
function nextCommentId(entries: Map<string, Uint8Array>): number {
  const existing = entries.get('word/comments.xml');
  if (!existing) return 0;
  let max = -1;
  for (const m of decoder.decode(existing).matchAll(/w:id="(-?\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

function addCommentsPart(entries: Map<string, Uint8Array>, comments: string[]): void {
  if (comments.length === 0) return;
  const existing = entries.get('word/comments.xml');
  if (existing) {
    const xml = decoder.decode(existing);
    const close = xml.lastIndexOf('</w:comments>');
    if (close < 0) throw new DocxError('CORRUPT', 'Het Word-bestand is beschadigd (word/comments.xml).');
    entries.set('word/comments.xml', encoder.encode(xml.slice(0, close) + comments.join('') + xml.slice(close)));
    return;
  }
  entries.set(
    'word/comments.xml',
    encoder.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`),
  );
  const relsName = 'word/_rels/document.xml.rels';
  const relsRaw = entries.get(relsName);
  let rels = relsRaw
    ? decoder.decode(relsRaw)
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (!rels.includes(COMMENTS_TYPE)) {
    let n = 1;
    while (rels.includes(`Id="rIdHelder${n}"`)) n++;
    const rel = `<Relationship Id="rIdHelder${n}" Type="${COMMENTS_TYPE}" Target="comments.xml"/>`;
    rels = rels.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`);
    entries.set(relsName, encoder.encode(rels));
  }
  const ctName = '[Content_Types].xml';
  const ct = entries.get(ctName);
  if (ct) {
    const xml = decoder.decode(ct);
    if (!xml.includes('/word/comments.xml')) {
      const override = `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_CT}"/>`;
      entries.set(ctName, encoder.encode(xml.replace(/<\/Types>\s*$/, `${override}</Types>`)));
    }
  }
}

function pack(entries: Map<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of entries) files[name] = [data, { level: 6 }];
  return zipSync(files);
}

function isoDate(date?: Date): string {
  return (date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A copy of the .docx with a Word comment on each finding, anchored at exactly the words of
 * `actual`, and a first comment with the grade and the three main improvements.
 * `report` must come from check() on readDocx(data).text. The input is never modified.
 */
export async function annotateDocx(data: Uint8Array, report: Report, options: AnnotateOptions = {}): Promise<Uint8Array> {
  const doc = await open(data, options.limits);
  const author = options.author ?? 'Helder';
  const date = isoDate(options.date);
  let id = nextCommentId(doc.entries);
  const cuts: Cut[] = [];
  const comments: string[] = [];

  if (options.summary !== false && doc.paragraphs.length) {
    const first = doc.paragraphs.findIndex((_, i) => doc.aligned[i]);
    if (first >= 0) {
      const p = doc.paragraphs[first]!;
      const span = locate(doc, p.start, p.end);
      if (span && commentMarkers(id, cuts, span)) comments.push(commentXml(id++, author, date, summaryLines(report)));
    }
  }
  for (const m of report.messages) {
    if (doc.text.slice(m.start, m.end) !== m.actual) continue; // report of another text
    const span = locate(doc, m.start, m.end);
    if (span && commentMarkers(id, cuts, span)) comments.push(commentXml(id++, author, date, findingLines(m)));
  }
  const tokens = applyCuts(doc.tokens, cuts, []);
  doc.entries.set('word/document.xml', encoder.encode(tokens.join('')));
  addCommentsPart(doc.entries, comments);
  return pack(doc.entries);
}

/**
 * The span's segments all sit in one container (no hyperlink or field boundary inside),
 * and no whole word in it has another run format than the first: the inserted text
 * takes the first run's format, so a span over a bold date ("U dient vóór **1 mei** ...
 * in te vullen") would lose the bold. Format inside a word ("In**die**n") may go.
 */
function sameParent(span: Span, from: TextSegment, to: TextSegment): boolean {
  const segs = span.para.segments.filter((s) => s.start + s.text.length > span.start && s.start < span.end);
  return from.parent === to.parent && segs.every((s) => s.parent === from.parent && (s.rPr === from.rPr || !holdsWord(span.para.segments, s)));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The segment holds a white space or a whole word (no letter or digit glued on either side). */
function holdsWord(segments: TextSegment[], seg: TextSegment): boolean {
  if (/\s/.test(seg.text)) return true;
  const i = segments.indexOf(seg);
  const before = segments[i - 1]?.text.slice(-1) ?? '';
  const after = segments[i + 1]?.text.charAt(0) ?? '';
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

/**
 * A copy of the .docx with the report's safe rewrites as tracked changes (w:del + w:ins).
 * Where a replacement cannot be expressed as a clean revision, it becomes a comment instead.
 */
export async function fixDocx(data: Uint8Array, report: Report, options: AnnotateOptions = {}): Promise<Uint8Array> {
  const doc = await open(data, options.limits);
  const author = escapeAttr(options.author ?? 'Helder');
  const date = isoDate(options.date);
  const { edits } = rewrite(doc.text, report);
  let commentId = nextCommentId(doc.entries);
  let revision = 90000;
  const cuts: Cut[] = [];
  const deletions: Span[] = [];
  const comments: string[] = [];
  for (const edit of edits) {
    const span = locate(doc, edit.start, edit.end);
    if (!span) continue;
    const whole = span.end - span.start === edit.end - edit.start;
    const from = segmentAt(span.para, span.start, false);
    const to = segmentAt(span.para, span.end, true);
    if (whole && span.end > span.start && from && to && sameParent(span, from.seg, to.seg)) {
      const del = revision++;
      const ins = revision++;
      const replacement = escapeText(xmlSafe(edit.replacement));
      cuts.push({ seg: from.seg, offset: from.offset, order: 1, markup: `<w:del w:id="${del}" w:author="${author}" w:date="${date}">` });
      cuts.push({
        seg: to.seg,
        offset: to.offset,
        order: 0,
        // The inserted words take the formatting of the first deleted word.
        markup: () =>
          `</w:del>` +
          (replacement
            ? `<w:ins w:id="${ins}" w:author="${author}" w:date="${date}"><w:r>${from.seg.rPr}<w:t xml:space="preserve">${replacement}</w:t></w:r></w:ins>`
            : ''),
      });
      deletions.push(span);
    } else if (span && commentMarkers(commentId, cuts, span)) {
      comments.push(commentXml(commentId++, options.author ?? 'Helder', date, [`Vervang '${edit.actual}' door '${edit.replacement}'.`, `Regel: ${edit.ruleId}`]));
    }
  }
  const tokens = applyCuts(doc.tokens, cuts, deletions);
  doc.entries.set('word/document.xml', encoder.encode(tokens.join('')));
  addCommentsPart(doc.entries, comments);
  return pack(doc.entries);
}
