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
import { anchorForMissing, type Block, EMAIL, firstAtOrAfter, headerFields, isLetter, isWhiteSpace, type LetterView, letterView, perView, PHONE, withData } from './letter.js';

// A name part; a double surname with a capital after the hyphen too ("Smit-Jansen").
const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\p{Lu}[\\p{Ll}'’-]+)*";
const PARTICLES = "(?:(?:van|de|der|den|ter|ten|te|het|in 't|'t|van der|van den|van de|la|le|du|da|di)\\s+)*";
// First name and surname, a surname of two parts ("Karin El Amrani"), or initials and surname.
const FULL_NAME = `(?:\\p{Lu}\\.\\s?)*${NAME}\\s+${PARTICLES}${NAME}(?:\\s+${NAME})?|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*\\s+${PARTICLES}${NAME}`;
export const HONORIFIC = new RegExp(`\\b([Mm]evrouw|[Mm]eneer|[Dd]e heer|[Mm]evr\\.|[Mm]w\\.|[Dd]hr\\.)\\s+${PARTICLES}(\\p{Lu}\\.\\s?)*${NAME}`, 'u');
// A name after words that introduce a person to contact: "Bel Karin Smit op ...", "vraag
// naar Karin Smit", "Mail dan Karin Smit", "met mevrouw ...", "Ik ben ...".
export const INTRO = new RegExp(
  `\\b(ik ben|mijn naam is|heet|met|bij|contactpersoon( is)?:?|behandelaar( is)?:?|contact:?|[Bb]el(t)?( of (mail|app))?( dan| gerust)?|[Mm]ail(t)?( dan| gerust)?|[Aa]pp( dan)?|[Vv]raag( dan)? naar|consulent( is)?:?)\\s+(${FULL_NAME})`,
  'u',
);
// A name followed by what that person does for the reader: "Karin Smit helpt u graag".
export const HELPER = new RegExp(`(?:^|[.!?:]\\s+)(${FULL_NAME})\\s+(helpt|is uw|is bereikbaar|is te bereiken|beantwoordt|behandelt)\\b`, 'u');
const SIGNATURE_NAME = new RegExp(`^(${FULL_NAME})$`, 'u');
const LEADING_NAME = new RegExp(`^(${FULL_NAME})\\b`, 'u');
const ORG = /^(gemeente|het|de|team|afdeling|college|burgemeester|namens|cluster|sector|directie|bureau|dienst|postbus|telefoon|e-mail|www|klantcontact|servicepunt|loket|wijkteam)\b/i;
// An organisation or unit whose name reads like a person's (two capitalised words):
// "Juridische Zaken", "Belastingen Lindewaard-Brugmeer", "Team Inkomen" in a signature
// or after "contact opnemen met". A person's name holds none of these words.
const ORG_WORD =
  /zaken\b|\b(belastingen|samenwerkingsverband|invordering|inkomen|inkomensondersteuning|ondersteuning|vergunningen|vergunningverlening|handhaving|parkeren|onderwijs|jeugd|zorg|wonen|beheer|klantcontactcentrum|servicecentrum|werkplein|omgevingsdienst|stadsdeel|regio|sociaal|sociale|domein)\b/i;
/** Whether a would-be name is an organisation or unit. */
function isOrg(s: string): boolean {
  return ORG.test(s) || ORG_WORD.test(s);
}
const CONTACT_CONTEXT = /\b(bel|belt|bellen|mail|mailt|mailen|contact|contactpersoon|behandelaar|consulent|bereikbaar|bereiken|telefoon|telefonisch|vragen|afspraak|helpt|helpen|spreken|spreekt)\b/i;
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

// GENERIC_CONTACT is tried on each body block as it is: a cheap test for its cue words
// first (lower-casing the block, then a search per cue) cost more than the expression,
// whose costly parts only run after such a cue.

// INTRO, HONORIFIC and HELPER scan a block with a big expression at every position, and
// in a full check (their code and tables cold) that cost several times what it costs run
// alone. Every INTRO and HONORIFIC match ends in a name after white space, and the
// name's capital (or the first initial's) starts a word; every HELPER match has its verb
// at a word start after white space. The view's
// word starts (already known) give the few places to look, and only a block with such a
// place runs the expression (unchanged, so the result is the same).

/** The last word of each INTRO introduction (a colon may follow it). */
const INTRO_LAST_WORDS = new Set([
  'ben', 'is', 'heet', 'met', 'bij', 'contactpersoon', 'behandelaar', 'contact', 'bel', 'Bel', 'belt', 'Belt',
  'mail', 'Mail', 'mailt', 'Mailt', 'app', 'App', 'dan', 'gerust', 'naar', 'consulent',
]);
const UPPER = /^\p{Lu}/u;

/** Whether the code unit at `at` is white space as \s sees it. */
function isSpaceAt(text: string, at: number): boolean {
  return isWhiteSpace(text.charCodeAt(at));
}

/** Whether \p{Lu} may match at `at`: A-Z, or beyond ASCII what \p{Lu} says (a surrogate pair included). */
function mayBeCapitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text.slice(at, at + 2));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Whether one of INTRO_LAST_WORDS (and maybe a colon) ends right before the white space before `at`, within the block. */
function introducedAt(text: string, at: number, b: Block): boolean {
  let end = at - 1;
  while (end > b.start && isSpaceAt(text, end - 1)) end--;
  if (end > b.start && text.charCodeAt(end - 1) === 58 /* : */) end--;
  let start = end;
  while (start > b.start && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return INTRO_LAST_WORDS.has(text.slice(start, end));
}

/** HONORIFIC's forms of address, by their last word ("de heer"), without a period ("mevr."). */
const HONORIFIC_FORMS = new Set(['mevrouw', 'Mevrouw', 'meneer', 'Meneer', 'heer', 'mevr', 'Mevr', 'mw', 'Mw', 'dhr', 'Dhr']);
/** The words of HONORIFIC's particles ("van der", "in 't"). */
const PARTICLE_WORDS = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', 'in', 't', 'la', 'le', 'du', 'da', 'di']);

/**
 * Whether a form of address, then maybe particles, ends right before the white space
 * before `at`, within the block: what comes before the first capital (an initial or the
 * name) of every HONORIFIC match. Reads back over ASCII letters only, so a form after a
 * hyphen or a non-ASCII letter ("é-mevrouw", where \b holds too) is found as well.
 */
function honoredAt(text: string, at: number, b: Block): boolean {
  let p = at;
  for (;;) {
    let end = p;
    while (end > b.start && isSpaceAt(text, end - 1)) end--;
    // White space comes before every particle and before the name.
    if (end === p) return false;
    if (end > b.start && text.charCodeAt(end - 1) === 46 /* . */) end--;
    let start = end;
    while (start > b.start && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    const word = text.slice(start, end);
    if (HONORIFIC_FORMS.has(word)) return true;
    if (!PARTICLE_WORDS.has(word)) return false;
    p = start;
    if (p > b.start && text.charCodeAt(p - 1) === 39 /* the apostrophe of 't */) p--;
  }
}

/** HELPER's verbs: every HELPER match has one of them at a word start after white space. */
const HELPER_VERBS = ['helpt', 'is uw', 'is bereikbaar', 'is te bereiken', 'beantwoordt', 'behandelt'];

function helpVerbAt(text: string, at: number): boolean {
  for (const verb of HELPER_VERBS) if (text.startsWith(verb, at)) return true;
  return false;
}

export const MAY_INTRODUCE = 1;
export const MAY_HELP = 2;
export const MAY_HONOR = 4;
const ALL_CUES = MAY_INTRODUCE | MAY_HELP | MAY_HONOR;

/**
 * Which of INTRO (MAY_INTRODUCE), HELPER (MAY_HELP) and HONORIFIC (MAY_HONOR) can match
 * in the block, in one pass over its word starts after white space: for INTRO a capital
 * after one of INTRO_LAST_WORDS, for HONORIFIC a capital after a form of address
 * (honoredAt), for HELPER one of HELPER_VERBS. A bit that is 0 means no match.
 */
export function nameCuesIn(view: LetterView, b: Block): number {
  const text = view.text;
  const starts = view.wordStarts;
  let found = 0;
  for (let k = firstAtOrAfter(starts, b.start + 1); k < starts.length && starts[k]! < b.end; k++) {
    const at = starts[k]!;
    const c = text.charCodeAt(at);
    // h, i or b: what the verbs start with (a cheap test before the string compares).
    const verbLike = (found & MAY_HELP) === 0 && (c === 104 || c === 105 || c === 98);
    const capital = (found & (MAY_INTRODUCE | MAY_HONOR)) !== (MAY_INTRODUCE | MAY_HONOR) && mayBeCapitalAt(text, at);
    if ((!verbLike && !capital) || !isSpaceAt(text, at - 1)) continue;
    if (verbLike && helpVerbAt(text, at)) found |= MAY_HELP;
    if (capital && (found & MAY_INTRODUCE) === 0 && introducedAt(text, at, b)) found |= MAY_INTRODUCE;
    if (capital && (found & MAY_HONOR) === 0 && honoredAt(text, at, b)) found |= MAY_HONOR;
    if (found === ALL_CUES) break;
  }
  return found;
}

/** s.replace(/[,.]$/, '') without the expression (which tries every offset of s). */
export function withoutFinalCommaOrPeriod(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c === 44 || c === 46 ? s.slice(0, -1) : s;
}

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
    const value = withoutFinalCommaOrPeriod(f.value.replace(TITLES, ''));
    if (HONORIFIC.test(value)) return true;
    if (!isOrg(value) && LEADING_NAME.test(value)) return true;
  }
  for (const b of view.blocks) {
    // A signature line of two to five capitalised words that is not an organisation.
    if (b.role !== 'signature') continue;
    const t = withoutFinalCommaOrPeriod(b.text).replace(TITLES, '');
    if (isOrg(t)) continue;
    if (SIGNATURE_NAME.test(t)) return true;
    if (HONORIFIC.test(t)) return true;
  }
  for (const b of view.body) {
    const cues = nameCuesIn(view, b);
    // "mevrouw Smit" in the body is a contact only where the block speaks of contact: a
    // letter also names the reader's late husband, a neighbour or a witness.
    if ((cues & MAY_HONOR) !== 0 && HONORIFIC.test(b.text) && (CONTACT_CONTEXT.test(b.text) || PHONE.test(b.text) || EMAIL.test(b.text))) return true;
    const intro = (cues & MAY_INTRODUCE) !== 0 ? INTRO.exec(b.text) : null;
    // "met Team Parkeren" names a team, not a person.
    if (intro && !isOrg(intro[intro.length - 1] ?? intro[0].split(/\s+/).slice(1).join(' '))) return true;
    const helper = (cues & MAY_HELP) !== 0 ? HELPER.exec(b.text) : null;
    if (helper && !isOrg(helper[1]!)) return true;
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
  return [withData(anchor, { wat })];
};
