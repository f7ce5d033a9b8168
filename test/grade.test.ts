// The grade (issue 3, item 3): a rapportcijfer built on the Kano model, every lost point
// traceable, the three best improvements computed by re-scoring. Unit tests call grade()
// with chosen messages; the end-to-end tests go through check().
import { describe, expect, it } from 'vitest';
import { check } from '@helder/core';
import { grade, type GradeInput } from '../packages/core/src/score.js';
import { parseLetter } from '../packages/core/src/parse/index.js';
import type { Category, Grade, Message, Severity } from '../packages/core/src/types.js';

const B1 = `Onderwerp: u krijgt een parkeervergunning

Beste mevrouw De Vries,

U krijgt een parkeervergunning voor uw auto. De vergunning geldt vanaf 1 maart 2026. Met de vergunning mag u parkeren in de wijk Centrum-Oost.

Wat kost het?
De vergunning kost € 96,00 per jaar. U krijgt binnen twee weken een rekening van ons.

Bent u het niet eens met dit besluit?
Dan kunt u binnen zes weken bezwaar maken. Dat kan via www.dijkstad.nl/bezwaar.

Heeft u vragen?
Bel of mail mij gerust. U bereikt mij via 0570 123 456 of s.bakker@dijkstad.nl.

Met vriendelijke groet,

Sanne Bakker
Team Parkeren`;

const AMBTELIJK = `Betreft: beschikking

Geachte heer/mevrouw,

Naar aanleiding van uw aanvraag d.d. 12 januari 2026 betreffende de verlening van een parkeervergunning deel ik u mede dat het college van burgemeester en wethouders heeft besloten aan de aanvrager een parkeervergunning te verlenen, met dien verstande dat deze vergunning uitsluitend geldig is in het vergunninggebied Centrum-Oost.

Ten behoeve van de verlening van de vergunning is een bedrag van € 96,00 aan leges verschuldigd, hetwelk binnen de daartoe gestelde termijn dient te worden voldaan. Indien betaling niet tijdig plaatsvindt, kan tot intrekking van de vergunning worden overgegaan.

Tegen dit besluit kan degene wiens belang rechtstreeks bij het besluit is betrokken binnen zes weken na de dag van bekendmaking een bezwaarschrift indienen bij het college van burgemeester en wethouders.

Voor eventuele vragen kunt u zich wenden tot de gemeente.

Hoogachtend,

Het college van burgemeester en wethouders van Dijkstad,
namens dezen,
het hoofd van de afdeling Vergunningen`;

function input(text: string, messages: Message[], lint = 30): GradeInput {
  const doc = parseLetter(text);
  const words = doc.sentences.reduce((a, s) => a + s.words.length, 0);
  return {
    doc,
    measures: { sentences: [] },
    stats: { characters: text.length, words, sentences: doc.sentences.length, paragraphs: doc.paragraphs.length, syllables: words, longWords: 0 },
    readability: { lint, level: lint < 34 ? 1 : lint < 46 ? 2 : lint < 58 ? 3 : 4, fleschDouma: 70, brouwer: 70, lix: 30, cefr: { level: 'B1', basis: '' } },
    messages,
  };
}

let at = 0;
function msg(ruleId: string, category: Category, severity: Severity = 'warning'): Message {
  at += 2;
  return { ruleId, category, severity, message: `Melding van ${ruleId}.`, explanation: '', start: at, end: at + 1, line: 1, column: at + 1, actual: 'x', expected: [], url: '', source: '' };
}
function many(n: number, ruleId: string, category: Category, severity: Severity = 'warning'): Message[] {
  return Array.from({ length: n }, () => msg(ruleId, category, severity));
}

function totalLost(g: Grade): number {
  return g.parts.reduce((a, p) => a + p.lost.reduce((b, l) => b + l.points, 0), 0);
}

describe('grade(): shape and traceability', () => {
  const messages = [...many(6, 'ambtelijk-woord', 'woorden'), ...many(3, 'lange-zin', 'zinnen'), msg('aanhef-zonder-naam', 'toon'), msg('contactpersoon', 'structuur'), ...many(2, 'stijve-formules', 'toon')];
  const g = grade(input(B1, messages, 50));

  it('has the six parts of the seed, functional and emotional', () => {
    expect(g.parts.map((p) => [p.id, p.need])).toEqual([
      ['eenvoudig', 'functioneel'],
      ['transparant', 'functioneel'],
      ['consistent', 'functioneel'],
      ['relevant', 'functioneel'],
      ['persoonlijk', 'emotioneel'],
      ['betrokken', 'emotioneel'],
    ]);
    for (const p of g.parts) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(10);
    }
  });

  it('is a rapportcijfer with one decimal', () => {
    expect(g.value).toBeGreaterThanOrEqual(1);
    expect(g.value).toBeLessThanOrEqual(10);
    expect(Math.round(g.value * 10) / 10).toBe(g.value);
  });

  it('explains every lost point: 10 minus the losses is the value', () => {
    const lost = totalLost(g);
    const entries = g.parts.reduce((a, p) => a + p.lost.length, 0);
    expect(Math.abs(10 - lost - g.value)).toBeLessThanOrEqual(0.05 + entries * 0.005);
  });

  it('ties each finding-based loss to its rule and each other loss to a measure or Kano', () => {
    const losses = g.parts.flatMap((p) => p.lost);
    const ruleIds = new Set(losses.map((l) => l.ruleId).filter(Boolean));
    expect([...ruleIds].sort()).toEqual(['aanhef-zonder-naam', 'ambtelijk-woord', 'contactpersoon', 'lange-zin', 'stijve-formules']);
    for (const l of losses.filter((x) => !x.ruleId)) expect(l.reason).toMatch(/LiNT|zinnen|Kano|lezer|afzender/);
    expect(g.parts.find((p) => p.id === 'persoonlijk')!.lost.some((l) => l.ruleId === 'contactpersoon')).toBe(true);
  });

  it('is pure: same input, same grade, input untouched', () => {
    const i = input(B1, messages, 50);
    const before = JSON.stringify(i.messages);
    expect(grade(i)).toEqual(grade(i));
    expect(JSON.stringify(i.messages)).toBe(before);
  });
});

describe('grade(): improvements', () => {
  const messages = [
    ...many(4, 'ambtelijk-woord', 'woorden'),
    msg('contactpersoon', 'structuur'),
    msg('aanhef-zonder-naam', 'toon'),
    msg('vervolgstap', 'structuur'),
    msg('opsomming', 'structuur', 'suggestion'),
    ...many(2, 'gebiedende-toon', 'toon'),
  ];
  const base = grade(input(B1, messages));

  it('lists three, largest gain first', () => {
    expect(base.improvements).toHaveLength(3);
    const gains = base.improvements.map((i) => i.gain);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
  });

  it('are the three rules whose removal raises the grade most, with that gain', () => {
    const rules = [...new Set(messages.map((m) => m.ruleId))];
    const gains = rules
      .map((r) => ({ r, gain: grade(input(B1, messages.filter((m) => m.ruleId !== r))).value - base.value }))
      .sort((a, b) => b.gain - a.gain);
    const top = base.improvements.map((i) => i.ruleId);
    // Each listed gain is the real gain of re-scoring without that rule (one decimal).
    for (const i of base.improvements) {
      const real = gains.find((g) => g.r === i.ruleId)!.gain;
      expect(Math.abs(real - i.gain)).toBeLessThanOrEqual(0.051);
    }
    // The listed gains are the three largest (ties may come in either order).
    expect(base.improvements.map((i) => i.gain)).toEqual(gains.slice(0, 3).map((g) => Math.round(g.gain * 10) / 10));
    const worstListed = Math.min(...base.improvements.map((i) => gains.find((g) => g.r === i.ruleId)!.gain));
    for (const g of gains.filter((x) => !top.includes(x.r))) expect(g.gain).toBeLessThanOrEqual(worstListed + 1e-9);
  });

  it('are written in Dutch for the writer', () => {
    for (const i of base.improvements) expect(i.message).toMatch(/^[A-Z].*\.$/);
  });

  it('is empty for a letter without losses', () => {
    expect(grade(input(B1, [])).improvements).toEqual([]);
  });
});

describe('grade(): the Kano model', () => {
  it('gives a clear letter without findings a 10', () => {
    expect(grade(input(B1, [])).value).toBe(10);
  });

  it('caps a letter that is clear but impersonal and distant at about 6', () => {
    const emotional = [
      msg('aanhef-zonder-naam', 'toon'),
      msg('contactpersoon', 'structuur'),
      ...many(5, 'onpersoonlijke-aanspreking', 'toon'),
      ...many(3, 'gemeente-als-wij', 'toon', 'suggestion'),
      msg('vervolgstap', 'structuur'),
      ...many(4, 'stijve-formules', 'toon'),
      ...many(4, 'gebiedende-toon', 'toon'),
    ];
    const g = grade(input(B1, emotional));
    expect(g.value).toBeLessThanOrEqual(6.05);
    expect(g.value).toBeGreaterThanOrEqual(5.5);
    expect(g.parts.filter((p) => p.need === 'functioneel').every((p) => p.score === 10)).toBe(true);
  });

  it('lets the emotional values count only as far as the functional ones are met', () => {
    const functional = [...many(30, 'ambtelijk-woord', 'woorden'), ...many(10, 'lange-zin', 'zinnen'), msg('kernboodschap-eerst', 'structuur'), msg('bezwaar-termijn', 'structuur')];
    const g = grade(input(B1, functional, 80));
    const kano = g.parts.filter((p) => p.need === 'emotioneel').flatMap((p) => p.lost).filter((l) => /Kano/.test(l.reason));
    expect(kano).toHaveLength(2);
    // Without any emotional finding the letter still ends well below 7.
    expect(g.value).toBeLessThan(6);
  });

  it('counts no emotional points at all when half the functional points are lost', () => {
    const functional = [
      ...many(30, 'ambtelijk-woord', 'woorden'), ...many(10, 'lange-zin', 'zinnen'), msg('kernboodschap-eerst', 'structuur'),
      msg('bezwaar-termijn', 'structuur'), msg('actie-termijn', 'structuur'), ...many(2, 'vage-tijd', 'zinnen'),
      msg('onderwerp-ontbreekt', 'structuur'), msg('tussenkopjes', 'structuur'),
    ];
    const g = grade(input(B1, functional, 80));
    const functionalLost = g.parts.filter((p) => p.need === 'functioneel').reduce((a, p) => a + p.lost.reduce((b, l) => b + l.points, 0), 0);
    expect(functionalLost).toBeGreaterThanOrEqual(2.5);
    // Every emotional point is lost to Kano: 1 + what is left of the functional 5.
    expect(g.parts.filter((p) => p.need === 'emotioneel').every((p) => p.score === 0)).toBe(true);
    expect(g.value).toBeLessThanOrEqual(1 + 5 - functionalLost + 0.05);
  });

  it('weighs an error more than a suggestion of the same rule', () => {
    const error = grade(input(B1, many(3, 'ambtelijk-woord', 'woorden', 'error'))).value;
    const suggestion = grade(input(B1, many(3, 'ambtelijk-woord', 'woorden', 'suggestion'))).value;
    expect(error).toBeLessThan(suggestion);
  });

  it('caps one rule: many hits of one word rule cost no more than its share', () => {
    const few = grade(input(B1, many(40, 'ambtelijk-woord', 'woorden'))).value;
    const more = grade(input(B1, many(400, 'ambtelijk-woord', 'woorden'))).value;
    expect(few).toBe(more);
    expect(few).toBeGreaterThan(8.5);
  });
});

describe('grade(): how much a missing contact costs', () => {
  // The same letter with the contact line varied; one contactpersoon finding each time.
  const letterWith = (contact: string, signature: string) => B1.replace(/Heeft u vragen\?\n.*/, `Heeft u vragen?\n${contact}`).replace('Sanne Bakker\nTeam Parkeren', signature);
  const lost = (text: string) => grade(input(text, [msg('contactpersoon', 'structuur')])).parts.flatMap((p) => p.lost).find((l) => l.ruleId === 'contactpersoon')!.points;

  it('costs half when the reader can still reach someone: a general number, or a name without a number', () => {
    const none = lost(letterWith('Kom gerust langs op het stadhuis.', 'Team Parkeren'));
    const general = lost(letterWith('Bel ons op 14 0570 of mail naar parkeren@dijkstad.nl.', 'Team Parkeren'));
    const nameOnly = lost(letterWith('Kom gerust langs op het stadhuis.', 'Sanne Bakker\nTeam Parkeren'));
    expect(none).toBe(0.8);
    expect(general).toBe(0.4);
    expect(nameOnly).toBe(0.4);
  });

  it('through check(): a B1 letter with only the general number keeps a 9 or more', () => {
    const text = letterWith('Bel ons op 14 0570 of mail naar parkeren@dijkstad.nl.', 'Team Parkeren');
    const report = check(text);
    expect(report.messages.map((m) => m.ruleId)).toContain('contactpersoon');
    expect(report.grade.value).toBeGreaterThanOrEqual(9);
  });
});

describe('grade through check(): text that is not a whole letter', () => {
  // Letter-level checks do not judge a pasted paragraph; its readability and words do,
  // and by Kano the warm parts cannot make up for failing basics.
  it.each([
    'Hierbij deel ik u mede dat uw aanvraag, welke op 12 maart jongstleden door ons werd ontvangen, na zorgvuldige afweging van alle relevante belangen niet voor inwilliging in aanmerking komt.',
    'Gelieve het verschuldigde bedrag binnen 14 dagen na dagtekening te voldoen, bij gebreke waarvan de invordering zal worden overgedragen.',
  ])('a strongly bureaucratic sentence grades at most 5.5: %s', (text) => {
    expect(check(text).grade.value).toBeLessThanOrEqual(5.5);
  });

  it('its plain rewrite grades well above it', () => {
    const plain = check('U krijgt de vergunning niet. Wij leggen hieronder uit waarom.').grade.value;
    const stiff = check('Hierbij deel ik u mede dat uw aanvraag na zorgvuldige afweging van alle relevante belangen niet voor inwilliging in aanmerking komt.').grade.value;
    expect(plain).toBeGreaterThanOrEqual(stiff + 3);
  });
});

describe('grade through check(): a bureaucratic letter and its B1 rewrite', () => {
  const before = check(AMBTELIJK).grade;
  const after = check(B1).grade;

  it('grades the rewrite higher', () => {
    expect(after.value).toBeGreaterThan(before.value);
  });

  it('keeps the bureaucratic letter at 5.5 or lower and the B1 letter at 7 or higher', () => {
    expect(before.value).toBeLessThanOrEqual(5.5);
    expect(after.value).toBeGreaterThanOrEqual(7);
  });

  it('points the bureaucratic letter at what matters to residents', () => {
    const rules = before.parts.flatMap((p) => p.lost.map((l) => l.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['aanhef-zonder-naam', 'contactpersoon', 'kernboodschap-eerst', 'stijve-formules']));
    expect(before.improvements).toHaveLength(3);
  });
});
