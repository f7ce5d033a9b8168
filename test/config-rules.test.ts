// Configuration of a municipality: accept and reject lists, per-rule severity, off and
// options, extra rules (validated like rule files), inline ignores, presets.
import { describe, expect, it } from 'vitest';
import { check, RuleError, compileRules, type HelderConfig } from '@helder/core';
import { ownConfig } from './rules-fixture.js';

const ids = (text: string, config?: HelderConfig, preset?: 'b1' | 'streng') =>
  check(text, { config, preset }).messages.map((m) => `${m.ruleId}:${m.actual}:${m.severity}`);

const extraRule = {
  id: 'geen-klantnummer',
  category: 'woorden',
  kind: 'pattern',
  severity: 'warning',
  message: "Schrijf 'uw nummer' in plaats van '{actual}'.",
  explanation: 'Inwoners zijn geen klanten.',
  source: 'Eigen schrijfwijzer',
  url: 'https://example.org/schrijfwijzer',
  patterns: ['klantnummer|klantnummers'],
  examples: { invalid: ['Uw [klantnummer] staat bovenaan.'], valid: ['Uw nummer staat bovenaan.'] },
};

describe('config', () => {
  const text = 'Indien u vragen heeft, belt u ons.';

  it('reports a listed word by default', () => {
    expect(ids(text, ownConfig())).toEqual(['proef-woord:Indien:warning']);
  });

  it('accept: never reports an accepted word', () => {
    expect(ids(text, ownConfig({ accept: ['indien'] }))).toEqual([]);
    expect(ids(text, { accept: ['indien'] }).filter((m) => m.includes('Indien'))).toEqual([]);
  });

  it('reject: reports own words with their suggestions and message', () => {
    const report = check('Wij sturen u een beschikking over de parkeerschijf.', {
      config: { reject: [{ word: 'parkeerschijf', suggestions: ['blauwe schijf'] }, 'schijfje'] },
    });
    const m = report.messages.find((x) => x.ruleId === 'eigen-woord');
    expect(m?.actual).toBe('parkeerschijf');
    expect(m?.expected).toEqual(['blauwe schijf']);
    expect(m?.message).toContain("'blauwe schijf'");
  });

  it('rules: off, severity and options', () => {
    expect(ids(text, ownConfig({ rules: { 'proef-woord': 'off' } }))).toEqual([]);
    expect(ids(text, ownConfig({ rules: { 'proef-woord': 'error' } }))).toEqual(['proef-woord:Indien:error']);
    const sentence = 'Wij hebben uw aanvraag voor een vergunning ontvangen en wij gaan die nu bekijken.';
    expect(ids(sentence).some((m) => m.startsWith('lange-zin'))).toBe(false);
    expect(ids(sentence, { rules: { 'lange-zin': { options: { max: 10 } } } }).some((m) => m.startsWith('lange-zin'))).toBe(true);
  });

  it('preset streng is stricter than b1', () => {
    const sentence = 'Wij hebben uw aanvraag voor een parkeervergunning ontvangen en wij gaan die binnen vier weken goed bekijken.';
    expect(ids(sentence, undefined, 'b1').some((m) => m.startsWith('lange-zin'))).toBe(false);
    expect(ids(sentence, undefined, 'streng')).toContain(`lange-zin:${sentence}:warning`);
  });

  it('extraRules: compiled at load with the same validation', () => {
    expect(ids('Uw klantnummer staat bovenaan.', { extraRules: [extraRule] })).toContain('geen-klantnummer:klantnummer:warning');
  });

  it('rejects a config that names an unknown rule, with the name', () => {
    expect(() => check(text, { config: { rules: { 'bestaat-niet': 'off' } } })).toThrow(/bestaat-niet/);
  });

  it('rejects an extra rule whose pattern cannot be matched in bounded time, naming file and pattern', () => {
    const bad = { ...extraRule, id: 'te-lang', patterns: ['wordt *{0,500} ge*d'] };
    let error: unknown;
    try {
      compileRules([bad], ['gemeente/te-lang.yml']);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect(String((error as Error).message)).toMatch(/gemeente\/te-lang\.yml.*wordt \*\{0,500\} ge\*d.*maximum/);
  });

  it.each([
    ['an unknown kind', { kind: 'regex' }, /kind/],
    ['a missing message', { message: '' }, /message/],
    ['an example without brackets', { examples: { invalid: ['geen haken'], valid: ['goed'] } }, /haken/],
    ['an unknown check', { kind: 'check', patterns: undefined, check: 'bestaat-niet' }, /bestaat-niet/],
    ['an unknown pattern kind', { patterns: ['<bedrag>'] }, /<bedrag>/],
  ])('rejects %s', (_name, change, message) => {
    expect(() => compileRules([{ ...extraRule, ...change }], ['eigen.yml'])).toThrow(message);
  });
});

describe('inline ignores', () => {
  it('suppresses findings inside a helder-disable range, only for the named rule', () => {
    const text = 'Indien u wilt, belt u.\n<!-- helder-disable ambtelijk-woord -->\nIndien u wilt, mailt u.\n<!-- helder-enable -->\nIndien u wilt, schrijft u.';
    const text2 = text.replace(/ambtelijk-woord/, 'proef-woord');
    const hits = check(text2, { format: 'markdown', config: ownConfig() }).messages.filter((m) => m.ruleId === 'proef-woord');
    expect(hits.map((m) => text2.slice(m.start, m.end + 10))).toEqual(['Indien u wilt, b', 'Indien u wilt, s']);
  });
});
