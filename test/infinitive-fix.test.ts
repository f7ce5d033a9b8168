// Fixes for phrases that govern "te" + infinitive (rules/infinitive.ts): "U dient ... te
// vullen" becomes "U moet ... invullen", "Gelieve ... te vermelden." becomes "Wilt u ...
// vermelden?". Each case checks the text rewrite() makes from check()'s report; where
// the shape is not safe the sentence must stay as written (the finding stays a suggestion).
import { describe, expect, it } from 'vitest';
import { check, rewrite } from '@helder/core';

const rewritten = (text: string) => rewrite(text, check(text)).text;

describe('te + infinitive fixes', () => {
  const cases: Array<[string, string]> = [
    ['U dient de ontbrekende stukken te sturen.', 'U moet de ontbrekende stukken sturen.'],
    ['U dient het formulier voor 1 mei in te vullen.', 'U moet het formulier voor 1 mei invullen.'],
    ['Daarna dient u het formulier op te sturen.', 'Daarna moet u het formulier opsturen.'],
    ['Als u niet betaalt, bent u verplicht een boete te betalen.', 'Als u niet betaalt, moet u een boete betalen.'],
    ['U dient ons te laten weten of u komt.', 'U moet ons laten weten of u komt.'],
    ['U dient zich binnen twee weken te melden bij het loket.', 'U moet zich binnen twee weken melden bij het loket.'],
    ['U bent verplicht te betalen.', 'U moet betalen.'],
    ['Gelieve uw kenmerk te vermelden.', 'Wilt u uw kenmerk vermelden?'],
    ['U wordt verzocht om uw pas mee te nemen.', 'Wilt u uw pas meenemen?'],
    ['U wordt verzocht te bellen.', 'Wilt u bellen?'],
    ['Wij verzoeken u om de ontbrekende stukken binnen twee weken op te sturen.', 'Wilt u de ontbrekende stukken binnen twee weken opsturen?'],
    ['Verzoeke het formulier te ondertekenen.', 'Wilt u het formulier ondertekenen?'],
    // A fix of a word between the phrase and "te" is made inside the same edit.
    ['U dient tevens de stukken op te sturen.', 'U moet ook de stukken opsturen.'],
  ];
  it.each(cases)('%s', (input, output) => {
    expect(rewritten(input)).toBe(output);
  });

  const unchanged = [
    // A second, coordinated "te" would be left behind.
    'U dient te betalen en te tekenen.',
    'U dient het formulier in te vullen en op te sturen.',
    // goedkeuren or goed lezen: the word before "te" may belong to the verb.
    'U dient het goed te keuren.',
    // "om 9 uur" is a time, not the "om" of the infinitive.
    'U dient om 9 uur aanwezig te zijn.',
    // A question needs the infinitive at the end of the sentence.
    'U wordt verzocht uw pas mee te nemen naar de balie.',
    // An inserted clause between commas.
    'U dient, als u dat wilt, een afspraak te maken.',
    // No infinitive follows.
    'U dient een aanvraag in.',
  ];
  it.each(unchanged)('leaves "%s" as written', (input) => {
    expect(rewritten(input)).toBe(input);
  });

  it('still reports the phrase where it makes no fix, with its alternatives', () => {
    const m = check('U dient het te betalen en te tekenen.').messages.find((x) => x.ruleId === 'gebiedende-toon');
    expect(m?.actual).toBe('U dient');
    expect(m?.expected).toEqual(['U moet', 'Wilt u']);
    expect(m?.fix).toBeUndefined();
  });

  it('a fix runs from the phrase to the infinitive; the message still marks the phrase', () => {
    const text = 'Wij hebben uw brief ontvangen. U dient de stukken op te sturen.';
    const m = check(text).messages.find((x) => x.ruleId === 'gebiedende-toon')!;
    expect(text.slice(m.start, m.end)).toBe('U dient');
    expect(m.fix).toEqual({ start: m.start, end: text.indexOf('sturen.') + 'sturen'.length, replacement: 'U moet de stukken opsturen' });
  });

  it('makes no fix where an inline ignore covers part of the edit', () => {
    const text = 'U dient de stukken <!-- helder-disable -->op te sturen<!-- helder-enable -->.';
    const report = check(text, { format: 'markdown' });
    expect(report.messages.find((x) => x.ruleId === 'gebiedende-toon')?.fix).toBeUndefined();
  });
});
