// The LanguageTool translation on its own, with hand-made reports: offsets after
// emoji and markup, context windows, filters. Independent of which rules exist.

import { describe, expect, it } from 'vitest';
import type { Message, Report } from '@helder/core';
import { parseAnnotatedData, parseFilter, plainInput, toLanguageTool } from '../packages/server/dist/languagetool.js';

function message(text: string, actual: string, extra: Partial<Message> = {}): Message {
  const start = text.indexOf(actual);
  return {
    ruleId: 'ambtelijk-woord',
    category: 'woorden',
    severity: 'warning',
    message: `Schrijf 'als' in plaats van '${actual}'.`,
    explanation: 'Uitleg.',
    start,
    end: start + actual.length,
    line: 1,
    column: start + 1,
    actual,
    expected: ['als'],
    url: 'https://example.org/regel',
    source: 'Direct Duidelijk',
    ...extra,
  };
}

function report(text: string, messages: Message[]): Report {
  return {
    version: 1,
    language: 'nl',
    format: 'text',
    stats: { characters: text.length, words: 1, sentences: 1, paragraphs: 1, syllables: 1, longWords: 0 },
    readability: { lint: 0, level: 1, fleschDouma: 0, brouwer: 0, lix: 0, cefr: { level: 'B1', basis: '' } },
    sentences: [{ start: 0, end: text.length, words: 1, lint: 0, level: 1, block: 'paragraph' }],
    messages,
    grade: { value: 8, parts: [], improvements: [] },
  };
}

const noFilter = parseFilter({});

describe('toLanguageTool', () => {
  it('counts offsets in UTF-16 code units, like LanguageTool', () => {
    const text = '😀😀 Indien u belt.';
    const out = toLanguageTool(plainInput(text), report(text, [message(text, 'Indien')]), noFilter, 'nl');
    const m = out.matches[0]!;
    expect(m.offset).toBe(5); // two emoji = 4 code units, then a space
    expect(m.length).toBe(6);
    expect(text.slice(m.offset, m.offset + m.length)).toBe('Indien');
    expect(m.replacements).toEqual([{ value: 'als' }]);
    expect(m.rule).toMatchObject({ id: 'ambtelijk-woord', description: 'Ambtelijk woord', issueType: 'style', category: { id: 'HELDER_WOORDEN', name: 'Woorden' } });
    expect(m.sentence).toBe(text);
    expect(out.software.name).toBe('Helder');
    expect(out.language.code).toBe('nl-NL');
  });

  it('gives a context window with the offset of the finding in it, on one line', () => {
    const text = 'x'.repeat(100) + '\nIndien\n' + 'y'.repeat(100);
    const out = toLanguageTool(plainInput(text), report(text, [message(text, 'Indien')]), noFilter, 'nl');
    const { context } = out.matches[0]!;
    expect(context.text.startsWith('...')).toBe(true);
    expect(context.text.endsWith('...')).toBe(true);
    expect(context.text).not.toMatch(/\n/);
    expect(context.text.slice(context.offset, context.offset + context.length)).toBe('Indien');
  });

  it('never cuts a surrogate pair at the edge of the context', () => {
    const text = '😀'.repeat(30) + 'Indien';
    const out = toLanguageTool(plainInput(text), report(text, [message(text, 'Indien')]), noFilter, 'nl');
    const { context } = out.matches[0]!;
    expect(context.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(context.text.slice(context.offset, context.offset + context.length)).toBe('Indien');
  });

  it('maps offsets from annotated data back over the markup', () => {
    const data = JSON.stringify({
      annotation: [
        { markup: '<p>' },
        { text: 'Beste Jan,' },
        { markup: '</p><p>', interpretAs: '\n\n' },
        { text: 'Indien u belt.' },
        { markup: '</p>' },
      ],
    });
    const input = parseAnnotatedData(data, 1000);
    expect(input.text).toBe('Beste Jan,\n\nIndien u belt.');
    const out = toLanguageTool(input, report(input.text, [message(input.text, 'Indien')]), noFilter, 'nl');
    const original = '<p>Beste Jan,</p><p>Indien u belt.</p>';
    const m = out.matches[0]!;
    expect(original.slice(m.offset, m.offset + m.length)).toBe('Indien');
  });

  it('filters by rule and category as LanguageTool clients ask', () => {
    const text = 'Indien u belt, gelieve te wachten.';
    const messages = [message(text, 'Indien'), message(text, 'gelieve', { ruleId: 'gebiedende-wijs', category: 'toon' })];
    const r = report(text, messages);
    const ids = (body: Record<string, string>) => toLanguageTool(plainInput(text), r, parseFilter(body), 'nl').matches.map((m) => m.rule.id);
    expect(ids({})).toEqual(['ambtelijk-woord', 'gebiedende-wijs']);
    expect(ids({ disabledRules: 'ambtelijk-woord' })).toEqual(['gebiedende-wijs']);
    expect(ids({ disabledCategories: 'HELDER_TOON' })).toEqual(['ambtelijk-woord']);
    expect(ids({ enabledRules: 'gebiedende-wijs', enabledOnly: 'true' })).toEqual(['gebiedende-wijs']);
  });

  it('rejects annotated data that is not LanguageTool JSON', () => {
    expect(() => parseAnnotatedData('{"annotation": "x"}', 1000)).toThrow(/annotation/);
    expect(() => parseAnnotatedData('{nope', 1000)).toThrow();
    expect(() => parseAnnotatedData(JSON.stringify({ annotation: [{ text: 'a'.repeat(20) }] }), 10)).toThrow();
  });
});
