// Opaque spans: amounts, dates, times, phone numbers, postcodes, URLs, e-mail addresses,
// case numbers and plain numbers. Each becomes one token that no word rule touches.
//
// Speed: this runs on every check. A cheap scan finds candidate characters (a digit,
// '€', '@', a web address marker); at each candidate only the few small sticky patterns
// that can start there are tried, at one or two positions. Every pattern has bounded
// repetition and backward scans are bounded, so no input makes this super-linear.

import type { OpaqueKind } from '../doc.js';

export interface Span {
  start: number;
  end: number;
  kind: OpaqueKind;
}

/** 'mei' -> '(?:mei|Mei|MEI)': case variants, cheaper than the i flag with u. */
function variants(words: string[]): string {
  const out: string[] = [];
  for (const w of words) out.push(w, w[0].toUpperCase() + w.slice(1), w.toUpperCase());
  return '(?:' + out.join('|') + ')';
}

const MONTH = variants([
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december', 'jan\\.?', 'feb\\.?', 'febr\\.?', 'mrt\\.?', 'apr\\.?', 'jun\\.?', 'jul\\.?',
  'aug\\.?', 'sept?\\.?', 'okt\\.?', 'nov\\.?', 'dec\\.?',
]);
/** Words after which a code is a case number ("kenmerk 2024/123456"). Lower case, no ':'. */
export const CASE_KEYS = new Set([
  'zaaknummer', 'zaaknr', 'kenmerk', 'dossiernummer', 'dossiernr', 'referentienummer', 'referentie',
  'klantnummer', 'factuurnummer', 'aanslagnummer', 'vorderingnummer', 'relatienummer',
  'registratienummer', 'bsn', 'burgerservicenummer', 'zaak',
]);
const LONGEST_KEY = Math.max(3, ...[...CASE_KEYS].map((k) => k.length));
const TLD = '(?:nl|com|org|eu|net|be|info|gov|nu)';
const S = '[ \\t\\u00A0]';

const URL = new RegExp(
  String.raw`(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww]{3}\.)[^\s<>"'()\[\]{}]{1,2000}` +
    String.raw`|[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}\.${TLD}\/[^\s<>"'()\[\]{}]{0,2000}` +
    String.raw`|[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{1,63}){0,3}\.${TLD}(?![.\-]?[\p{L}\d])`,
  'yu',
);
const EMAIL = /[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,5}/uy;
// € 1.250,00  €45,50  EUR 12  € 12,-
const AMOUNT = new RegExp(String.raw`(?:€|EUR)${S}?\d{1,3}(?:[.\u00A0 ]\d{3}){0,5}\d{0,9}(?:,(?:\d{1,2}|-{1,2}|—))?(?!\d)`, 'y');
const INTL_PHONE = new RegExp(String.raw`\+31[ \t\u00A0-]?(?:\(0\)${S}?)?\d{1,3}(?:[ \t\u00A0-]?\d{2,4}){2,4}(?!\d)`, 'y');
const CASE_VALUE = /[\p{L}\d][\p{L}\d/._-]{0,40}\d[\p{L}\d/._-]{0,40}(?<![./_-])/uy;
const CASE_ALPHA = /[A-Z]{1,4}-\d{2,4}-\d{2,12}(?!\d)/y;

// Everything that starts with a digit, in priority order; named groups tell the kind.
const DIGIT = new RegExp(
  [
    // 14.30 uur, 9.00-17.00 uur, 9:00, 9 uur
    String.raw`(?<time>(?<![\d.,])(?:[01]?\d|2[0-4])[:.][0-5]\d(?:[ \t]?[-–][ \t]?(?:[01]?\d|2[0-4])[:.][0-5]\d)?${S}?uur\b|(?<![\d.,])(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:])|(?<![\d.,])(?:[01]?\d|2[0-4])${S}uur\b)`,
    // 0031 23 ..., 023-5115115, 0235115115, 06 12345678, 0800-1234, 14 023
    String.raw`(?<phone>0031[ \t\u00A0-]?\d{1,3}(?:[ \t\u00A0-]?\d{2,4}){2,4}(?!\d)|(?<![\d.,/-])0[1-9]\d{1,2}[ \t\u00A0-]?\d{3}${S}?\d{2}${S}?\d{2}(?!\d)|(?<![\d.,/-])0[1-9]\d{1,2}[ \t\u00A0-]?\d{2}${S}?\d{2}${S}?\d{2,3}(?!\d)|(?<![\d.,/-])06[ \t\u00A0-]?\d{8}(?!\d)|(?<![\d.,/-])06[ \t\u00A0-]?\d{2}(?:${S}?\d{2}){3}(?!\d)|(?<![\d.,/-])0[89]0\d[ \t\u00A0-]?\d{4,7}(?!\d)|(?<![\d.,/-])0\d{9}(?!\d)|(?<![\d.,/-])14${S}?0\d{2,3}(?!\d|[.,]\d))`,
    // 3 mei 2026, 3 jan. 2026, 03-05-2026, 3-5-'26, 2026-05-03
    String.raw`(?<date>(?<![\d.,])\d{1,2}${S}${MONTH}(?![\p{L}])(?:${S}\d{4}(?!\d))?|(?<![\d.,/-])\d{1,2}(?<sep>[-/.])\d{1,2}\k<sep>(?:\d{4}|'?\d{2})(?![\d\p{L}])|(?<![\d.,/-])\d{4}-\d{2}-\d{2}(?!\d))`,
    // 2011 AB (SS, SD and SA are not issued)
    String.raw`(?<postcode>(?<![\d.,])[1-9]\d{3}${S}?(?!SS|SD|SA)[A-Z]{2}(?![\p{L}\d]))`,
    // 2024/123456, digit runs (BSN-like)
    String.raw`(?<caseShape>(?<![\d.,/])\d{4}\/\d{3,12}(?![\d/])|(?<![\d.,])\d{6,}(?![\d.,]\d|\d))`,
    // 3, 1.250, 12,5
    String.raw`(?<number>(?<![\d\p{L}])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|(?<![\d\p{L}])\d+(?:[.,]\d+)?(?!\d))`,
  ].join('|'),
  'uy',
);
const DIGIT_KINDS: Array<[string, OpaqueKind]> = [
  ['time', 'time'], ['phone', 'phone'], ['date', 'date'], ['postcode', 'postcode'], ['caseShape', 'caseNumber'], ['number', 'number'],
];

const CANDIDATE = new RegExp(String.raw`[\d€@]|[Ww]{3}\.|:\/\/|\.${TLD}(?![A-Za-z0-9])`, 'g');
const TRAILING = /[.,;:!?)\]'"’”]+$/;
const BACK = 64;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Start of the white-space delimited word around `at`, never before `floor`. */
function wordStart(prose: string, at: number, floor: number): number {
  let i = at;
  const min = Math.max(floor, at - BACK);
  while (i > min && !isSpace(prose.charCodeAt(i - 1))) i--;
  return i;
}

/** Skips leading brackets and quotes: "(www.x.nl)" starts at 'w'. */
function skipOpeners(prose: string, from: number, to: number): number {
  let i = from;
  while (i < to && !isAlnum(prose.charCodeAt(i))) i++;
  return i;
}

function sticky(re: RegExp, prose: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(prose);
}

/** The word before the one starting at `ws`, lower-cased, without a final ':' or '.'. */
export function previousWord(prose: string, ws: number, floor: number): { start: number; word: string } | undefined {
  let e = ws;
  while (e > floor && e > ws - 4 && isSpace(prose.charCodeAt(e - 1))) e--;
  if (e === ws || e <= floor) return undefined;
  const s = wordStart(prose, e, floor);
  if (e - s > 40) return undefined;
  let t = e;
  while (t > s && (prose.charCodeAt(t - 1) === 0x3a /* : */ || prose.charCodeAt(t - 1) === 0x2e /* . */)) t--;
  // Only a case key or 'eur' is looked for, and lower-casing never shortens a word: a
  // longer one needs no substring.
  if (t - s > LONGEST_KEY) return undefined;
  return { start: s, word: prose.slice(s, t).toLowerCase() };
}

function spanAt(prose: string, at: number, floor: number): Span | undefined {
  const c = prose.charCodeAt(at);
  const ws = wordStart(prose, at, floor);
  if (c === 0x40 /* @ */) {
    const s = skipOpeners(prose, ws, at);
    const m = sticky(EMAIL, prose, s);
    return m ? { start: s, end: s + m[0].length, kind: 'email' } : undefined;
  }
  if (c === 0x20ac /* € */) {
    const m = sticky(AMOUNT, prose, at);
    return m ? { start: at, end: at + m[0].length, kind: 'amount' } : undefined;
  }
  if (c < 48 || c > 57) {
    // Web address marker: the address starts at the word start.
    const s = skipOpeners(prose, ws, at);
    const m = sticky(URL, prose, s);
    if (!m) return undefined;
    const t = TRAILING.exec(m[0]);
    return { start: s, end: s + m[0].length - (t ? t[0].length : 0), kind: 'url' };
  }
  // A digit. Context first: a keyword, 'EUR' or '+' before it, or a code like Z-2024-1.
  if (at === skipOpeners(prose, ws, at) || ws < at) {
    const prev = previousWord(prose, ws, floor);
    if (prev) {
      if (CASE_KEYS.has(prev.word)) {
        const s = skipOpeners(prose, ws, at + 1);
        const m = sticky(CASE_VALUE, prose, s);
        if (m) return { start: s, end: s + m[0].length, kind: 'caseNumber' };
      } else if (prev.word === 'eur' && prose.startsWith('EUR', prev.start)) {
        const m = sticky(AMOUNT, prose, prev.start);
        if (m) return { start: prev.start, end: prev.start + m[0].length, kind: 'amount' };
      }
    }
  }
  if (at > 0 && prose.charCodeAt(at - 1) === 0x2b /* + */) {
    const m = sticky(INTL_PHONE, prose, at - 1);
    if (m) return { start: at - 1, end: at - 1 + m[0].length, kind: 'phone' };
  }
  if (ws < at) {
    const s = skipOpeners(prose, ws, at);
    if (s < at) {
      const m = sticky(CASE_ALPHA, prose, s);
      if (m) return { start: s, end: s + m[0].length, kind: 'caseNumber' };
    }
  }
  const m = sticky(DIGIT, prose, at);
  if (!m) return undefined;
  const g = m.groups!;
  for (const [name, kind] of DIGIT_KINDS) {
    if (g[name] !== undefined) return { start: at, end: at + m[0].length, kind };
  }
  return undefined;
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
    const span = spanAt(prose, at, done);
    if (span && span.end > span.start && span.start >= done) {
      spans.push(span);
      done = span.end;
      if (CANDIDATE.lastIndex < done) CANDIDATE.lastIndex = done;
    } else {
      // Skip the rest of a digit run that matched nothing ("A4", "nr5").
      let i = CANDIDATE.lastIndex;
      while (i < prose.length && i < at + BACK && prose.charCodeAt(i) >= 48 && prose.charCodeAt(i) <= 57) i++;
      CANDIDATE.lastIndex = i;
    }
  }
  return spans;
}
