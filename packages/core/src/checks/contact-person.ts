// Structure: a named contact person with a phone number or e-mail address. VNG pain
// point: "Ik heb geen duidelijk contactpersoon, iemand die mij helpt en mijn dossier kent."
// One finding per letter, on the most useful spot:
// - "neem contact op met de gemeente/ons" while no person is named: on that phrase;
// - otherwise, when the name or the number/e-mail is missing: on the closing.
// A template placeholder ({{behandelaar}}, [telefoon]) counts as filled in, and so does a
// reference block ("Behandeld door: R. Verhoef", "Doorkiesnummer: 0546 78 31 20").
// contactParts() tells the grade which half is there: a general number or a name alone
// costs half (score.ts).

import type { LetterCheck, LetterCheckFinding } from '../doc.js';
import { EMAIL, PHONE, anchorForMissing, headerFields, isLetter, letterView, perView, type LetterView } from './letter.js';

// A name part; a double surname with a capital after the hyphen too ("Smit-Jansen").
const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\p{Lu}[\\p{Ll}'’-]+)*";
const PARTICLES = "(?:(?:van|de|der|den|ter|ten|te|het|in 't|'t|van der|van den|van de|la|le|du|da|di)\\s+)*";
// First name and surname, a surname of two parts ("Karin El Amrani"), or initials and surname.
const FULL_NAME = `(?:\\p{Lu}\\.\\s?)*${NAME}\\s+${PARTICLES}${NAME}(?:\\s+${NAME})?|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*\\s+${PARTICLES}${NAME}`;
const HONORIFIC = new RegExp(`\\b([Mm]evrouw|[Mm]eneer|[Dd]e heer|[Mm]evr\\.|[Mm]w\\.|[Dd]hr\\.)\\s+${PARTICLES}(\\p{Lu}\\.\\s?)*${NAME}`, 'u');
// A name after words that introduce a person to contact: "Bel Karin Smit op ...", "vraag
// naar Karin Smit", "Mail dan Karin Smit", "met mevrouw ...", "Ik ben ...".
const INTRO = new RegExp(
  `\\b(ik ben|mijn naam is|heet|met|bij|contactpersoon( is)?:?|behandelaar( is)?:?|contact:?|[Bb]el(t)?( of (mail|app))?( dan| gerust)?|[Mm]ail(t)?( dan| gerust)?|[Aa]pp( dan)?|[Vv]raag( dan)? naar|consulent( is)?:?)\\s+(${FULL_NAME})`,
  'u',
);
// A name followed by what that person does for the reader: "Karin Smit helpt u graag".
const HELPER = new RegExp(`(?:^|[.!?:]\\s+)(${FULL_NAME})\\s+(helpt|is uw|is bereikbaar|is te bereiken|beantwoordt|behandelt)\\b`, 'u');
const SIGNATURE_NAME = new RegExp(`^(${FULL_NAME})$`, 'u');
const LEADING_NAME = new RegExp(`^(${FULL_NAME})\\b`, 'u');
const ORG = /^(gemeente|het|de|team|afdeling|college|burgemeester|namens|cluster|sector|directie|bureau|dienst|postbus|telefoon|e-mail|www|klantcontact|servicepunt|loket|wijkteam)\b/i;
const GENERIC_CONTACT =
  /\b(neem|nemen|neemt)( dan)?( u)?( gerust)? contact op met (de gemeente|ons|het klantcontactcentrum|de afdeling|het team|het servicepunt|het kcc|onze afdeling|ons team)|contact opnemen met (de gemeente|ons|het klantcontactcentrum|de afdeling|het team|onze afdeling)|(kunt|kan) u (zich )?(wenden|terecht) (tot|bij) (de gemeente|ons|het klantcontactcentrum|de afdeling)|bel (dan )?(met )?(de gemeente|ons|het klantcontactcentrum)/i;

// The reference block of a letter names the handler and a direct line: "Behandeld door:
// mw. J. Hofstede", "Contactpersoon: Mirjam Kok", "Doorkiesnummer: 0522 47 19 33".
const META_PERSON = /^(behandeld door|behandelaar|contactpersoon|contact)$/;
const META_PHONE = /^(telefoon|telefoonnummer|tel\.?|doorkiesnummer|doorkiesnr\.?|e-?mail)$/;
const META_REACH = /telefoon|tel\b|doorkies|mobiel|e-?mail|behandeld|contact/i;

const HAS_DIGIT = /\d/;
/** Titles and forms of address before a name: "mw. drs. J.M. Hofstede", "ing. P.A. Bruggink". */
const TITLES = /\b(mw|mevr|dhr|drs|dr|mr|ing|ir|prof|bc)\.\s*/gi;

// HONORIFIC, HELPER and GENERIC_CONTACT are tried on each body block as they are: a
// cheap test for their cue words first (lower-casing the block, then a search per cue)
// cost more than the expressions, whose costly parts only run after such a cue.

function hasPlaceholderFor(view: LetterView, what: RegExp): boolean {
  return view.placeholders.some((p) => what.test(view.text.slice(p.start, p.end)));
}

function namedPerson(view: LetterView): boolean {
  // A field for a person's name; not the reader's name (in the address block or the
  // salutation: "[Naam]" above "[Adres]"), a function or an organisation.
  const readerBlocks = view.blocks.filter((b) => b.role === 'address' || b.role === 'salutation');
  if (
    view.placeholders.some((p) => {
      if (readerBlocks.some((b) => p.start >= b.start && p.start < b.end)) return false;
      const field = view.text.slice(p.start, p.end);
      return /naam|name|behandelaar|contactpersoon|medewerker|consulent|adviseur|regisseur|ondertekenaar/i.test(field) &&
        !/functie|organisatie|afdeling|team|activiteit|straat|plaats|aanvrager|achternaam|voorletters|aanhef|ontvanger/i.test(field);
    })
  )
    return true;
  // "Behandeld door: mw. drs. J.M. Hofstede" in the reference block, also in columns (not
  // "afdeling Onderwijs"); titles and initials may come before the name.
  for (const f of headerFields(view)) {
    if (!META_PERSON.test(f.label)) continue;
    const value = f.value.replace(TITLES, '').replace(/[,.]$/, '');
    if (HONORIFIC.test(value)) return true;
    if (!ORG.test(value) && LEADING_NAME.test(value)) return true;
  }
  for (const b of view.blocks) {
    // A signature line of two to five capitalised words that is not an organisation.
    if (b.role !== 'signature') continue;
    const t = b.text.replace(/[,.]$/, '').replace(TITLES, '');
    if (ORG.test(t)) continue;
    if (SIGNATURE_NAME.test(t)) return true;
    if (HONORIFIC.test(t)) return true;
  }
  for (const b of view.body) {
    if (HONORIFIC.test(b.text)) return true;
    const intro = INTRO.exec(b.text);
    // "met Team Parkeren" names a team, not a person.
    if (intro && !ORG.test(intro[intro.length - 1] ?? intro[0].split(/\s+/).slice(1).join(' '))) return true;
    const helper = HELPER.exec(b.text);
    if (helper && !ORG.test(helper[1]!)) return true;
  }
  return false;
}

function hasReach(view: LetterView): boolean {
  if (hasPlaceholderFor(view, /telefoon|phone|\btel\b|e-?mail|mobiel/i)) return true;
  for (const f of headerFields(view)) if (META_PHONE.test(f.label) && (PHONE.test(f.value) || EMAIL.test(f.value))) return true;
  for (const b of view.blocks) {
    if (b.role === 'address' || (b.role === 'meta' && !META_REACH.test(b.text))) continue;
    // Cheap tests first: a number needs a digit, an address an @.
    if ((HAS_DIGIT.test(b.text) && PHONE.test(b.text)) || (b.text.includes('@') && EMAIL.test(b.text))) return true;
  }
  return false;
}

const CONTACT_PARTS = Symbol('helder.contactParts');

/**
 * Whether the letter names a person to contact, and gives a phone number or e-mail
 * address. Once per view: the check and the grade both ask.
 */
export function contactParts(view: LetterView): { named: boolean; reach: boolean } {
  return perView(view, CONTACT_PARTS, (v) => ({ named: namedPerson(v), reach: hasReach(v) }));
}

export const contactPerson: LetterCheck = ({ doc, options }) => {
  const view = letterView(doc);
  if (!isLetter(view, options)) return [];
  const { named, reach } = contactParts(view);
  if (named && reach) return [];
  const findings: LetterCheckFinding[] = [];
  if (!named) {
    for (const b of view.body) {
      const m = GENERIC_CONTACT.exec(b.text);
      if (m) {
        findings.push({ start: b.start + m.index, end: b.start + m.index + m[0].length, data: { wat: 'noem de naam van een medewerker' } });
        return findings;
      }
    }
  }
  const anchor = anchorForMissing(view);
  if (!anchor) return [];
  const wat = !named && !reach ? 'naam en telefoonnummer of e-mailadres ontbreken' : !named ? 'de naam van een medewerker ontbreekt' : 'een telefoonnummer of e-mailadres ontbreekt';
  return [{ ...anchor, data: { wat } }];
};
