// opaque.ts's previousWord skips the substring for a word longer than any case key: it
// must still find every word the old expression found that is a case key or 'eur'
// (the only words its caller looks for), at the same start.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CASE_KEYS, previousWord } from '../packages/core/src/parse/opaque.js';
import { runs, seed } from './property/generators.js';

/** The expression previousWord had before its length gate. */
function before(prose: string, ws: number, floor: number): { start: number; word: string } | undefined {
  const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
  let e = ws;
  while (e > floor && e > ws - 4 && isSpace(prose.charCodeAt(e - 1))) e--;
  if (e === ws || e <= floor) return undefined;
  let s = e;
  const min = Math.max(floor, e - 64);
  while (s > min && !isSpace(prose.charCodeAt(s - 1))) s--;
  if (e - s > 40) return undefined;
  return { start: s, word: prose.slice(s, e).replace(/[:.]+$/, '').toLowerCase() };
}

const looked = (w: { word: string } | undefined) => (w && (CASE_KEYS.has(w.word) || w.word === 'eur') ? w : undefined);

describe('previousWord', () => {
  const word = fc.constantFrom(...CASE_KEYS, 'EUR', 'eur', 'Kenmerk:', 'KENMERK.:', 'zaak.', 'İbsn', 'BURGERSERVICENUMMER:', 'burgerservicenummers', 'x', '', ':.', 'referentienummer...::');
  const text = fc.tuple(fc.array(fc.oneof(word, fc.string({ maxLength: 30 })), { maxLength: 4 }), fc.constantFrom(' ', '  ', '\t', '\u00a0', ':'));
  it('finds every case key and EUR the old expression found', () => {
    fc.assert(
      fc.property(text, fc.nat(3), ([words, space], floorBack) => {
        const prose = words.join(' ') + space + '12';
        const ws = prose.length - 2;
        const floor = Math.max(0, Math.min(ws, floorBack * 7));
        expect(looked(previousWord(prose, ws, floor))).toEqual(looked(before(prose, ws, floor)));
      }),
      { numRuns: runs * 20, seed },
    );
  });
});
