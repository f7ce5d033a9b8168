// Tone: capitals and exclamation marks shout. Reported in the body only (Dutch addresses
// put the town in capitals): words in capitals that are not abbreviations (a run of two or
// more capitalised words, or one of at least `minLetters` letters, default 6, that is not
// a known abbreviation), "!!" and more, and every exclamation mark after the first
// `maxExclamations` (default 2: a congratulation and a closing wish) in a letter.

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { allMatches, letterView, optionNumber } from './letter.js';

// Abbreviations a letter may well write in capitals (not shouting).
const KNOWN = new Set([
  'BSN', 'IBAN', 'WOZ', 'WMO', 'AOW', 'BRP', 'CJG', 'UWV', 'SVB', 'GGD', 'KVK', 'BTW', 'OZB', 'APV', 'AWB',
  'DUO', 'CAK', 'CIZ', 'PGB', 'ANW', 'WW', 'WIA', 'WAO', 'IOAW', 'IOAZ', 'BBZ', 'HR', 'KCC', 'ID', 'PDF', 'NB',
  'RDW', 'CBR', 'VNG', 'ANWB', 'NVWA', 'GBA', 'IND', 'AVG', 'WOO', 'WOB', 'NS', 'OV', 'GFT', 'PMD', 'WA', 'BV',
  'NV', 'VVE', 'CAO', 'RIVM', 'KNMI', 'ICT', 'EU', 'NL', 'BOA', 'SMS', 'URL', 'FAQ', 'OK', 'AM', 'PM',
]);
const EXCLAMATIONS = /!{2,}|!/g;
const CAPS = /\b\p{Lu}{2,}(?:-\p{Lu}{2,})*\b/gu;

/**
 * False only when CAPS cannot match: no two neighbouring code units that may be capitals
 * (ASCII A-Z, or anything outside ASCII, judged by CAPS itself). Most blocks have none.
 * A character class scan: several times faster than a JavaScript loop over the text.
 */
const TWO_CAPITALS = /[A-Z\u0080-\uffff]{2}/;

function mayHaveCaps(s: string): boolean {
  return TWO_CAPITALS.test(s);
}

export const shouting: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  const minLetters = optionNumber(options, 'minLetters', 6);
  const maxExclamations = optionNumber(options, 'maxExclamations', 2);
  const findings: LetterCheckFinding[] = [];
  let exclamations = 0;
  for (const b of view.blocks) {
    if (b.role !== 'prose' && b.role !== 'heading' && b.role !== 'listItem' && b.role !== 'salutation') continue;
    // Runs of capitalised words become one finding.
    const caps = (mayHaveCaps(b.text) ? allMatches(CAPS, b.text) : []).filter((m) => !view.placeholders.some((p) => b.start + m.index! >= p.start && b.start + m.index! < p.end));
    for (let i = 0; i < caps.length; i++) {
      const m = caps[i]!;
      let j = i;
      while (j + 1 < caps.length && /^\s+$/.test(b.text.slice(caps[j]!.index! + caps[j]![0].length, caps[j + 1]!.index!))) j++;
      const runWords = caps.slice(i, j + 1).map((c) => c[0]);
      // A run shouts when two of its words read as words (a vowel, not a known
      // abbreviation): "LET OP" does, "RES NHZ" (two acronyms) does not.
      const wordLike = runWords.filter((w) => !KNOWN.has(w) && /[AEIOUY]/.test(w)).length;
      const shouted = runWords.some((w) => !KNOWN.has(w) && w.length >= minLetters) || (runWords.length > 1 && wordLike >= 2);
      if (shouted) {
        const last = caps[j]!;
        findings.push({ start: b.start + m.index!, end: b.start + last.index! + last[0].length, data: { wat: 'hoofdletters' } });
      }
      i = j;
    }
    if (!b.text.includes('!')) continue;
    for (const m of allMatches(EXCLAMATIONS, b.text)) {
      if (m[0].length > 1) {
        findings.push({ start: b.start + m.index!, end: b.start + m.index! + m[0].length, data: { wat: 'uitroeptekens' } });
        continue;
      }
      exclamations++;
      if (exclamations > maxExclamations) findings.push({ start: b.start + m.index!, end: b.start + m.index! + 1, data: { wat: 'uitroeptekens' } });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
};
