// Token.lower: the form word lists are matched on. Lower case, 'ĳ' folded to 'ij',
// invisible characters (soft hyphen, zero-width, bidi) removed, typographic apostrophes
// folded to "'", decomposed accents composed.

const INVISIBLE = /[\u00AD\u034F\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const APOSTROPHE = /[\u2019\u2018\u02BC\u0060\u00B4]/g;
const COMBINING = /[\u0300-\u036F]/;

/** True when every code unit is ASCII (a loop: cheaper than a regular expression call on short words). */
function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function lowerOf(value: string): string {
  // Most Dutch words are plain ASCII: one scan, one toLowerCase.
  if (isAscii(value)) return value.toLowerCase();
  let s = value.toLowerCase();
  if (s.includes('ĳ')) s = s.replaceAll('ĳ', 'ij');
  s = s.replace(INVISIBLE, '').replace(APOSTROPHE, "'");
  if (COMBINING.test(s)) s = s.normalize('NFC');
  return s;
}
