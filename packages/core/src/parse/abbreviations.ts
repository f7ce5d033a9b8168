// Which words before a period are abbreviations, and which of those may end a sentence.

import { ABBREVIATIONS } from './abbreviations.generated.js';

const KNOWN = new Set(ABBREVIATIONS.split('|'));
// Letter groups joined by periods: "i.v.m", "o.b.v", "a.u.b".
const DOTTED = /^(?:\p{L}{1,4}\.)+\p{L}{1,4}$/u;

/**
 * Abbreviations that often stand at the end of a sentence ("... enz. Daarna"). After
 * these, a capitalised next word starts a new sentence. All others (mevr., art., nr.,
 * i.v.m.) are followed by what they introduce, so a capital does not split there.
 */
const MAY_END = new Set([
  'enz', 'etc', 'e.d', 'e.a', 'z.s.m', 'a.u.b', 's.v.p', 'e.v', 'jl', 'jr', 'sr', 'n.v.t', 'z.o.z',
  't.z.t', 'o.i.d', 'e.o', 'v.v',
]);

/** Titles before a name: a single letter after them is an initial ("mevr. J. de Vries"). */
export const TITLES = new Set([
  'dhr', 'dhr.', 'mevr', 'mevr.', 'mw', 'mw.', 'mr', 'mr.', 'dr', 'dr.', 'drs', 'drs.', 'ir', 'ir.',
  'ing', 'ing.', 'prof', 'prof.', 'heer', 'mevrouw', 'fam', 'fam.', 'familie', 'ds', 'ds.', 'hr', 'hr.',
  'wethouder', 'burgemeester', 'sr.', 'jr.',
]);

/** Name particles that follow an initial: "J. de Vries", "A. van der Berg". */
export const PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t", 'la', 'le', 'du', 'el', 'al', 'von', 'vande']);

/** `base` is the lower-cased word without its final period. */
export function isAbbreviation(base: string): boolean {
  return KNOWN.has(base) || (base.length > 2 && DOTTED.test(base));
}

export function mayEndSentence(base: string): boolean {
  return MAY_END.has(base);
}
