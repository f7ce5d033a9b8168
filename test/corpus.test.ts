// What Helder promises about its own letter corpus (corpus/README.md): the B1 versions
// are the model of what Helder wants, so the engine must rate them as such, and it must
// stay precise on them. These tests go through the public `check()` only.

import { describe, expect, it } from 'vitest';
import { check, type Message, type Report } from '@helder/core';
import { corpusPairs, loadCorpus, type CorpusLetter } from '../corpus/index.mjs';

const letters = loadCorpus();
const pairs = corpusPairs(letters);
const ambtelijk = letters.filter((l) => l.version === 'ambtelijk');
const b1 = letters.filter((l) => l.version === 'b1');

// One check per letter, shared by all tests below (check() is pure, so caching is safe).
const reports = new Map<string, Report>();
function reportOf(letter: CorpusLetter): Report {
  let report = reports.get(letter.id);
  if (!report) {
    report = check(letter.text, { format: letter.format });
    reports.set(letter.id, report);
  }
  return report;
}

// Placeholder syntaxes that letter generators leave in templates. Written independently
// of the parser in core on purpose: this is the yardstick, not the thing measured.
const PLACEHOLDERS: RegExp[] = [
  /\{\{[^{}]*\}\}/g, // Jinja / Django / Handlebars variable
  /\{%[^%]*%\}/g, // Jinja / Django tag
  /\$\{[^{}]*\}/g, // JavaScript template literal
  /\[\[[^\]]*\]\]/g, // double-bracket field
  /«[^«»]*»/g, // Word MERGEFIELD result as shown in a merge document
  /<<[^<>]*>>/g, // MERGEFIELD typed with ASCII chevrons
];
// `[Naam]`-style fields only count in letters that declare that syntax, so a bracket in
// ordinary prose is never mistaken for one.
const BRACKET_FIELD = /\[[^\[\]\n]{1,60}\]/g;

interface Span {
  start: number;
  end: number;
  text: string;
}

function placeholders(letter: CorpusLetter): Span[] {
  const patterns = letter.template === 'haken' ? [...PLACEHOLDERS, BRACKET_FIELD] : PLACEHOLDERS;
  const spans: Span[] = [];
  for (const pattern of patterns) {
    for (const m of letter.text.matchAll(pattern)) {
      spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return spans;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

function describeMessage(m: Message): string {
  return `${m.line}:${m.column} ${m.ruleId} ${JSON.stringify(m.actual)}`;
}

describe('the corpus itself', () => {
  it('has at least 30 letters, 15 ambtelijk/B1 pairs and 5 templates', () => {
    expect(letters.length).toBeGreaterThanOrEqual(30);
    expect(pairs.length).toBeGreaterThanOrEqual(15);
    expect(letters.filter((l) => l.template !== null).length).toBeGreaterThanOrEqual(5);
  });

  it.each(letters.map((l) => [l.id, l] as const))('%s: header matches its place and is licensed', (_id, letter) => {
    expect(letter.id.startsWith(`${letter.situation}/`)).toBe(true);
    expect(letter.id.split('/')[1]!.split('-')[0]).toBe(letter.version);
    expect(letter.author).toMatch(/^Helder-team/);
    expect(letter.licence).toBe('EUPL-1.2');
  });

  it.each(letters.map((l) => [l.id, l] as const))('%s: is a letter of 150 to 600 words', (_id, letter) => {
    const words = wordCount(letter.text);
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(600);
  });

  it.each(letters.map((l) => [l.id, l] as const))('%s: has placeholders exactly when its header says it is a template', (_id, letter) => {
    expect(placeholders(letter).length > 0).toBe(letter.template !== null);
  });
});

describe('grade on the corpus (issue 3: grade)', () => {
  it.each(pairs.map((p) => [p.pair, p] as const))('%s: the B1 version grades higher than the ambtelijke', (_pair, pair) => {
    const before = reportOf(pair.ambtelijk).grade.value;
    const after = reportOf(pair.b1).grade.value;
    expect(after, `ambtelijk ${before}, b1 ${after}`).toBeGreaterThan(before);
  });

  const withTussen = pairs.filter((p) => p.tussen !== null);
  it.each(withTussen.map((p) => [p.pair, p] as const))('%s: the in-between version grades between the ambtelijke and the B1', (_pair, pair) => {
    const before = reportOf(pair.ambtelijk).grade.value;
    const between = reportOf(pair.tussen!).grade.value;
    const after = reportOf(pair.b1).grade.value;
    expect(between, `ambtelijk ${before}, tussen ${between}, b1 ${after}`).toBeGreaterThan(before);
    expect(between, `ambtelijk ${before}, tussen ${between}, b1 ${after}`).toBeLessThan(after);
  });

  it.each(ambtelijk.map((l) => [l.id, l] as const))('%s: an ambtelijke letter grades at most 5.5', (_id, letter) => {
    expect(reportOf(letter).grade.value).toBeLessThanOrEqual(5.5);
  });

  it.each(b1.map((l) => [l.id, l] as const))('%s: a B1 letter grades at least 7', (_id, letter) => {
    expect(reportOf(letter).grade.value).toBeGreaterThanOrEqual(7);
  });

  it.each(letters.map((l) => [l.id, l] as const))('%s: the grade is a rapportcijfer with one decimal', (_id, letter) => {
    const { value } = reportOf(letter).grade;
    expect(value).toBeGreaterThanOrEqual(1);
    expect(value).toBeLessThanOrEqual(10);
    expect(Math.round(value * 10) / 10).toBe(value);
  });
});

describe('readability on the corpus (issue 2: measures)', () => {
  it.each(pairs.map((p) => [p.pair, p] as const))('%s: the B1 version has a lower LiNT score than the ambtelijke', (_pair, pair) => {
    const before = reportOf(pair.ambtelijk).readability.lint;
    const after = reportOf(pair.b1).readability.lint;
    expect(after, `ambtelijk ${before}, b1 ${after}`).toBeLessThan(before);
  });
});

describe('letter structure on the corpus (issue 3: structuur)', () => {
  it.each(b1.map((l) => [l.id, l] as const))('%s: a B1 letter passes every letter-structure check', (_id, letter) => {
    // The B1 versions have a subject, the core message first, a named contact person,
    // the next step with a date, what to do by when, bezwaar explained and headings.
    const structure = reportOf(letter).messages.filter((m) => m.category === 'structuur');
    expect(structure.map(describeMessage)).toEqual([]);
  });

  it.each(ambtelijk.map((l) => [l.id, l] as const))('%s: the missing contact person is reported', (_id, letter) => {
    // None of the ambtelijke versions names a person with a phone number or e-mail
    // (VNG complaint: "ik heb geen duidelijk contactpersoon").
    expect(reportOf(letter).messages.some((m) => m.ruleId === 'contactpersoon')).toBe(true);
  });
});

describe('precision on the corpus (issue 3: precision first)', () => {
  it.each(b1.map((l) => [l.id, l] as const))('%s: at most one error-level finding per 100 words', (_id, letter) => {
    const report = reportOf(letter);
    const errors = report.messages.filter((m) => m.severity === 'error');
    expect(errors.length * 100, errors.map(describeMessage).join('\n')).toBeLessThanOrEqual(report.stats.words);
  });

  it.each(letters.map((l) => [l.id, l] as const))('%s: no finding touches the inside of a template placeholder', (_id, letter) => {
    // A finding may contain a whole placeholder (a long sentence that holds {{ naam }}),
    // but must never start or end inside one, nor be part of one.
    const spans = placeholders(letter);
    const touching = reportOf(letter).messages.filter((m) =>
      spans.some((p) => {
        const overlaps = m.start < p.end && m.end > p.start;
        const containsWhole = m.start <= p.start && m.end >= p.end;
        const emptyInside = m.start === m.end && m.start > p.start && m.start < p.end;
        return (overlaps && !containsWhole) || emptyInside;
      }),
    );
    expect(touching.map(describeMessage)).toEqual([]);
  });

  it.each(letters.map((l) => [l.id, l] as const))('%s: every finding slices to its actual text and position', (_id, letter) => {
    const { text } = letter;
    for (const m of reportOf(letter).messages) {
      expect(text.slice(m.start, m.end), describeMessage(m)).toBe(m.actual);
      const before = text.slice(0, m.start);
      const line = before.split('\n').length;
      const column = m.start - (before.lastIndexOf('\n') + 1) + 1;
      expect([m.line, m.column], describeMessage(m)).toEqual([line, column]);
    }
  });
});
