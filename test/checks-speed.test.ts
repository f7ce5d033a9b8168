// Fast paths of the letter checks must agree with the expressions they stand in for:
// each is tried here against the expression itself, on every line and sentence of the
// corpus, on tables of edge cases and on generated strings (tabs, unusual white space,
// non-ASCII letters that case-fold).
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../packages/core/src/parse/index.js';
import {
  DATE_ALONE,
  DATE_LABEL,
  FIELD_LABEL,
  TIME,
  blockHasTime,
  bodySentences,
  hasCellBreak,
  hasForwardTime,
  hasTime,
  isFieldLabel,
  lengthWithoutTrailingPunctuation,
  letterView,
  mayDateTheLetter,
  sentencesWithCues,
} from '../packages/core/src/checks/letter.js';
import { withoutFinalCommaOrPeriod } from '../packages/core/src/checks/contact-person.js';
import { loadCorpus } from '../corpus/index.mjs';

const corpus = loadCorpus();
const corpusLines = corpus.flatMap((l) => l.text.split('\n'));

/** A small deterministic generator (no dependency, the same strings on every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

// Pieces that make the edges: labels, dates, white space of every kind \s knows and two it
// does not (U+0085, U+200B), and letters that fold to ASCII under /iu (Kelvin sign, long s).
const PIECES = [
  'Datum', 'datum', 'DATUM', 'dagtekening', 'Verzonden', 'verzenddatum', 'Ons kenmerk', 'uw kenmerk', 'Kenmerk', 'Bijlage(n)',
  'Behandeld door', 'behandelaar', 'Doorkiesnr.', 'tel.', 'E-mail', 'email', 'Contactpersoon', 'Uw brief van', 'Onderwerp', 'Betreft',
  'Dijkstad', "'s-Hertogenbosch", 'Zaterdag', 'maandag', '2', '12', '2026', '3 maart 2026', '12-03-2026', '1.2.2026', 'maart', 'xyz',
  ':', ',', '.', '-', '/', ' ', ' ', ' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '\u200b', '\n',
  '\u212a', '\u017f', 'É', 'é', 'İ', '€', 'ß',
];

function generated(n: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const len = 1 + Math.floor(next() * 7);
    for (let k = 0; k < len; k++) parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
    out.push(parts.join(''));
  }
  return out;
}

const strings = [...corpusLines, ...corpusLines.map((l) => l.trim()), ...generated(20000, 7)];

describe('header fast paths agree with their expressions', () => {
  it('hasCellBreak is /\\t+|\\s{2,}/.test', () => {
    const CELL_BREAK = /\t+|\s{2,}/;
    const table = ['a  b', 'a\tb', 'a b', 'a\u00a0 b', 'a\u3000\u3000b', 'a\u0085\u0085b', 'a\u200b\u200bb', '', ' ', '  ', '\t', 'a\n\nb'];
    for (const s of [...table, ...strings]) expect(hasCellBreak(s), JSON.stringify(s)).toBe(CELL_BREAK.test(s));
  });

  it('isFieldLabel is FIELD_LABEL.test of the cell without a final colon', () => {
    const table = ['Datum:', 'datum', 'Ons  kenmerk', 'ONS KENMERK', 'Bijlage(n)', 'Tel.', 'E-mail:', 'Uw brief van', 'Onderwerp', '\u212aenmerk', 'Datum::'];
    for (const s of [...table, ...strings]) expect(isFieldLabel(s), JSON.stringify(s)).toBe(FIELD_LABEL.test(s.replace(/:$/, '')));
  });

  it('mayDateTheLetter is DATE_LABEL.test || DATE_ALONE.test', () => {
    const table = ['Datum: 3 maart 2026', 'Dijkstad, 3 maart 2026', 'zaterdag 3 maart 2026', '3 maart 2026', '03-03-2026', 'Verzonden 2 maart', 'dagtekening', '\u212alein, 2'];
    for (const s of [...table, ...strings]) expect(mayDateTheLetter(s), JSON.stringify(s)).toBe(DATE_LABEL.test(s) || DATE_ALONE.test(s));
  });
});

describe('time answers kept on a sentence', () => {
  it('hasTime and hasForwardTime of a sentence are those of its text', () => {
    for (const l of corpus) {
      const view = letterView(parseLetter(l.text));
      const other = letterView(parseLetter(l.text));
      for (const s of bodySentences(view)) {
        expect(hasTime(view, s)).toBe(TIME.test(s.text));
        expect(hasTime(view, s)).toBe(hasTime(other, s.text));
        expect(hasForwardTime(view, s)).toBe(hasForwardTime(other, s.text));
      }
    }
  });
});

// Letters whose body blocks put times at and across sentence edges, behind list marks, in
// template fields, and after abbreviations that join sentences (also across blocks).
const EDGE_PIECES = [
  'Betaal voor 3.', 'Maart is laat.', 'Stuur het binnen 8.', 'Weken later.', 'U heeft zes weken de tijd.', 'Dat is tot 1 juni!',
  'Wij komen op maandag.', '(vóór 2 juni)', '"volgende week"', 'Zie art.', '4 van de wet.', 'Dat geldt d.d.', '12 januari 2026 al.',
  'Lever het in [[datum]].', 'Uiterlijk {{ termijn }}.', 'Voor «datum».', 'Na <<deadline>>.', 'Tot ${datum}.', 'Vanaf [datum].',
  'Dit is 1-2-2026?', 'Per 12/03/26.', 'Half mei.', 'In het voorjaar.', 'Kom morgen', 'Eind', 'week 12.', 'Een paar dagen.',
  'U krijgt bericht.', 'Wij helpen u graag.', 'Stuur de formulieren.', 'over', 'twee weken.', 'vóór', '3 maart.',
  // An opener of the template alternative that is never closed: its match runs on across the sentence's end.
  'Zie [ bijlage.', 'Datum volgt.', 'Het «formulier.', 'Termijn: kort.', 'Lees <<dit!', 'Deadline is vrijdag.',
];

function edgeLetters(n: number, seed: number): string[] {
  const next = random(seed);
  const pick = () => EDGE_PIECES[Math.floor(next() * EDGE_PIECES.length)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const blocks: string[] = [];
    const count = 2 + Math.floor(next() * 5);
    for (let b = 0; b < count; b++) {
      const sentences: string[] = [];
      const len = 1 + Math.floor(next() * 4);
      for (let k = 0; k < len; k++) sentences.push(pick());
      const mark = next() < 0.3 ? '- ' : next() < 0.1 ? '• ' : '';
      // One line break (a list or a hard wrap) or a blank line between blocks.
      blocks.push(mark + sentences.join(next() < 0.8 ? ' ' : '  '));
    }
    const body = blocks.reduce((a, b) => a + (next() < 0.5 ? '\n' : '\n\n') + b);
    out.push(`Dijkstad, 2 maart 2026\n\nBeste mevrouw Jansen,\n\n${body}\n\nMet vriendelijke groet,\n\nSanne Bakker`);
  }
  return out;
}

describe('a block\'s time answer from its sentences', () => {
  const texts = [...corpus.map((l) => l.text), ...edgeLetters(600, 11)];

  it('blockHasTime is TIME.test of the block\'s text', () => {
    let blocks = 0;
    for (const text of texts) {
      const view = letterView(parseLetter(text));
      view.body.forEach((b, i) => {
        blocks++;
        expect(blockHasTime(view, i), b.text).toBe(TIME.test(b.text));
      });
    }
    expect(blocks).toBeGreaterThan(2000);
  });

  it('a sentence without its list mark has the time answer of the sentence', () => {
    for (const text of texts) {
      const view = letterView(parseLetter(text));
      for (const s of bodySentences(view)) {
        const stripped = s.text.replace(/^[-*•·–+]\s+/, '');
        expect(hasTime(view, s), s.text).toBe(TIME.test(stripped));
      }
    }
  });
});

describe('one search for the cues of all lists', () => {
  // Lists as the checks give them, and lists whose cues overlap ("dien" and "niet" in
  // "dieniet"), hold one another ("be", "bezwaa"), need escaping, are exact (case kept), or
  // are not lower case or not ASCII (those take other ways, tried in the second test).
  const ASCII_LISTS: Array<[symbol, string[], boolean]> = [
    [Symbol('requests'), ['wilt u', 'moet', 'dien', 'ontvan', 'verzo', 'geliev'], false],
    [Symbol('self'), ['gemeen', 'colleg', 'wethou'], true],
    [Symbol('objections'), ['bezwaa', 'beroep'], false],
    [Symbol('negations'), ['niet', 'geen'], false],
    [Symbol('overlaps'), ['be', 'niet', 'ien', 'd.d.', '(', 'n. d', '. ', 'ks', 'is'], false],
    [Symbol('exact capitals'), ['Gemeente', 'U ', 'De'], true],
  ];
  const MORE_LISTS: Array<[symbol, string[], boolean]> = [
    [Symbol('not ascii'), ['één', 'ß', 'σ'], false],
    [Symbol('capital cue'), ['Niet'], false],
  ];
  const formats = ['text', 'markdown', 'html'] as const;
  const wrap = (body: string) => `Beste heer,\n\n${body}\n\nMet vriendelijke groet,\n\nAnna`;
  const texts: Array<[string, (typeof formats)[number]]> = [
    ...corpus.map((l) => [l.text, l.format] as [string, (typeof formats)[number]]),
    ...edgeLetters(300, 5).map((t, k) => [t, formats[k % 3]!] as [string, (typeof formats)[number]]),
    // Lower-casing that changes lengths (İ) or depends on the next letter (Σ), or gives ASCII (Kelvin sign).
    [wrap('De gemeente İstanbul dieniet bezwaar. ΣΟΦΙΑ moet niet. Het college beroep.'), 'text'],
    [wrap('De gemeente: KS. Hij \u212as. Dit \u0130s niet.'), 'text'],
    [wrap('De Gemeente dieniet (bezwaar). U moet niet d.d. één. GEEN BEZWAAR. GROẞ ſtraat ıs MOET.'), 'text'],
  ];

  function expectFlags(lists: Array<[symbol, string[], boolean]>): number {
    let marked = 0;
    for (const [text, format] of texts) {
      const view = letterView(parseLetter(text, format));
      // Ask in a different order per letter: the first asked finds them all.
      const order = text.length % 2 === 0 ? lists : [...lists].reverse();
      for (const [key, cues, exact] of order) {
        const flags = sentencesWithCues(view, key, cues, exact);
        bodySentences(view).forEach((s, i) => {
          const hay = exact ? s.text : s.text.toLowerCase();
          const expected = cues.some((cue) => hay.includes(cue)) ? 1 : 0;
          expect(flags[i], `${String(key.description)}: ${s.text}`).toBe(expected);
          marked += expected;
        });
      }
    }
    return marked;
  }

  it('with ASCII cues (searched case-insensitively in the text itself): the sentences that hold a cue', () => {
    expect(expectFlags(ASCII_LISTS)).toBeGreaterThan(1000);
  });

  it('with cues outside ASCII too (searched in the lower-cased text): the sentences that hold a cue', () => {
    expect(expectFlags([...ASCII_LISTS, ...MORE_LISTS])).toBeGreaterThan(1000);
  });

  it('only U+0130 and U+212A lower-case to ASCII, and /i matches no other character to ASCII', () => {
    const lowersToAscii: number[] = [];
    const foldsToAscii: number[] = [];
    const asciiClass = /[\x20-\x7e]/i;
    for (let c = 0x80; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (/[\x00-\x7f]/.test(ch.toLowerCase())) lowersToAscii.push(c);
      if (c <= 0xffff && asciiClass.test(ch)) foldsToAscii.push(c);
    }
    expect(lowersToAscii).toEqual([0x130, 0x212a]);
    expect(foldsToAscii).toEqual([]);
  });
});

describe('trailing punctuation read from the end', () => {
  const ends = ['', ' ', ',', '.', ';', ':', '\t', '\n', '\u00a0', '\u3000', '\u0085', '!', '?', ')', '”', 'x', ' .', '. ', ',,', '\u200b'];
  const next = random(3);
  const table: string[] = [...strings];
  for (let i = 0; i < 5000; i++) {
    let s = strings[Math.floor(next() * strings.length)]!;
    const n = Math.floor(next() * 4);
    for (let k = 0; k < n; k++) s += ends[Math.floor(next() * ends.length)]!;
    table.push(s);
  }

  it('lengthWithoutTrailingPunctuation is the length of s.replace(/[\\s,.;:]+$/, "")', () => {
    for (const s of [...ends, ...table]) expect(lengthWithoutTrailingPunctuation(s), JSON.stringify(s)).toBe(s.replace(/[\s,.;:]+$/, '').length);
  });

  it('withoutFinalCommaOrPeriod is s.replace(/[,.]$/, "")', () => {
    for (const s of [...ends, ...table]) expect(withoutFinalCommaOrPeriod(s), JSON.stringify(s)).toBe(s.replace(/[,.]$/, ''));
  });
});
