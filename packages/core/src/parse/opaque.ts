// Opaque spans: amounts, dates, times, phone numbers, postcodes, URLs, e-mail addresses,
// case numbers and plain numbers. Each becomes one token that no word rule touches.
// One compiled regular expression with bounded repetition in every branch, tried only
// near candidate characters, so the scan stays linear.

import type { OpaqueKind } from '../doc.js';

export interface Span {
  start: number;
  end: number;
  kind: OpaqueKind;
}

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\\.?|feb\\.?|febr\\.?|mrt\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|okt\\.?|nov\\.?|dec\\.?)';
const SEP = '[ \\t\\u00A0-]?';
const CASE_KEY =
  '(?:zaaknummer|zaaknr\\.?|kenmerk|dossiernummer|dossiernr\\.?|referentie|referentienummer|klantnummer|factuurnummer|aanslagnummer|vorderingnummer|relatienummer|registratienummer|bsn|burgerservicenummer|ons kenmerk|uw kenmerk)';

// Named groups tell which branch matched; `caseValue` is the part after a case keyword.
const OPAQUE = new RegExp(
  [
    // URLs and e-mail first: they contain digits and dots that other branches would take.
    String.raw`(?<url>\b(?:https?:\/\/|www\.)[^\s<>"'()\[\]{}]{1,2000}|\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:nl|com|org|eu|net|be|info|gov|nu)\/[^\s<>"'()\[\]{}]{0,2000}|\b[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:nl|com|org|eu|net|be|nu)\b(?![.\-]?[\p{L}\d]))`,
    String.raw`(?<email>\b[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,5})`,
    // € 1.250,00  €45,50  EUR 12  € 12,-
    String.raw`(?<amount>(?:€|\bEUR\b)[ \t\u00A0]?\d{1,3}(?:[.\u00A0 ]\d{3}){0,5}(?:\d{0,9})(?:,(?:\d{1,2}|-{1,2}|—))?(?!\d))`,
    // Times before dates and numbers: 14.30 uur, 9:00, 9.00-17.00 uur, 9 uur
    String.raw`(?<time>(?<![\d.,])(?:[01]?\d|2[0-4])[:.][0-5]\d(?:[ \t]?[-–][ \t]?(?:[01]?\d|2[0-4])[:.][0-5]\d)?(?:[ \t\u00A0]?uur\b)|(?<![\d.,])(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:])|(?<![\d.,])(?:[01]?\d|2[0-4])[ \t\u00A0]uur\b)`,
    // Phone numbers: +31 23 511 5115, 023-5115115, 06 12345678, 0800-1234, 14 023
    String.raw`(?<phone>(?<![\d+])(?:\+|00)31[ \t\u00A0-]?(?:\(0\)[ \t\u00A0]?)?\d{1,3}(?:[ \t\u00A0-]?\d{2,4}){2,4}(?!\d)|(?<![\d.,/-])0[1-9]\d{1,2}[ \t\u00A0-]?\d{3}[ \t\u00A0]?\d{2}[ \t\u00A0]?\d{2}(?!\d)|(?<![\d.,/-])0[1-9]\d{1,2}[ \t\u00A0-]?\d{2}[ \t\u00A0]?\d{2}[ \t\u00A0]?\d{2,3}(?!\d)|(?<![\d.,/-])06[ \t\u00A0-]?\d{8}(?!\d)|(?<![\d.,/-])06[ \t\u00A0-]?\d{2}(?:[ \t\u00A0]?\d{2}){3}(?!\d)|(?<![\d.,/-])0[89]0\d[ \t\u00A0-]?\d{4,7}(?!\d)|(?<![\d.,/-])0\d{9}(?!\d)|(?<![\d.,/-])14[ \t\u00A0]?0\d{2,3}(?!\d|[.,]\d))`,
    // Dates: 3 mei 2026, 3 jan. 2026, 03-05-2026, 3-5-'26, 2026-05-03
    String.raw`(?<date>(?<![\d.,])\d{1,2}[ \t\u00A0]` + MONTH + String.raw`(?![\p{L}])(?:[ \t\u00A0]\d{4}(?!\d))?|(?<![\d.,/-])\d{1,2}(?<dsep>[-/.])\d{1,2}\k<dsep>(?:\d{4}|'?\d{2})(?![\d\p{L}])|(?<![\d.,/-])\d{4}-\d{2}-\d{2}(?!\d))`,
    // Postcode: 2011 AB (upper case letters, checked below; SS, SD and SA are not issued)
    String.raw`(?<postcode>(?<![\d.,])[1-9]\d{3}[ \t\u00A0]?[A-Z]{2}(?![\p{L}\d]))`,
    // Case numbers after a keyword (kenmerk 2024/123456, zaaknummer Z-2024-12345)
    `(?<caseKey>\\b${CASE_KEY}(?:[ \\t\\u00A0]?:)?[ \\t\\u00A0]{1,4})(?<caseValue>[\\p{L}\\d][\\p{L}\\d/._-]{0,40}\\d[\\p{L}\\d/._-]{0,40}(?<![./_-]))`,
    // Case-number shapes without a keyword: Z-2024-12345, 2024/123456, digit runs (BSN)
    String.raw`(?<caseShape>\b[A-Z]{1,4}-\d{2,4}-\d{2,12}(?!\d)|(?<![\d.,/])\d{4}\/\d{3,12}(?![\d/])|(?<![\d.,])\d{6,}(?![\d.,]\d))`,
    // Numbers: 3, 1.250, 12,5, 25%
    String.raw`(?<number>(?<![\d\p{L}])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|(?<![\d\p{L}])\d+(?:[.,]\d+)?(?![\d]))`,
  ].join('|'),
  'iu',
);

const KINDS: Array<[string, OpaqueKind]> = [
  ['url', 'url'], ['email', 'email'], ['amount', 'amount'], ['time', 'time'], ['phone', 'phone'],
  ['date', 'date'], ['postcode', 'postcode'], ['caseValue', 'caseNumber'], ['caseShape', 'caseNumber'],
  ['number', 'number'],
];
const TRAILING = /[.,;:!?)\]'"’”]+$/;

// Every branch needs a digit, '€', '@' or a web address marker. The scan jumps between
// such candidates and tries the sticky pattern only at the few positions from the word
// before the candidate up to it (a keyword or 'EUR' may precede the digits), so plain
// words cost nothing. Backward scans are bounded, so no input makes this quadratic.
const CANDIDATE = /[\d€@]|www\.|:\/\/|\.(?:nl|com|org|eu|net|be|info|gov|nu)\b/gi;
const STICKY = new RegExp(OPAQUE.source, 'yiu');
const WHITE = /\s/;
const BACK = 48;

function wordStartBefore(prose: string, at: number, floor: number): number {
  let i = at;
  const min = Math.max(floor, at - BACK);
  while (i > min && !WHITE.test(prose[i - 1])) i--;
  return i;
}

export function findOpaque(prose: string): Span[] {
  const spans: Span[] = [];
  let done = 0;
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(prose); c; c = CANDIDATE.exec(prose)) {
    const at = c.index;
    if (at < done) {
      CANDIDATE.lastIndex = done;
      continue;
    }
    // Start of the candidate's word, then of the word before it.
    const word = wordStartBefore(prose, at, done);
    let from = word;
    let k = word;
    while (k > done && k > word - 8 && WHITE.test(prose[k - 1])) k--;
    if (k < word) from = wordStartBefore(prose, k, done);
    for (let p = from; p <= at; p++) {
      STICKY.lastIndex = p;
      const m = STICKY.exec(prose);
      if (!m) continue;
      const span = toSpan(prose, m);
      if (!span) continue;
      spans.push(span);
      done = span.end;
      break;
    }
    if (CANDIDATE.lastIndex < done) CANDIDATE.lastIndex = done;
  }
  return spans;
}

function toSpan(prose: string, m: RegExpExecArray): Span | undefined {
  const g = m.groups!;
  let start = m.index;
  let end = start + m[0].length;
  let kind: OpaqueKind | undefined;
  for (const [name, k] of KINDS) {
    if (g[name] !== undefined) {
      kind = k;
      if (name === 'caseValue') start = end - g[name].length;
      break;
    }
  }
  if (!kind) return undefined;
  if (kind === 'url') {
    // A sentence's full stop or a closing bracket after a URL is not part of it.
    const t = TRAILING.exec(m[0]);
    if (t) end -= t[0].length;
  }
  if (kind === 'postcode') {
    const letters = prose.slice(end - 2, end);
    // Lower-case letters or a series that is not issued: the digits are a number.
    if (letters !== letters.toUpperCase() || letters === 'SS' || letters === 'SD' || letters === 'SA') {
      return { start, end: start + 4, kind: 'number' };
    }
  }
  return end > start ? { start, end, kind } : undefined;
}
