// Table tests for engine defects found by the word-list author: stressed -eren verbs,
// separable prefixes in suggestions, participle vs present, separable verbs that must
// close their clause, loanwords that only look separable, entry notes, overlapping
// findings across rules, sentence-final abbreviations and non-adjective suggestions.
import { describe, expect, it } from 'vitest';
import { check, formsOf, inflectInto, type Message } from '@helder/core';

const surface = (word: string, separable?: boolean) => formsOf(word, 'verb', [], separable).map((f) => f.words.join(' '));

describe('verbs in -eren: stressed ending doubles the e', () => {
  it.each([
    ['proberen', ['probeert', 'probeerde', 'probeerden', 'geprobeerd'], ['probert', 'proberde', 'geproberd']],
    ['controleren', ['controleert', 'controleerde', 'gecontroleerd'], ['controlert', 'gecontrolerd']],
    ['organiseren', ['organiseert', 'organiseerde', 'georganiseerd'], ['organisert']],
    ['accepteren', ['accepteert', 'accepteerde', 'geaccepteerd'], ['accepterde']],
    ['realiseren', ['realiseert', 'realiseerde', 'gerealiseerd'], ['realisert']],
    ['informeren', ['informeert', 'informeerde', 'geïnformeerd'], ['informert', 'geinformerd']],
    ['evalueren', ['evalueert', 'geëvalueerd'], []],
    ['beheren', ['beheert', 'beheerde', 'beheerd'], ['gebeheerd']],
    ['veranderen', ['verandert', 'veranderde', 'veranderd'], ['verandeert']],
    ['verbeteren', ['verbetert', 'verbeterde', 'verbeterd'], ['verbeteert']],
    ['herinneren', ['herinnert', 'herinnerde', 'herinnerd'], ['herinneert']],
    ['leveren', ['levert', 'leverde', 'geleverd'], ['leveert']],
  ])('%s', (word, has, hasNot) => {
    const forms = surface(word);
    for (const f of has) expect(forms).toContain(f);
    for (const f of hasNot) expect(forms).not.toContain(f);
  });

  it.each([
    ['controleren', 'pres3', 'controleert'],
    ['controleren', 'part', 'gecontroleerd'],
    ['proberen', 'pastSg', 'probeerde'],
    ['informeren', 'part', 'geïnformeerd'],
  ] as const)('suggestion %s into %s is %s', (alt, slot, text) => {
    expect(inflectInto(alt, 'verb', slot)).toEqual({ text, sure: true });
  });
});

describe('door/over/onder/voor/om verbs as suggestions', () => {
  it.each([
    ['doorsturen', 'part', 'doorgestuurd'],
    ['doorsturen', 'pres3', 'stuurt door'],
    ['doorsturen', 'teInf', 'door te sturen'],
    ['doorgaan met', 'pres3', 'gaat door met'],
    ['doorgaan met', 'part', 'doorgegaan met'],
    ['overblijven', 'part', 'overgebleven'],
    ['voorstellen', 'part', 'voorgesteld'],
    ['voorleggen aan', 'pres3', 'legt voor aan'],
    ['overleggen', 'part', 'overlegd'],
    ['overleggen', 'pres3', 'overlegt'],
    ['ondertekenen', 'part', 'ondertekend'],
    ['onderzoeken', 'pastSg', 'onderzocht'],
    ['voorkomen', 'pastSg', 'voorkwam'],
  ] as const)('%s into %s is %s', (alt, slot, text) => {
    expect(inflectInto(alt, 'verb', slot).text).toBe(text);
  });
});
