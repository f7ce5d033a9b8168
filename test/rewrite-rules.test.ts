// rewrite(): safe fixes only, capitals kept, inflection fitted, never overlapping, and a
// second round on its own output changes nothing.
import { describe, expect, it } from 'vitest';
import { check, rewrite, ruleDefs, type HelderConfig, type Report } from '@helder/core';
import { ownConfig } from './rules-fixture.js';

const config: HelderConfig = ownConfig();
const checkOwn = (text: string) => check(text, { config });
const fixText = (text: string) => rewrite(text, checkOwn(text)).text;

describe('rewrite', () => {
  it.each([
    ['Indien u vragen heeft, belt u ons.', 'Als u vragen heeft, belt u ons.'],
    ['Wij hebben u reeds een brief gestuurd.', 'Wij hebben u al een brief gestuurd.'],
    ['De gemeente verstrekte u een pas.', 'De gemeente gaf u een pas.'],
    ['Wij verstrekken u een pas.', 'Wij geven u een pas.'],
    ['Teneinde dit te regelen, bellen wij u.', 'Om dit te regelen, bellen wij u.'],
    ['Wij schrijven u betreffende uw woning.', 'Wij schrijven u over uw woning.'],
    ['Wij bekijken de betreffende woning.', 'Wij bekijken de betreffende woning.'],
    ['Wij sturen u de beschikking.', 'Wij sturen u de beschikking.'],
  ])('%s', (input, output) => {
    expect(fixText(input)).toBe(output);
  });

  it('leaves ambiguous and split findings for a human', () => {
    const text = 'Wij kennen u de subsidie toe. Stuur het formulier tijdig op.';
    const report = checkOwn(text);
    expect(report.messages.some((m) => m.actual === 'tijdig' && !m.fix)).toBe(true);
    expect(report.messages.filter((m) => m.fix && m.actual.includes('kennen'))).toEqual([]);
  });

  it('never applies overlapping edits and ignores a report of another text', () => {
    const text = 'Indien u wilt.';
    const report = checkOwn(text);
    const extra = { ...report.messages[0]!, ruleId: 'x', fix: { start: 0, end: 9, replacement: 'Zo' } };
    const doubled: Report = { ...report, messages: [...report.messages, extra] };
    const result = rewrite(text, doubled);
    for (let i = 1; i < result.edits.length; i++) expect(result.edits[i]!.start).toBeGreaterThanOrEqual(result.edits[i - 1]!.end);
    expect(rewrite('Iets heel anders hier.', report).edits).toEqual([]);
  });

  it('is idempotent on its own output, with the full b1 rule set', () => {
    const text =
      'Indien u vragen heeft over de aan u verstrekte pas, belt u ons. Wij hebben reeds betaald. ' +
      'Teneinde dit te regelen verstrekken wij u middels deze brief informatie. Gelieve tijdig te reageren.';
    const once = rewrite(text, check(text)).text;
    expect(rewrite(once, check(once)).edits).toEqual([]);
  });

  it('no safe fix of any word list brings back a word that is flagged again', () => {
    const loops: string[] = [];
    for (const def of ruleDefs) {
      for (const entry of def.words ?? []) {
        const alts = entry.alternatives ?? [];
        if (alts.length !== 1 || entry.fix === false || entry.pos === 'noun') continue;
        const sentence = `Wij schrijven ${alts[0]} hier.`;
        const again = check(sentence).messages.filter((m) => m.fix && m.start >= 14 && m.end <= 14 + alts[0]!.length);
        if (again.length) loops.push(`${def.id}: ${entry.word} -> ${alts[0]} -> ${again.map((m) => m.fix!.replacement).join(', ')}`);
      }
    }
    expect(loops).toEqual([]);
  });
});

describe('verb forms in context', () => {
  it.each([
    ['Wij hebben u de pas verstrekt.', 'verstrekt', ['gegeven'], false],
    ['U verstrekt ons de gegevens.', 'verstrekt', ['geeft'], false],
    ['De gemeente verstrekte u een pas.', 'verstrekte', ['gaf'], true],
    ['Wij kijken naar de verstrekte gegevens.', 'verstrekte', ['gegeven'], false],
    ['Wij bekijken de door u verstrekte gegevens.', 'verstrekte', ['gegeven'], false],
  ])('%s', (text, actual, expected, fixed) => {
    const m = checkOwn(text).messages.find((x) => x.actual === actual);
    expect(m?.expected).toEqual(expected);
    expect(Boolean(m?.fix)).toBe(fixed);
  });
});
