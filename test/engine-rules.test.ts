// The rule engine on its own: pattern syntax and matching, word matching across
// tokenizations, opaque tokens, and the compiled rule set over the embedded rules.
import { describe, expect, it } from 'vitest';
import { check, compilePattern, runRules, compileRules, presetDefs, ruleDefs } from '@helder/core';
import { ownConfig } from './rules-fixture.js';

const rule = (patterns: string[]) =>
  compileRules([
    {
      id: 'proef',
      category: 'zinnen',
      kind: 'pattern',
      severity: 'suggestion',
      message: '{actual}',
      explanation: 'x',
      source: 'x',
      url: 'https://example.org',
      patterns,
      examples: { invalid: ['[x]'], valid: ['y'] },
    },
  ]);

const spans = (patterns: string[], text: string) =>
  runRules(text, rule(patterns)).map((m) => text.slice(m.start, m.end));

describe('pattern syntax', () => {
  it.each([
    [['wordt <gap:3> ge*d'], 'Het wordt door ons gemeld.', ['wordt door ons gemeld']],
    [['wordt <gap:3> ge*d'], 'Het wordt door ons heel erg snel gemeld.', []],
    [['ge*d|!geld'], 'Geld is gemeld.', ['gemeld']],
    [['^ wij'], 'Wij zien wij.', ['Wij']],
    [['dag $'], 'Dag en dag.', ['dag']],
    [['niet !als|!omdat{0,2} geen'], 'Niet als geen. Niet echt geen.', ['Niet echt geen']],
    [['vóór <date>'], 'Betaal vóór 1 juni 2026.', ['vóór 1 juni 2026']],
    [['a|b c? d'], 'a c d b d', ['a c d', 'b d']],
  ])('%j on %s', (patterns, text, expected) => {
    expect(spans(patterns, text)).toEqual(expected);
  });

  it.each([
    ['wordt *{0,11} ge*d', /maximum is 10/],
    ['<gap:3> wordt', /optioneel/],
    ['wordt (ge*d)', /teken/],
    ['a{3,2}', /ondergrens/],
    ['', /leeg/],
    [Array.from({ length: 17 }, () => 'a').join(' '), /16 elementen/],
    ['a{10} b{10} c{10} d{10} e', /40/],
  ])('rejects %s', (source, message) => {
    expect(() => compilePattern(source)).toThrow(message);
  });

  it('matches a long adversarial text in linear time (no backtracking blow-up)', () => {
    const p = ['wordt <gap:10> <gap:10> <gap:10> ge*d'];
    const small = 'wordt '.repeat(2_000);
    const big = 'wordt '.repeat(20_000);
    const t0 = performance.now();
    spans(p, small);
    const t1 = performance.now();
    spans(p, big);
    const t2 = performance.now();
    // Ten times the text may not cost much more than ten times the time (plus noise).
    expect(t2 - t1).toBeLessThan(Math.max(50, (t1 - t0) * 40));
  });
});

describe('words kind', () => {
  it('matches phrases, inflections and separable verbs, never inside placeholders', () => {
    const text =
      'In het kader van de wet hebben wij u de pas verstrekt. Wij kennen u de subsidie toe. ' +
      'Bedrag: {indien} en https://example.org/indien.';
    const got = check(text, { config: ownConfig() }).messages.map((m) => m.actual);
    expect(got).toContain('In het kader van');
    expect(got).toContain('verstrekt');
    expect(got).toContain('kennen u de subsidie toe');
    expect(got.some((a) => a.includes('indien'))).toBe(false);
  });

  it('puts the alternative into the form of the match', () => {
    const m = check('De gemeente verstrekte u een pas.', { config: ownConfig() }).messages.find((x) => x.actual === 'verstrekte');
    expect(m?.expected).toEqual(['gaf']);
  });
});

describe('embedded rules', () => {
  it('has presets b1 and streng and every rule file', () => {
    expect(presetDefs.map((p) => p.name).sort()).toEqual(['b1', 'streng']);
    expect(ruleDefs.length).toBeGreaterThan(20);
    for (const id of ['lange-zin', 'meer-bijzinnen', 'lijdende-vorm', 'naamwoordstijl', 'tangconstructie', 'dubbele-ontkenning', 'gestapelde-modale-werkwoorden', 'vage-tijd', 'lange-alinea', 'lang-woord', 'zeldzaam-woord']) {
      expect(ruleDefs.some((r) => r.id === id)).toBe(true);
    }
  });

  it('every message slices to its actual text and has Dutch meta', () => {
    const text = 'Indien u de beschikking niet tijdig ontvangt, wordt er door ons contact opgenomen. Dit is niet onmogelijk.';
    for (const m of check(text).messages) {
      expect(text.slice(m.start, m.end)).toBe(m.actual);
      expect(m.message.length).toBeGreaterThan(5);
      expect(m.url).toMatch(/^https?:/);
    }
  });
});

describe('metric kind: rare words (zeldzaam-woord)', () => {
  const rare = (text: string) => check(text).messages.filter((m) => m.ruleId === 'zeldzaam-woord').map((m) => m.actual);

  it('reports a rare word once per letter', () => {
    expect(rare('De constructeur komt dinsdag. Daarna belt de constructeur u. De constructeur is op tijd.')).toEqual(['constructeur']);
  });

  it('skips a name first in its sentence when the letter capitalises it elsewhere or a capitalised word follows', () => {
    const letter = 'Beste meneer Verhoeven,\n\nDe constructeur komt dinsdag. Linde komt ook.\n\nMet vriendelijke groet,\n\nLinde de Vries\n';
    expect(rare(letter)).toEqual(['constructeur']);
    expect(rare('Linde Bakker belt u dinsdag.')).toEqual([]);
    // Without such evidence a rare word first in a sentence is still reported.
    expect(rare('Linde komt dinsdag.')).toEqual(['Linde']);
  });
});
