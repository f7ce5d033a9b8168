// Generators of Dutch-like letter text with the characters real letters (and hostile
// pastes) bring: ĳ, decomposed accents, curly apostrophes, soft hyphens, NBSP,
// zero-width and bidi marks, emoji, CRLF, template placeholders.
import fc from 'fast-check';

const WORDS = [
  'u', 'wij', 'de', 'het', 'een', 'gemeente', 'aanvraag', 'indien', 'middels', 'reeds',
  'ontvangen', 'besluit', 'bezwaar', 'wordt', 'verstrekt', 'dienen', 'te', 'in', 'het', 'kader',
  'van', 'belanghebbende', 'parkeervergunning', 'auto’s', 'cafés', 'ĳsbaan', 'IJmuiden',
  'e\u0301e\u0301n', 'hoogachtend', 'Geachte', 'heer', 'mevrouw', 'art.', 'nr.', 'mevr.', 'bijlage',
  'B.', '3.', 'u.', '€ 1.250,00', '€45,50', '3 mei 2026', '14.30 uur', '023-5115115', '2011 AB',
  'https://www.haarlem.nl/afval', 'info@haarlem.nl', 'Z-2024-12345', '{{ naam }}', '{% if x %}',
  '${bedrag}', '[[datum]]', '«Voornaam»', '<<adres>>', '[Naam]', 'zo spoedig mogelijk', 'NIET',
  'be\u00adschik\u00adking', 'ge\u200bmeente', '\u202eomgekeerd\u202c', '😀', '👩‍👩‍👧', 'A\u00a0B',
  // Phrases with te + infinitive (their fixes span several words), signatures, compounds.
  'U dient', 'dient u', 'Gelieve', 'Wij verzoeken u', 'om', 'op', 'in te vullen', 'te sturen', 'tevens',
  'Met vriendelijke groet,', 'Klantmanager', 'televisie', 'kwijtscheldingsverzoek', 'hulpverleningstraject',
];

const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '.\n', '\n', '\r\n', '\r\n\r\n', '\n\n', '\u00a0', '!!! ', '? ', ' - ', '\t', ':\n- '];

const CONTROL = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u000b', '\u000c', '\ufeff', '\ud800', '\udc00');

/** A text of words and separators, with now and then a control character or lone surrogate. */
export const letterText = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s) },
      { weight: 1, arbitrary: CONTROL },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

export const formats = fc.constantFrom('text' as const, 'markdown' as const, 'html' as const);

/** Runs per property: small in the normal suite, large in `pnpm test:deep`. */
export const runs = process.env.HELDER_DEEP ? 3000 : 150;
export const seed = 20261128;
