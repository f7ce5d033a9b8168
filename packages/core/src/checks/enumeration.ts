// Structure: an enumeration inside a sentence ("a, b, c en d") reads easier as a list.
// Found per body sentence: after a colon if there is one, comma-separated short items
// (at most `maxItemWords` words each, default 12) where the last holds "en"/"of". It is
// reported when there are at least `minItems` items (default 3; without a colon one more,
// since clauses joined by commas are often no enumeration) with together at least
// `minWords` words (default 12; without a colon 3 more, as the lead-in is uncertain):
// "huur, gas en licht" stays a sentence.

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { allMatches, bodySentences, countLetterWords, countWords, letterView, optionNumber } from './letter.js';

const JOIN = /\s(en|of|en\/of)\s/g;

/** . ! or ? */
function isEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** " ' ” ’ or ) */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
}

/**
 * s.replace(/[.!?]+["'”’)]*$/, ''), from the end: the closing quotes and brackets at the
 * end, and the run of . ! ? right before them, go; without such a run nothing does.
 */
function withoutFinalMarks(s: string): string {
  let end = s.length;
  while (end > 0 && isCloser(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isEndMark(s.charCodeAt(start - 1))) start--;
  return start < end ? s.slice(0, start) : s;
}

/** /\d/ of one character (NaN, outside the string, is none). */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// An item's weight is its words with a letter in them (countLetterWords): times and
// amounts ("09.00 - 18.00") are not.

export const enumeration: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  const minItems = optionNumber(options, 'minItems', 3);
  const minWords = optionNumber(options, 'minWords', 12);
  const maxItemWords = optionNumber(options, 'maxItemWords', 12);
  const findings: LetterCheckFinding[] = [];
  for (const s of bodySentences(view)) {
    if (s.block === undefined || view.body[s.block]!.role !== 'prose') continue;
    // Items are separated by commas: without one there are fewer than two segments.
    if (!s.text.includes(',')) continue;
    const colon = s.text.lastIndexOf(':');
    const base = colon >= 0 ? colon + 1 : 0;
    const part = withoutFinalMarks(s.text.slice(base));
    // Segments with their offsets in the sentence.
    const segments: Array<{ start: number; text: string }> = [];
    let from = 0;
    // From comma to comma (indexOf), then the end of the part.
    for (let i = part.indexOf(','); ; i = part.indexOf(',', i + 1)) {
      if (i < 0) {
        segments.push({ start: base + from, text: part.slice(from) });
        break;
      }
      // "€ 96,00" and "1,5" are numbers, not separators.
      if (isDigit(part.charCodeAt(i - 1)) && isDigit(part.charCodeAt(i + 1))) continue;
      segments.push({ start: base + from, text: part.slice(from, i) });
      from = i + 1;
    }
    if (segments.length < 2) continue;
    const last = segments[segments.length - 1]!;
    const joins = allMatches(JOIN, last.text);
    const join = joins[joins.length - 1];
    if (!join) continue;
    const tailItems = [last.text.slice(0, join.index), last.text.slice(join.index + join[0].length)];
    const itemMax = colon >= 0 ? maxItemWords : Math.min(maxItemWords, 8);
    if (tailItems.some((t) => countWords(t) === 0 || countWords(t) > itemMax)) continue;
    let items = 2;
    let words = countLetterWords(last.text) - 1;
    let first = last;
    for (let k = segments.length - 2; k >= 0; k--) {
      const n = countWords(segments[k]!.text);
      if (n === 0 || n > itemMax) break;
      items++;
      // Without a colon the first segment also holds the lead-in ("Wij helpen u met
      // huur, ..."): only its last three words count as the item.
      words += k === 0 && colon < 0 ? Math.min(3, countLetterWords(segments[k]!.text)) : countLetterWords(segments[k]!.text);
      first = segments[k]!;
    }
    // Without a colon, at least two commas: "a, b, c en d" (clauses joined by one comma
    // and "en" are usually no enumeration).
    if (items < minItems + (colon >= 0 ? 0 : 1) || words < minWords + (colon >= 0 ? 0 : 3)) continue;
    // After a colon, the first item must not be a clause of its own.
    if (colon >= 0 && countWords(first.text) > 5) continue;
    const lead = first.text.length - first.text.trimStart().length;
    const start = s.start + first.start + lead;
    const end = s.start + last.start + last.text.trimEnd().length;
    findings.push({ start, end, data: { items } });
  }
  return findings;
};
