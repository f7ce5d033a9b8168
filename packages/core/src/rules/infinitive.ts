// Fixes for phrases that govern "te" + infinitive. "U dient het formulier in te vullen"
// reads as an order; "U moet het formulier invullen" or "Wilt u het formulier invullen?"
// says the same in B1. Replacing "U dient" alone would leave "U moet het formulier in te
// vullen", which is wrong Dutch, so such entries never got a fix. This module makes the
// whole edit, in one span from the phrase to the infinitive (the words between are kept
// as written), and only where the sentence shape is one it can be sure of:
//
// - `bare`: the first alternative takes a bare infinitive. "te" is dropped, and a
//   separable particle right before it joins the verb (in te vullen -> invullen).
// - `question`: the alternative opens a question. The phrase must open the sentence and
//   the infinitive must end it: "Gelieve uw kenmerk te vermelden." -> "Wilt u uw kenmerk
//   vermelden?"
//
// No fix (the finding stays a suggestion) when: no "te" + infinitive follows within the
// clause; punctuation or a symbol comes between (an inserted clause, a quote); a second
// "te" is coordinated with the first ("te betalen en te tekenen");
// the word before "te" may or may not belong to the verb (goed te keuren / goed te
// lezen); or "om" after the phrase is not plainly the "om ... te" of the infinitive.

import type { Token } from '../doc.js';
import type { Fix } from '../types.js';

export type InfinitiveMode = 'bare' | 'question';

/** Particles of separable verbs that are written together with the infinitive. */
const JOIN = new Set([
  'aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'op', 'over', 'terug', 'toe', 'uit', 'voor', 'weg', 'langs',
  'neer', 'samen', 'dicht', 'open', 'vast', 'los', 'tegen', 'achter', 'voort', 'omhoog', 'omlaag', 'mede',
  'tegemoet', 'teweeg', 'teniet', 'binnen', 'buiten',
]);

/**
 * Words before "te" that are part of the verb with some infinitives and not with others
 * (goedkeuren / goed lezen, bekendmaken / bekend zijn, deelnemen / het deel betalen):
 * no safe spelling without knowing the verb, so no fix.
 */
const UNSURE = new Set([
  'goed', 'klaar', 'vrij', 'schoon', 'stop', 'plaats', 'deel', 'gelijk', 'kwijt', 'zeker', 'bekend', 'terecht',
  'thuis', 'bloot', 'gade', 'prijs', 'stil', 'kapot', 'fijn', 'vol', 'lek', 'recht', 'om', 'er', 'daar', 'hier',
  'waar',
]);

/**
 * text[from, to) with the fixes that lie wholly inside it applied: the edit spans the
 * words between the phrase and "te", so rewrite() cannot apply their own fixes
 * ("de navolgende bescheiden" -> "de volgende bescheiden") next to it.
 */
function applyInside(text: string, from: number, to: number, fixes: readonly Fix[]): string {
  const inside = fixes.filter((f) => f.start >= from && f.end <= to).sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  for (const f of inside) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + text.slice(at, to);
}

/** How many tokens may stand between the phrase and "te". */
const MAX_BETWEEN = 15;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** An infinitive: a lower-case word ending in -n (betalen, zijn, gaan, doen). */
function isInfinitive(t: Token | undefined): t is Token {
  return isWord(t) && t.lower.endsWith('n') && t.value === t.lower && t.lower.length > 2;
}

/**
 * The fix for a finding on tokens[from, to) of a sentence whose entry governs "te" +
 * infinitive, or undefined when the sentence does not have a shape this can rewrite.
 * `alternative` is the finding's first alternative, as it will be shown (capitalised at
 * a sentence start).
 */
export function infinitiveFix(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  alternative: string | undefined,
  mode: InfinitiveMode,
  inner: readonly Fix[] = [],
): Fix | undefined {
  if (!alternative || from >= to) return undefined;
  let k = to;
  // "verzocht om uw pas mee te nemen": the "om" of the infinitive goes. "om 9 uur" (a
  // time, an opaque token) is not that "om": no fix.
  let betweenStart = tokens[to - 1]!.end;
  if (tokens[k]?.lower === 'om') {
    if (!isWord(tokens[k + 1])) return undefined;
    betweenStart = tokens[k]!.end;
    k++;
  }
  let te = -1;
  for (; k < tokens.length && k - to <= MAX_BETWEEN; k++) {
    const t = tokens[k]!;
    // Punctuation and symbols may open an inserted clause or a quote: not a safe shape.
    // Other tokens (dates, amounts, placeholders) are copied as written.
    if (t.kind === 'punctuation' || t.kind === 'symbol') return undefined;
    if (t.lower === 'te') {
      te = k;
      break;
    }
  }
  if (te < 0) return undefined;
  const verb = tokens[te + 1];
  if (!isInfinitive(verb)) return undefined;
  // One more infinitive may follow: "te laten weten", "te kunnen aantonen".
  let last = te + 1;
  if (isInfinitive(tokens[last + 1])) last++;
  // "te betalen en te tekenen", "in te vullen en op te sturen": dropping the first "te"
  // only would leave the second.
  let coordinated = false;
  for (let j = last + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'en' || t.lower === 'of' || t.value === ',') coordinated = true;
    else if (coordinated && t.lower === 'te') return undefined;
  }
  const before = tokens[te - 1]!;
  const particle = te - 1 >= to && tokens[te - 1]!.start >= betweenStart ? before : undefined;
  if (particle && UNSURE.has(particle.lower)) return undefined;
  const join = particle !== undefined && JOIN.has(particle.lower);
  // The words between the phrase and "te" as written; a joined particle moves to the verb.
  const betweenEnd = join ? particle.start : tokens[te]!.start;
  const between = applyInside(text, betweenStart, betweenEnd, inner).trim();
  const verbs = (join ? particle.value : '') + text.slice(verb.start, tokens[last]!.end);
  const start = tokens[from]!.start;
  if (mode === 'bare') {
    return { start, end: tokens[last]!.end, replacement: [alternative, between, verbs].filter(Boolean).join(' ') };
  }
  // Question: the phrase opens the sentence and the infinitive closes it with a period.
  for (let j = 0; j < from; j++) if (tokens[j]!.kind !== 'punctuation') return undefined;
  const stop = tokens[last + 1];
  if (!stop || stop.value !== '.' || last + 2 !== tokens.length) return undefined;
  const asked = alternative.charAt(0).toUpperCase() + alternative.slice(1);
  return { start, end: stop.end, replacement: [asked, between, verbs].filter(Boolean).join(' ') + '?' };
}
