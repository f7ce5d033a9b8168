// A word inside a name is the name's, not the writer's: word rules neither flag nor
// rewrite it ("Commissie bezwaarschriften", "Algemene wet inzake rijksbelastingen").
import { describe, expect, it } from 'vitest';
import { check, rewrite } from '@helder/core';

const flagged = (text: string) => check(text).messages.filter((m) => m.category === 'woorden').map((m) => m.actual);

describe('words inside names', () => {
  it.each([
    ['Uw bezwaar gaat naar de Commissie bezwaarschriften.', 'bezwaarschriften'],
    ['Commissie bezwaarschriften behandelt uw bezwaar.', 'bezwaarschriften'],
    ['Dit staat in artikel 6 van de Algemene wet inzake rijksbelastingen.', 'inzake'],
    ['U krijgt een brief van Team Handhaving.', 'Handhaving'],
    ['Dat staat in de Leidraad Invordering 2008.', 'Invordering'],
  ])('%s', (text, word) => {
    expect(flagged(text)).not.toContain(word);
    const report = check(text);
    expect(rewrite(text, report).text).toContain(word);
  });

  it.each([
    ['De Belastingdienst gebruikt de waarde ten behoeve van de aanslag.', 'ten behoeve van'],
    ['Wij sturen u een brief inzake uw aanvraag.', 'inzake'],
    ['De commissie leest alle bezwaarschriften.', 'bezwaarschriften'],
  ])('an ordinary word after a name or a head in lower case is still flagged: %s', (text, word) => {
    expect(flagged(text)).toContain(word);
  });
});

describe('the address block', () => {
  const letter = (header: string) =>
    `${header}\n\nBeste heer Jansen,\n\nWij hebben uw aanvraag ontvangen. U hoort binnen twee weken van ons.\n\nMet vriendelijke groet,\n\nAnna de Vries`;

  it('names and addresses are not checked as prose', () => {
    const text = letter('Gemeente Dijkstad\nAfdeling Vergunningen en Handhaving\nTer attentie van de heer J. Jansen\nPostbus 12\n1234 AB Dijkstad');
    expect(flagged(text)).toEqual([]);
  });

  it('a label line and a title in capitals in the header are', () => {
    const text = letter('Gemeente Dijkstad\nPostbus 12\n1234 AB Dijkstad\nDagtekening: 14 april 2026\nNAHEFFINGSAANSLAG PARKEERBELASTING');
    expect(flagged(text)).toEqual(expect.arrayContaining(['Dagtekening', 'NAHEFFINGSAANSLAG']));
  });
});

describe('the signature', () => {
  const letter = (closing: string) =>
    `Beste heer Yilmaz,\n\nU krijgt een uitkering. Wij kijken elk jaar of die nog klopt. U hoort binnen twee weken van ons.\n\n${closing}`;

  it('a name and job title under the greeting are not checked as prose', () => {
    expect(flagged(letter('Met vriendelijke groet,\n\nPeter Visser\nKlantmanager Werk en Inkomen'))).toEqual([]);
  });

  it('the greeting line itself is', () => {
    const text = letter('Hoogachtend,\n\nPeter Visser\nKlantmanager Werk en Inkomen');
    const ids = check(text).messages.filter((m) => m.start >= text.indexOf('Hoogachtend')).map((m) => `${m.ruleId}:${m.actual}`);
    expect(ids).toEqual(['stijve-formules:Hoogachtend']);
  });
});
