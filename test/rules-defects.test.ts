// Table tests for engine defects found by the word-list author: stressed -eren verbs,
// separable prefixes in suggestions, participle vs present, separable verbs that must
// close their clause, loanwords that only look separable, entry notes, overlapping
// findings across rules, sentence-final abbreviations and non-adjective suggestions.
import { describe, expect, it } from 'vitest';
import { check, compileRules, formsOf, inflectInto, runRules, type Message } from '@helder/core';

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
    // Not in the lexicon: decided by the syllables before -eren.
    ['retourneren', ['retourneert', 'geretourneerd'], ['retournert']],
    ['maximeren', ['maximeert', 'gemaximeerd'], []],
    ['verzilveren', ['verzilvert', 'verzilverd'], ['verzilveert']],
    ['versoberen', ['versobert', 'versoberd'], []],
    ['initiëren', ['initieert', 'geïnitieerd'], []],
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

const findings = (text: string, rule?: string): Message[] =>
  check(text).messages.filter((m) => (rule ? m.ruleId === rule : m.category === 'woorden' || m.category === 'toon'));
const actuals = (text: string) => findings(text).filter((m) => m.ruleId !== 'lang-woord' && m.ruleId !== 'zeldzaam-woord').map((m) => m.actual);

describe('split separable verbs: the particle closes the clause', () => {
  it.each([
    ['Zij zetten een licht in hun tuin.', []],
    ['U kunt stemmen bij een stembureau in uw buurt.', []],
    ['Dit draagt bij aan de kosten.', []],
    ['Wij besteden er veel geld aan.', []],
    ['Wij lichten u in over de regels.', ['lichten u in']],
    ['Wij stemmen in met uw plan.', ['stemmen in']],
    ['Wij stellen het bedrag vast.', ['stellen het bedrag vast']],
    ['Wij kennen de toeslag toe aan uw partner.', ['kennen de toeslag toe']],
    ['Wij kennen u de toeslag toe, omdat u weinig verdient.', ['kennen u de toeslag toe']],
  ])('%s', (text, expected) => {
    expect(actuals(text)).toEqual(expected);
  });
});

describe('loanwords in -eren are one word', () => {
  it.each([
    ['Zij hebben ons geïnformeerd.', 'geïnformeerd', 'verteld'],
    ['Wij informeren u graag.', 'informeren', 'vertellen'],
    ['Wij realiseren 200 woningen.', 'realiseren', 'maken'],
    ['De gemeente realiseert 200 woningen.', 'realiseert', 'maakt'],
    ['Wij hebben de lijst geïnventariseerd.', 'geïnventariseerd', null],
  ])('%s', (text, actual, suggestion) => {
    const hit = findings(text).find((m) => m.actual === actual);
    expect(hit).toBeDefined();
    if (suggestion) expect(hit!.expected).toContain(suggestion);
  });

  it('generates no split forms for informeren, inventariseren, opteren', () => {
    for (const w of ['informeren', 'inventariseren', 'opteren', 'intensiveren', 'integreren']) {
      expect(surface(w).some((f) => f.includes('\u2026'))).toBe(false);
    }
    expect(surface('uitproberen')).toContain('probeert \u2026 uit');
  });

  it('a participle of laten weten stays the infinitive', () => {
    expect(inflectInto('laten weten', 'verb', 'part').text).toBe('laten weten');
  });
});

describe('an entry note reaches the message', () => {
  it.each([
    ['Wij sturen u hierbij deel ik u mede een brief.', 'hierbij deel ik u mede', "'hierbij deel ik u mede': Schrap dit en zeg meteen wat u wilt zeggen."],
    ['Wij gaan handhaven in uw straat.', 'handhaven', 'Zeg wat de gemeente doet'],
    ['Wij hebben echter nog niets ontvangen.', 'echter', "Zet 'maar' aan het begin van de zin"],
  ])('%s', (text, actual, part) => {
    const hit = findings(text).find((m) => m.actual.toLowerCase() === actual);
    expect(hit?.message).toContain(part);
    expect(hit?.message).not.toContain("''");
  });

  it('an entry message is kept and gets no note twice', async () => {
    const { entryMessage } = await import('../packages/core/src/rules/kinds/words.js');
    expect(entryMessage('Schrijf {expected}.', { word: 'x', message: 'Eigen.', note: 'Uitleg.' })).toBe('Eigen. Uitleg.');
    expect(entryMessage('Schrijf {expected}.', { word: 'x', message: 'Eigen. Uitleg.', note: 'Uitleg.' })).toBe('Eigen. Uitleg.');
    expect(entryMessage('Schrijf {expected}.', { word: 'x', alternatives: ['y'] })).toBeUndefined();
    expect(entryMessage('Schrijf {expected}.', { word: 'x', alternatives: ['y'], note: 'Let op.' })).toBe('Schrijf {expected}. Let op.');
    expect(entryMessage('Schrijf {expected}.', { word: 'x', alternatives: [], note: 'Leg uit.' })).toBe("'{actual}': Leg uit.");
  });
});

describe('overlapping findings of different rules: the longest word-list finding wins', () => {
  const spans = (text: string) =>
    check(text)
      .messages.filter((m) => m.category !== 'structuur' && m.ruleId !== 'lang-woord' && m.ruleId !== 'zeldzaam-woord')
      .map((m) => `${m.ruleId}:${m.actual}`);
  it.each([
    ['Wij vragen u vriendelijk doch dringend te betalen.', ['stijve-formules:vriendelijk doch dringend']],
    ['U dient te betalen.', ['ambtelijke-uitdrukking:dient te']],
    // A split verb owns only its verb and particle: the jargon between stays its own finding.
    ['Wij stellen de beschikking vast.', ['ambtelijk-woord:stellen de beschikking vast', 'juridisch-jargon:beschikking']],
    // A pattern finding keeps the word-list findings inside it (they carry a replacement).
    ['De pas wordt door ons verstrekt.', ['lijdende-vorm:wordt door ons verstrekt', 'ambtelijk-woord:verstrekt']],
  ])('%s', (text, expected) => {
    expect(spans(text).sort()).toEqual([...expected].sort());
  });
});

describe('participles and present participles', () => {
  it.each([
    ['Wij hebben u de pas verstrekt.', 'verstrekt', ['gegeven'], false],
    ['De pas wordt door ons aan u verstrekt.', 'verstrekt', ['gegeven'], false],
    ['Zij verstrekt u de pas.', 'verstrekt', ['geeft'], false],
    ['Wij hebben, zoals afgesproken, de pas verstrekt.', 'verstrekt', ['gegeven'], false],
    ['De pas is, na controle, verstrekt aan u.', 'verstrekt', ['gegeven'], false],
    ['Nadat wij de stukken hebben ontvangen, verstrekt u de pas.', 'verstrekt', ['geeft'], false],
    ['Als u dat heeft gedaan, verstrekt de gemeente de pas.', 'verstrekt', ['geeft'], false],
    ['De verstrekte gegevens kloppen.', 'verstrekte', ['gegeven'], false],
    ['Verstrekte gegevens bewaren wij goed.', 'Verstrekte', ['Gegeven'], false],
    ['Wij werken met verstrekte gegevens.', 'verstrekte', ['gegeven'], false],
    ['Wij verstrekten u de pas.', 'verstrekten', ['gaven'], false],
    ['Dit heeft verstrekkende gevolgen.', 'verstrekkende', ['grote', 'ingrijpende'], false],
  ])('%s', (text, actual, expected, fixed) => {
    const hit = findings(text).find((m) => m.actual === actual);
    expect(hit?.expected).toEqual(expected);
    expect(Boolean(hit?.fix)).toBe(fixed);
  });

  it('a present participle keeps its -e in the suggestion and is never fixed', () => {
    const rules = compileRules([
      { id: 'proef', category: 'woorden', kind: 'words', severity: 'warning', message: '{expected}', explanation: 'x',
        source: 'x', url: 'https://example.org', words: [{ word: 'verlenen', pos: 'verb', alternatives: ['geven'], fix: true }],
        examples: { invalid: ['[verleend]'], valid: ['y'] } },
    ]);
    const [hit] = runRules('De verlenende instantie.', rules);
    expect(hit?.expected).toEqual(['gevende']);
    expect(hit?.fix).toBeUndefined();
  });
});

describe('smaller defects', () => {
  it.each([
    ['Neem uw paspoort, rijbewijs etc. mee.', 'enzovoort'],
    ['Neem uw paspoort, rijbewijs etc.', 'enzovoort.'],
    ['Neem uw paspoort, rijbewijs etc. Daarna gaan wij verder.', 'enzovoort.'],
  ])('%s: etc. -> %s', (text, replacement) => {
    const hit = findings(text, 'afkorting').find((m) => m.actual === 'etc.');
    expect(hit?.fix?.replacement).toBe(replacement);
  });

  it.each([
    ['dit', 'adjE', 'dit'],
    ['eerder', 'adjE', 'eerdere'],
    ['vorig', 'adjE', 'vorige'],
    ['vooraf', 'adjE', 'vooraf'],
    ['open', 'adjE', 'open'],
    ['graag', 'comp', 'graag'],
  ] as const)('adjective alternative %s into %s is %s', (alt, slot, text) => {
    expect(inflectInto(alt, 'adj', slot).text).toBe(text);
  });
});
