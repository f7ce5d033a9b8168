// Structure: the first paragraph says what the letter is about (the decision, what the
// reader gets or must do), not the history of the file. Heuristic, chosen for precision:
// - a first sentence that opens with a reference formula ("Naar aanleiding van",
//   "In antwoord op", "Onder verwijzing naar", "Hierbij ... mede") always buries the core;
// - a first sentence that opens with history ("Op 3 maart ontvingen wij", "Wij hebben uw
//   aanvraag ontvangen", "U heeft ... aangevraagd") buries it only when the whole first
//   paragraph holds no core cue (a decision, or what the reader gets, can or must do).
// VNG pain point: fragmented information; the reader must dig for what matters.

import type { LetterCheck } from '../doc.js';
import { isLetter, letterView, sentencesOfBlock, spanOf } from './letter.js';

const FORMULA =
  /^(naar aanleiding van|in antwoord op|onder verwijzing naar|refererend aan|met referte aan|ingevolge|in vervolg op|bij (uw )?brief van|met (uw )?brief van|in uw brief van|met betrekking tot|hierbij (deel|delen|informeer|informeren|bericht|berichten)\b|op grond van)/i;
const HISTORY =
  /^(op \d{1,2} \p{L}+( \d{4})?,? (heeft|hebben|ontvingen|ontving|is|zijn|diende|dienden|deed|deden|kreeg|kregen|stuurde|stuurden|vroeg|vroegen)|op \d{1,2}[-/]\d{1,2}[-/]\d{2,4}|wij hebben (op \S+ )?uw|we hebben (op \S+ )?uw|ik heb (op \S+ )?uw|wij ontvingen|we ontvingen|ik ontving|u heeft (op|ons)|onlangs|enige tijd geleden|eerder (heeft|hebben|ontving|ontvingen))/iu;
// "Van de school hebben wij een melding ontvangen", "Uw brief is door ons ontvangen",
// "Uit de gegevens ... is gebleken dat".
const RECEIVED = /^(uit|bij) (de|het|onze|uw|een)\b.{0,80}\b(is|zijn) (ons )?gebleken\b|\b((hebben|heeft) (wij|we|ik)\b.{0,80}\bontvangen|ontvingen (wij|we)|ontving ik|(is|zijn)\b.{0,30}\bontvangen)\b/i;
const CORE =
  /\b(besloten|besluit|beslissing|krijgt|ontvangt|toegekend|toekennen|afgewezen|afwijzen|goedgekeurd|verleend|verlenen|geweigerd|weigeren|ingetrokken|moet|moeten|mag|mogen|kunt|vragen wij u|vraag ik u|wilt u|gaan wij|gaan we|gaat|betaalt|terug|in deze brief|met deze brief|deze brief gaat over|leest u|daarom|uitnodig\p{L}*|nodigen|verwerkt|geregeld|aangepast|gewijzigd|klaar|hersteld|opgelost|gerepareerd)\b/iu;

// An acknowledgement: its subject says something came in ("wij hebben uw aanvraag
// ontvangen", "ontvangstbevestiging"), and an opener that says so is its core.
const RECEIPT_SUBJECT = /\b(ontvangen|ontvangst\p{L}*|gekregen|binnengekomen)\b/iu;
const RECEIPT = /\b(ontvangen|ontvingen|ontving|kregen|kreeg|gekregen|binnengekomen|binnen gekomen)\b/i;

export const coreMessageFirst: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options)) return [];
  const first = view.body.find((b) => b.role === 'prose');
  if (!first) return [];
  const sentences = sentencesOfBlock(view, first);
  const opener = sentences[0];
  if (!opener) return [];
  if (FORMULA.test(opener.text)) return [spanOf(opener)];
  const history = HISTORY.test(opener.text) || RECEIVED.test(opener.text);
  if (history && view.subject && RECEIPT_SUBJECT.test(view.subject.text) && RECEIPT.test(opener.text)) return [];
  if (history && !CORE.test(first.text)) return [spanOf(opener)];
  return [];
};
