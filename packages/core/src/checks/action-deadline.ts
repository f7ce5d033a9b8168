// Structure: when the letter asks the reader to do something, it says by when. VNG pain
// point: "Tijdens het proces moet ik van alles en nog wat onverwacht veranderen" (the
// surprise of a missed term). A request is a sentence that asks an action of the reader
// (wilt u, u moet, stuur, vul in, betaal, ...); questions, objections and conditional
// requests ("Als ..., geef dit dan door") need no deadline of their own. A deadline is a
// date or period in that sentence, the next one or the same paragraph.

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { TIME, bodySentences, isLetter, letterView, optionNumber, spanOf } from './letter.js';

const ACTION =
  /\b(wilt u|u moet|moet u|u dient|dient u|stuur|stuurt u|vul|vult u|lever|levert u|betaal|betaalt u|maak[t]? u|maak .{0,40}\bover|neem .{0,40}\bmee|neemt u|geef .{0,40}\bdoor|geeft u|graag ontvangen wij|ontvangen wij graag|verzoeken wij u|verzoek ik u|wordt u verzocht|u wordt verzocht|gelieve|meldt u|onderteken|ondertekent u|zorg (dat|ervoor)|zorgt u|(dient|dienen) .{0,60}\bte worden)\b/i;
const EXEMPT =
  /^(als|wanneer|indien|mocht|zodra|heeft u|bent u)\b|\bdan\b|\b(vragen|vraag|bezwaar|beroep|contact|bel|belt|mail|mailt|klacht)\b/i;
const NOW = /\b(direct|meteen|nu|vandaag|onmiddellijk|per omgaande)\b/i;

export const actionDeadline: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options)) return [];
  const max = optionNumber(options, 'maxFindings', 2);
  const sentences = bodySentences(view);
  const findings: LetterCheckFinding[] = [];
  for (let i = 0; i < sentences.length && findings.length < max; i++) {
    const s = sentences[i]!;
    if (view.body.some((b) => b.role === 'heading' && b.start === s.start)) continue;
    if (!ACTION.test(s.text) || EXEMPT.test(s.text)) continue;
    const next = sentences[i + 1]?.text ?? '';
    const block = view.body.find((b) => s.start >= b.start && s.end <= b.end);
    if (TIME.test(s.text) || NOW.test(s.text) || TIME.test(next) || (block && TIME.test(block.text))) continue;
    findings.push(spanOf(s));
  }
  return findings;
};
