// Tone: a salutation without a name ("Geachte heer/mevrouw,") tells the reader the letter
// was not written to them. Reported on the salutation line only (first one in the text).

import type { LetterCheck } from '../doc.js';
import { letterView } from './letter.js';

const ANONYMOUS =
  /^(geachte|beste)\s+(heer\s*(\/|,|of|en)\s*mevrouw|mevrouw\s*(\/|,|of|en)\s*(meneer|heer)|meneer\s*(\/|,|of|en)\s*mevrouw|dames\s+en\s+heren|heren|ouders?(\(s\))?\s*(\/|en|of)\s*verzorgers?(\(s\))?|aanvrager|cliënt|client|belanghebbende|relatie|klant|burger|inwoner|heer\/mevr\.?|hr\.?\/mw\.?|mevrouw\/heer)(?=[\s,.]*$)/i;

export const anonymousSalutation: LetterCheck = ({ doc }) => {
  const view = letterView(doc);
  const b = view.salutation;
  if (!b) return [];
  const m = ANONYMOUS.exec(b.text);
  if (!m) return [];
  return [{ start: b.start, end: b.start + m[0].length, expected: [] }];
};
