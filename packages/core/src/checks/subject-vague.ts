// Structure: a subject line that names no subject ("Uw aanvraag", "Brief", "Informatie").
// A subject is specific when it holds at least one word outside the vague set below.

import type { LetterCheck } from '../doc.js';
import { isLetter, letterView } from './letter.js';

const VAGUE = new Set([
  'aanvraag', 'brief', 'informatie', 'info', 'bericht', 'mededeling', 'melding', 'reactie',
  'vraag', 'verzoek', 'e-mail', 'email', 'mail', 'besluit', 'beschikking', 'kennisgeving',
  'correspondentie', 'diversen', 'zaak', 'dossier', 'kenmerk', 'onderwerp', 'betreft',
  'inzake', 'uitnodiging', 'herinnering', 'antwoord', 'schrijven', 'nieuws', 'update',
  'belangrijk', 'belangrijke', 'nieuwsbrief', 'brieven', 'berichten', 'stukken', 'document',
  'documenten', 'formulier', 'aanvulling', 'ontvangstbevestiging', 'bevestiging',
]);
const FUNCTION = new Set(['uw', 'je', 'jouw', 'de', 'het', 'een', 'op', 'van', 'over', 'aan', 'ons', 'onze', 'mijn', 'voor', 'en', 'met', 'naar', 'in', 're', 'nr', 'nummer']);

export const subjectVague: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options) || !view.subject) return [];
  const s = view.subject;
  const label = /^(onderwerp|betreft|betreffende|inzake)\b\s*:?\s*/i.exec(s.text);
  const offset = label ? label[0].length : 0;
  const rest = s.text.slice(offset).replace(/[\s.,;:]+$/, '');
  // A case number or placeholder alone is not a subject either, so only letters count.
  const words = rest.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.some((w) => !VAGUE.has(w) && !FUNCTION.has(w))) return [];
  if (!rest) return [{ start: s.start, end: s.start + s.text.replace(/[\s:]+$/, '').length }];
  return [{ start: s.start + offset, end: s.start + offset + rest.length }];
};
