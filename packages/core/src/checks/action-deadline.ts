// Structure: when the letter asks the reader to do something, it says by when. VNG pain
// point: "Tijdens het proces moet ik van alles en nog wat onverwacht veranderen" (the
// surprise of a missed term). Tuned for precision:
// - a request is a sentence that opens with an imperative (Stuur, Vul, Betaal, ...) or
//   asks with "wilt u", "u moet", "u dient", "wij verzoeken u", "gelieve";
// - conditional requests need no deadline of their own: "Als ..., stuur dan", "Wilt u
//   liever zelf betalen? Dan ...", and neither do questions, contact and objections;
// - a deadline is a date or period in that sentence, the next one or the same paragraph,
//   or anywhere in the letter a forward one ("vóór 2 juni", "binnen twee weken"): B1
//   letters give the deadline once and then explain how.

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { blockHasTime, bodySentences, hasForwardTime, hasTime, isLetter, letterView, optionNumber, sentencesWithCues, spanOf } from './letter.js';

const IMPERATIVE = /^(stuur|vul|lever|betaal|maak|geef|meld|onderteken|zorg|regel|breng|upload|mail ons|vraag .{0,30}\baan)\b/i;
const REQUEST =
  /\b(wilt u|u moet|moet u|u dient|dient u|graag ontvangen wij|ontvangen wij graag|verzoeken wij u|verzoek ik u|wordt u verzocht|u wordt verzocht|gelieve|(dient|dienen) .{0,60}\bte worden)\b/i;
const EXEMPT =
  /^(als|wanneer|indien|mocht|zodra|heeft u|bent u|wilt u (liever|meer|graag|weten))\b|\bdan\b|\b(vragen|vraag|bezwaar|beroep|contact|bel|belt|mail|mailt|klacht)\b/i;
// What the reader must do, named rather than asked: "Hier staat alles wat u moet weten",
// "Hieronder leest u hoe u bezwaar moet maken", "Wat moet u doen?".
const INDIRECT = /\b(wat|welke|hoe|waar|wanneer|waarom|waarvoor)\s+(u|je|jij)\b.{0,40}?\b(moet|moeten|dient|wilt)\b|^(wat|welke|hoe|waar|wanneer|waarom)\b[^?]*\?$/i;
const NOW = /\b(direct|meteen|nu|vandaag|onmiddellijk|per omgaande)\b/i;
const OBJECTION = /\b(bezwaar|beroep)/i;

// Every alternative of REQUEST holds one of these (in lower case): a cheap test first.
// No cue is longer than six characters ("ontvan" for "ontvangen wij", "verzo" for
// "verzoek" and "verzocht"): a search for seven or more builds a skip table on every call
// and cost about twice as much; a looser cue only lets REQUEST decide a few more sentences.
const REQUEST_CUES = ['wilt u', 'moet', 'dien', 'ontvan', 'verzo', 'geliev'];

const REQUEST_CUE_FLAGS = Symbol('helder.requestCues');

export const actionDeadline: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options)) return [];
  const max = optionNumber(options, 'maxFindings', 2);
  const sentences = bodySentences(view);
  const anyDeadline =
    (view.subject !== undefined && hasForwardTime(view, view.subject.text)) ||
    sentences.some((s) => hasForwardTime(view, s) && !OBJECTION.test(s.text));
  if (anyDeadline) return [];
  const findings: LetterCheckFinding[] = [];
  // From the block's sentences' answers (kept on them), or per block once: long letters stay linear.
  const timeInBlock = (i: number | undefined) => i !== undefined && blockHasTime(view, i);
  const mayRequest = sentencesWithCues(view, REQUEST_CUE_FLAGS, REQUEST_CUES);
  for (let i = 0; i < sentences.length && findings.length < max; i++) {
    const s = sentences[i]!;
    if (s.block !== undefined && view.body[s.block]!.role === 'heading') continue;
    const text = s.text.replace(/^[-*•·–+]\s+/, '');
    if (!(IMPERATIVE.test(text) || (mayRequest[i] === 1 && REQUEST.test(text))) || EXEMPT.test(text)) continue;
    // A request for the real thing may follow in the same sentence: only exempt when the
    // indirect phrase is where the request cue is.
    if (INDIRECT.test(text) && !IMPERATIVE.test(text) && !REQUEST.test(text.replace(INDIRECT, ''))) continue;
    const following = sentences[i + 1];
    const next = following?.text ?? '';
    // "Wilt u eerst met ons praten? Bel dan ..." / "... ? Dan ...": an offer with its condition.
    if (/\?$/.test(text) && /^(\p{L}+\s+)?dan\b/iu.test(next)) continue;
    // The sentence's own answer also when a list mark was taken off: TIME matches none of
    // the marks nor the white space after them (test/checks-speed.test.ts).
    if (hasTime(view, s) || NOW.test(text) || hasTime(view, following ?? '') || timeInBlock(s.block)) continue;
    findings.push(spanOf(s));
  }
  return findings;
};
