// Word rules with option `compounds` flag a word that ends in one of their nouns
// ("hulpverleningstraject" ends in "traject"): the whole word, with the head's
// alternatives as a hint and never an automatic fix.
import { describe, expect, it } from 'vitest';
import { check, compileRules, rewrite, runRules } from '@helder/core';

const rules = (compounds: unknown) =>
  compileRules([
    {
      id: 'proef-samenstelling',
      category: 'woorden',
      kind: 'words',
      severity: 'warning',
      message: "Schrijf {expected} in plaats van '{actual}'.",
      explanation: 'x',
      source: 'x',
      url: 'https://example.org',
      ...(compounds === undefined ? {} : { options: { compounds } }),
      words: [
        { word: 'traject', pos: 'noun', alternatives: ['aanpak'] },
        { word: 'voorziening', pos: 'noun', alternatives: ['hulp'] },
        { word: 'toekennen', pos: 'verb', alternatives: ['geven'] },
      ],
      examples: { invalid: ['Een [traject].'], valid: ['Een aanpak.'] },
    },
  ]);

describe('compounds of listed nouns', () => {
  it('flags the whole word, says which part is hard and offers no fix', () => {
    const text = 'U start met een hulpverleningstraject.';
    const [m, ...rest] = runRules(text, rules(true));
    expect(rest).toEqual([]);
    expect(m!.actual).toBe('hulpverleningstraject');
    expect(m!.message).toContain("'traject'");
    expect(m!.message).toContain("'aanpak'");
    expect(m!.fix).toBeUndefined();
  });

  it('only for rules that ask for it, and not for the heads they leave out', () => {
    expect(runRules('U start met een hulpverleningstraject.', rules(undefined))).toEqual([]);
    expect(runRules('De stroomvoorziening valt uit.', rules(['voorziening']))).toEqual([]);
    expect(runRules('De stroomvoorziening valt uit.', rules(true)).map((m) => m.actual)).toEqual(['stroomvoorziening']);
  });

  it('needs a modifier of three letters and a noun as head', () => {
    expect(runRules('Het ditraject.', rules(true))).toEqual([]);
    expect(runRules('Wij hebben dat toegekend.', rules(true)).map((m) => m.actual)).toEqual(['toegekend']);
    expect(runRules('Wij hebben dat weertoegekend.', rules(true))).toEqual([]);
  });

  it('with the embedded rules: flagged, and rewrite() leaves it to the writer', () => {
    const text = 'Volgens de subsidieverordening mag dat niet.';
    const report = check(text);
    expect(report.messages.map((m) => m.actual)).toContain('subsidieverordening');
    expect(rewrite(text, report).text).toBe(text);
  });
});

describe('the options can be switched off by a municipality', () => {
  it('compounds: false in the configuration', () => {
    const text = 'U start met een ondersteuningstraject.';
    const jargon = (r: ReturnType<typeof check>) => r.messages.filter((m) => m.ruleId === 'intern-jargon').map((m) => m.actual);
    expect(jargon(check(text))).toEqual(['ondersteuningstraject']);
    expect(jargon(check(text, { config: { rules: { 'intern-jargon': { options: { compounds: false } } } } }))).toEqual([]);
  });

  it('explained: false in the configuration', () => {
    const text = 'Doet u dat niet op tijd, dan betaalt u een bedrag. Dat heet een dwangsom.';
    const jargon = (r: ReturnType<typeof check>) => r.messages.filter((m) => m.ruleId === 'juridisch-jargon').map((m) => m.actual);
    expect(jargon(check(text))).toEqual([]);
    expect(jargon(check(text, { config: { rules: { 'juridisch-jargon': { options: { explained: false } } } } }))).toEqual(['dwangsom']);
  });
});
