// Inflection tables: the forms a word entry matches and how an alternative is put into
// the slot of the matched form.
import { describe, expect, it } from 'vitest';
import { formsOf, inflectInto } from '@helder/core';

const surface = (word: string, pos: 'verb' | 'noun' | 'adj' | 'other', separable?: boolean) =>
  formsOf(word, pos, [], separable).map((f) => f.words.join(' '));

describe('verb forms', () => {
  it.each([
    ['verstrekken', ['verstrekken', 'verstrekt', 'verstrekte', 'verstrekten', 'verstrekkend', 'verstrekkende']],
    ['maken', ['maken', 'maakt', 'maakte', 'maakten', 'gemaakt']],
    ['betalen', ['betaalt', 'betaalde', 'betaald']],
    ['reizen', ['reist', 'reisde', 'gereisd']],
    ['wijzigen', ['wijzigt', 'wijzigde', 'gewijzigd']],
    ['verbeteren', ['verbetert', 'verbeterde', 'verbeterd']],
    ['beheren', ['beheert', 'beheerde', 'beheerd']],
    ['melden', ['meldt', 'meldde', 'gemeld']],
    ['ontvangen', ['ontvangt', 'ontving', 'ontvingen', 'ontvangen']],
    ['verzenden', ['verzendt', 'verzond', 'verzonden']],
  ])('%s', (word, expected) => {
    const forms = surface(word, 'verb');
    for (const f of expected) expect(forms).toContain(f);
  });

  it('separable verbs: joined, split and te-forms', () => {
    const forms = surface('toekennen', 'verb');
    for (const f of ['toekennen', 'toekent', 'toekende', 'toegekend', 'toe te kennen', 'kent \u2026 toe', 'kennen \u2026 toe', 'kende \u2026 toe']) {
      expect(forms).toContain(f);
    }
  });

  it('ambiguous prefixes match both joined readings but not split without separable: true', () => {
    const forms = surface('doorzetten', 'verb');
    expect(forms).toContain('doorgezet');
    expect(forms).toContain('doorzet');
    expect(forms.some((f) => f.includes('\u2026'))).toBe(false);
    expect(surface('doorzetten', 'verb', true)).toContain('zet \u2026 door');
  });

  it('never generates a function word or a bare ik-form', () => {
    expect(surface('innen', 'verb')).not.toContain('in');
    expect(surface('verzoeken', 'verb')).not.toContain('verzoek');
    expect(surface('aanvragen', 'verb')).not.toContain('aanvraag');
  });
});

describe('noun and adjective forms', () => {
  it.each([
    ['beschikking', 'noun', ['beschikkingen']],
    ['aanvraag', 'noun', ['aanvragen']],
    ['mogelijkheid', 'noun', ['mogelijkheden']],
    ['wet', 'noun', ['wetten']],
    ['formulier', 'noun', ['formulieren']],
    ['brief', 'noun', ['brieven']],
    ['adequaat', 'adj', ['adequate', 'adequater']],
    ['snel', 'adj', ['snelle', 'sneller', 'snelst']],
    ['logisch', 'adj', ['logische']],
  ] as const)('%s (%s)', (word, pos, expected) => {
    const forms = surface(word, pos);
    for (const f of expected) expect(forms).toContain(f);
  });

  it('short nouns get no second plural guess that is another word', () => {
    expect(surface('wet', 'noun')).not.toContain('weten');
  });
});

describe('inflectInto', () => {
  it.each([
    ['geven', 'verb', 'pastSg', 'gaf', true],
    ['geven', 'verb', 'pastPl', 'gaven', true],
    ['geven', 'verb', 'pres3', 'geeft', true],
    ['geven', 'verb', 'part', 'gegeven', true],
    ['sturen', 'verb', 'pastSg', 'stuurde', true],
    ['maken', 'verb', 'part', 'gemaakt', true],
    ['opsturen', 'verb', 'part', 'opgestuurd', true],
    ['bekijken', 'verb', 'part', 'bekeken', true],
    // An adjective particle separates like aan/op: goedgekeurd, not gegoedkeurd.
    ['goedkeuren', 'verb', 'part', 'goedgekeurd', true],
    ['schoonmaken', 'verb', 'part', 'schoongemaakt', true],
    ['goedkeuren', 'verb', 'pres3', 'keurt goed', false],
    // Strong verbs that alternatives use (vigeren -> gelden, aanbevelen -> aanraden).
    ['gelden', 'verb', 'part', 'gegolden', true],
    ['aanraden', 'verb', 'part', 'aangeraden', true],
    ['laten weten', 'verb', 'pastSg', 'liet weten', false],
    ['goed', 'adj', 'adjE', 'goede', true],
    ['als', 'other', 'base', 'als', true],
    // A noun plural is a guess (never an automatic fix). An s after a diphthong mostly
    // voices, but not in eis (criteria -> eisen, not eizen).
    ['eis', 'noun', 'plural', 'eisen', false],
    ['huis', 'noun', 'plural', 'huizen', false],
    ['reis', 'noun', 'plural', 'reizen', false],
    // A mass noun keeps its form (trajecten -> hulp, not "hulpen"); -middel takes -en.
    ['hulp', 'noun', 'plural', 'hulp', false],
    ['ondersteuning', 'noun', 'plural', 'ondersteuning', false],
    ['woonhulp', 'noun', 'plural', 'woonhulp', false],
    ['hulpmiddel', 'noun', 'plural', 'hulpmiddelen', false],
    ['tafel', 'noun', 'plural', 'tafels', false],
    // A noun made of an adjective or participle takes -n; other nouns in -e take -s.
    ['betrokkene', 'noun', 'plural', 'betrokkenen', false],
    ['belanghebbende', 'noun', 'plural', 'belanghebbenden', false],
    ['gehandicapte', 'noun', 'plural', 'gehandicapten', false],
    ['tante', 'noun', 'plural', 'tantes', false],
    // A verb as the alternative of a noun (verstrekkingen -> geven) has no plural.
    ['geven', 'noun', 'plural', 'geven', false],
    ['keuken', 'noun', 'plural', 'keukens', false],
    // An alternative that is a plural already stays as it is (verhardingen -> tegels).
    ['tegels', 'noun', 'plural', 'tegels', false],
    ['kosten', 'noun', 'plural', 'kosten', false],
    ['afspraken', 'noun', 'plural', 'afspraken', false],
    ['brieven', 'noun', 'plural', 'brieven', false],
    // ... but a singular that looks like one does not (it has a plural of its own).
    ['wagen', 'noun', 'plural', 'wagens', false],
    ['kans', 'noun', 'plural', 'kansen', false],
    ['groen', 'noun', 'plural', 'groen', false],
  ] as const)('%s into %s', (alt, pos, slot, text, sure) => {
    expect(inflectInto(alt, pos, slot)).toEqual({ text, sure });
  });

  it('does not trust a guessed past of a strong-looking verb', () => {
    expect(inflectInto('schrijven', 'verb', 'pastSg')).toEqual({ text: 'schreef', sure: true });
    expect(inflectInto('bezwijken', 'verb', 'pastSg').sure).toBe(false);
  });
});
