// Word rules with option `explained: true` (the jargon lists) skip a word where the
// letter explains it, and the same word after that; earlier uses stay flagged.
import { describe, expect, it } from 'vitest';
import { compileRules, runRules } from '@helder/core';

/** A test word rule with these words, with or without the option. */
const jargonRule = (words: Array<{ word: string; pos: string; alternatives: string[] }>, explained: boolean) =>
  compileRules([
    {
      id: 'proef-jargon',
      category: 'woorden',
      kind: 'words',
      severity: 'warning',
      message: "Leg '{actual}' uit.",
      explanation: 'x',
      source: 'x',
      url: 'https://example.org',
      ...(explained ? { options: { explained: true } } : {}),
      words,
      examples: { invalid: ['Een [dwangsom].'], valid: ['Een boete.'] },
    },
  ]);

const jargon = (explained: boolean) =>
  jargonRule(
    [
      { word: 'dwangsom', pos: 'noun', alternatives: [] },
      { word: 'beschikking', pos: 'noun', alternatives: ['besluit'] },
      { word: 'bezwaarschrift', pos: 'noun', alternatives: ['bezwaar'] },
    ],
    explained,
  );

const flagged = (text: string, explained = true) => runRules(text, jargon(explained)).map((m) => text.slice(m.start, m.end));

describe('explained jargon', () => {
  it.each([
    ['Doet u dat niet, dan betaalt u een bedrag. Dat heet een dwangsom.'],
    ['Een dwangsom is een bedrag dat u betaalt als u niet op tijd bent.'],
    ['U krijgt een dwangsom (een bedrag dat u betaalt als u te laat bent).'],
    ['U krijgt een dwangsom, dat is een bedrag dat u dan betaalt.'],
    ['U krijgt een dwangsom. Dat betekent dat u een bedrag moet betalen.'],
    ['Dit besluit heet een beschikking.'],
    ["Wij noemen dat een 'beschikking'."],
    ['De beschikking betekent dat u de vergunning krijgt.'],
    ['De zogenaamde beschikking komt per post.'],
  ])('%s: no finding', (text) => {
    expect(flagged(text)).toEqual([]);
    // The same text without the option is flagged: the cue is what makes the difference.
    expect(flagged(text, false)).not.toEqual([]);
  });

  it.each([
    ['U krijgt een dwangsom.', ['dwangsom']],
    ['Uw bezwaarschrift is een week te laat.', ['bezwaarschrift']],
    ['De beschikking is verstuurd.', ['beschikking']],
  ])('%s: still flagged', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it('an explanation covers later uses of the word, not earlier ones', () => {
    const text = 'U krijgt een beschikking. Later meer. Een beschikking is een besluit over u. Bewaar de beschikking goed.';
    const found = runRules(text, jargon(true)).map((m) => m.start);
    expect(found).toEqual([text.indexOf('beschikking')]);
  });
});

describe('explained jargon: what is no explanation', () => {
  const rules = jargonRule(
    [
      { word: 'naheffingsaanslag', pos: 'noun', alternatives: ['boete'] },
      { word: 'waardepeildatum', pos: 'noun', alternatives: ['datum waarop de waarde is bepaald'] },
      { word: 'aanleveren', pos: 'verb', alternatives: ['sturen'] },
      { word: 'dwangsom', pos: 'noun', alternatives: [] },
    ],
    true,
  );
  const found = (text: string) => runRules(text, rules).map((m) => text.slice(m.start, m.end));

  it.each([
    ['Kosten van de naheffingsaanslag: € 75,70', ['naheffingsaanslag']],
    ['Waardepeildatum: 1 januari 2025', ['Waardepeildatum']],
    ['De volgende gegevens moeten worden aangeleverd: een tekening van de gevel.', ['aangeleverd']],
  ])('a label or a list after a colon: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a term opening its clause before a colon and an article is defined', () => {
    expect(found('Dwangsom: een bedrag dat u betaalt als u te laat bent.')).toEqual([]);
  });
});
