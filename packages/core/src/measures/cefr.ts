// A CEFR indication (A2/B1/B2/C1) for a letter. No validated formula maps Dutch text to
// a CEFR level, so this is an indication, and the report says how it was reached.
// It rests on the LiNT-II document score (word frequency, sentence structure,
// abstractness) and two signals plain-language guides name for B1: sentences of at most
// about 15 words and few long words (more than 3 syllables).
//
//   A2  LiNT < 30, mean sentence <= 10 words, long words <= 5%
//   B1  LiNT < 46 (LiNT levels 1-2), mean sentence <= 15 words, long words <= 10%
//   B2  LiNT < 58 (level 3), or B1 on LiNT but longer sentences / more long words
//   C1  LiNT >= 58 (level 4)

import type { Cefr } from '../types.js';

export interface CefrInput {
  lint: number;
  wordsPerSentence: number;
  /** Share of words with more than 3 syllables, 0-1. */
  longWordShare: number;
  words: number;
}

/**
 * One decimal with a Dutch decimal comma (toLocaleString is slow per call): the text of
 * String(Math.round(n * 10) / 10) with a comma, built from the integer number of tenths
 * (about 8x faster than printing a fraction and replacing its point). The shortest
 * decimal of tenths / 10 is exactly "whole.digit" while a tenth is far above the
 * precision of a double (below 1e15); beyond that, and for NaN, the slow way.
 */
function nl(n: number): string {
  const tenths = Math.round(n * 10);
  if (!(Math.abs(tenths) < 1e15)) return String(tenths / 10).replace('.', ',');
  const a = Math.abs(tenths);
  const digit = a % 10;
  const whole = (a - digit) / 10;
  const sign = tenths < 0 ? '-' : '';
  return digit === 0 ? sign + whole : sign + whole + ',' + digit;
}

export function cefrIndication(input: CefrInput): Cefr {
  const { lint, wordsPerSentence: wps, longWordShare, words } = input;
  const pct = Math.round(longWordShare * 100);
  const facts = `LiNT-score ${nl(lint)}, gemiddeld ${nl(wps)} woorden per zin, ${pct}% lange woorden (meer dan 3 lettergrepen)`;
  if (words === 0) {
    return { level: 'A2', basis: 'Geen lopende tekst gevonden om te beoordelen; dit is geen oordeel over de tekst.' };
  }
  let level: Cefr['level'];
  let reason: string;
  if (lint >= 58) {
    level = 'C1';
    reason = 'de LiNT-score valt in niveau 4 (moeilijk)';
  } else if (lint >= 46) {
    level = 'B2';
    reason = 'de LiNT-score valt in niveau 3';
  } else if (wps > 15 || longWordShare > 0.1) {
    level = 'B2';
    reason = wps > 15 ? 'de zinnen zijn gemiddeld langer dan 15 woorden' : 'meer dan 10% van de woorden is lang';
  } else if (lint < 30 && wps <= 10 && longWordShare <= 0.05) {
    level = 'A2';
    reason = 'lage LiNT-score, korte zinnen en weinig lange woorden';
  } else {
    level = 'B1';
    reason = 'LiNT-niveau 1 of 2, zinnen van gemiddeld hoogstens 15 woorden en weinig lange woorden';
  }
  return {
    level,
    basis: `Indicatie ${level}: ${reason} (${facts}). Geen officiële toetsing van taalniveau.`,
  };
}
