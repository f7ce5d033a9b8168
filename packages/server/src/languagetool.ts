// LanguageTool-compatible /v2/check and /v2/languages, following LanguageTool's
// documented HTTP API (https://languagetool.org/http-api/). Editors and plugins that
// accept a custom server URL can then show Helder's Dutch findings inline.
//
// Offsets: LanguageTool's server is Java, and its `offset`/`length` are Java string
// indices, i.e. UTF-16 code units (an emoji counts 2). Helder's offsets are UTF-16 code
// units too, so they pass through unchanged; only `data` (annotated text) needs mapping.

import type { Category, Message, Report } from '@helder/core';
import { HttpError } from './errors.js';

export const SOFTWARE = {
  name: 'Helder',
  version: '0.1.0',
  buildDate: '2026-11-28',
  apiVersion: 1,
  premium: false,
  status: '',
};

const LANGUAGE = { name: 'Dutch', code: 'nl-NL' };

export const LANGUAGES = [
  { name: 'Dutch', code: 'nl', longCode: 'nl' },
  { name: 'Dutch', code: 'nl', longCode: 'nl-NL' },
];

const ACCEPTED_LANGUAGES = new Set(['nl', 'nl-nl', 'auto']);

const CATEGORIES: Record<Category, { id: string; name: string; short: string; issueType: string }> = {
  woorden: { id: 'HELDER_WOORDEN', name: 'Woorden', short: 'Moeilijk woord', issueType: 'style' },
  zinnen: { id: 'HELDER_ZINNEN', name: 'Zinnen', short: 'Lastige zin', issueType: 'style' },
  toon: { id: 'HELDER_TOON', name: 'Toon', short: 'Toon', issueType: 'register' },
  structuur: { id: 'HELDER_STRUCTUUR', name: 'Opbouw', short: 'Opbouw', issueType: 'style' },
};

export function checkLanguage(value: unknown): void {
  if (value === undefined || value === '') return;
  if (typeof value !== 'string' || !ACCEPTED_LANGUAGES.has(value.toLowerCase())) {
    throw new HttpError('UNSUPPORTED_LANGUAGE');
  }
}

/** Plain text to check plus a map from its offsets back to the caller's offsets. */
export interface LtInput {
  text: string;
  /** Sorted by `plain`: from `plain` on, caller offset = plain - segment.plain + segment.original. */
  segments: Array<{ plain: number; original: number }>;
}

/**
 * LanguageTool's `data` parameter: `{"annotation":[{"text":"..."},{"markup":"<b>","interpretAs":"\n"}]}`.
 * Text parts are checked; markup is replaced by its `interpretAs` (or nothing), and offsets
 * count the original markup so the client can place findings in its own document.
 */
export function parseAnnotatedData(raw: string, maxChars: number): LtInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new HttpError('MALFORMED_JSON');
  }
  const annotation = (parsed as { annotation?: unknown } | null)?.annotation;
  if (!Array.isArray(annotation)) {
    throw new HttpError('MALFORMED_REQUEST', { message: 'Het veld "data" moet een object zijn met een lijst "annotation".' });
  }
  let text = '';
  let original = 0;
  const segments: LtInput['segments'] = [];
  for (const part of annotation as Array<{ text?: unknown; markup?: unknown; interpretAs?: unknown }>) {
    if (typeof part?.text === 'string') {
      segments.push({ plain: text.length, original });
      text += part.text;
      original += part.text.length;
    } else if (typeof part?.markup === 'string') {
      const as = typeof part.interpretAs === 'string' ? part.interpretAs : '';
      // interpretAs stands in for markup: findings never start inside it.
      text += as;
      original += part.markup.length;
    } else {
      throw new HttpError('MALFORMED_REQUEST', { message: 'Elk onderdeel van "annotation" heeft "text" of "markup".' });
    }
    if (text.length > maxChars) throw new HttpError('TEXT_TOO_LONG');
  }
  return { text, segments };
}

export function plainInput(text: string): LtInput {
  return { text, segments: [{ plain: 0, original: 0 }] };
}

function toOriginal(input: LtInput, offset: number): number {
  // Binary search for the last segment starting at or before `offset`.
  let lo = 0;
  let hi = input.segments.length - 1;
  if (hi < 0) return offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (input.segments[mid]!.plain <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = input.segments[lo]!;
  return offset - seg.plain + seg.original;
}

const CONTEXT = 40;

/** Don't cut a surrogate pair in half at a context edge. */
function safeEdge(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

function context(text: string, start: number, end: number) {
  const from = safeEdge(text, Math.max(0, start - CONTEXT));
  const to = safeEdge(text, Math.min(text.length, end + CONTEXT));
  const before = (from > 0 ? '...' : '') + text.slice(from, start);
  const body = before + text.slice(start, to) + (to < text.length ? '...' : '');
  // LanguageTool shows context on one line.
  return { text: body.replace(/[\r\n\t]/g, ' '), offset: before.length, length: end - start };
}

function sentenceOf(text: string, report: Report, offset: number): string {
  for (const s of report.sentences) {
    if (s.start <= offset && offset < s.end) return text.slice(s.start, s.end);
  }
  return '';
}

/**
 * A short rule name, as LanguageTool shows it in its menus. Helder's rule ids are Dutch
 * kebab-case names ('ambtelijk-woord'), so the id itself reads as one: 'Ambtelijk woord'.
 */
function describe(message: Message): string {
  const words = message.ruleId.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : CATEGORIES[message.category].name;
}

export interface LtFilter {
  disabledRules: Set<string>;
  disabledCategories: Set<string>;
  enabledRules: Set<string>;
  enabledOnly: boolean;
}

export function parseFilter(body: Record<string, unknown>): LtFilter {
  const list = (value: unknown) =>
    new Set(
      typeof value === 'string'
        ? value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    );
  return {
    disabledRules: list(body.disabledRules),
    disabledCategories: list(body.disabledCategories),
    enabledRules: list(body.enabledRules),
    enabledOnly: body.enabledOnly === 'true',
  };
}

function keep(message: Message, filter: LtFilter): boolean {
  if (filter.enabledOnly) return filter.enabledRules.has(message.ruleId);
  if (filter.disabledRules.has(message.ruleId)) return false;
  return !filter.disabledCategories.has(CATEGORIES[message.category].id);
}

export function toLanguageTool(input: LtInput, report: Report, filter: LtFilter, languageParam: unknown) {
  const text = input.text;
  const matches = [];
  for (const m of report.messages) {
    if (!keep(m, filter)) continue;
    const cat = CATEGORIES[m.category];
    const offset = toOriginal(input, m.start);
    matches.push({
      message: m.message,
      shortMessage: cat.short,
      replacements: m.expected.map((value) => ({ value })),
      offset,
      length: toOriginal(input, m.end) - offset,
      context: context(text, m.start, m.end),
      sentence: sentenceOf(text, report, m.start),
      type: { typeName: m.severity === 'suggestion' ? 'Hint' : 'Other' },
      rule: {
        id: m.ruleId,
        description: describe(m),
        issueType: cat.issueType,
        category: { id: cat.id, name: cat.name },
        ...(m.url ? { urls: [{ value: m.url }] } : {}),
      },
      ignoreForIncompleteSentence: false,
      contextForSureMatch: 0,
    });
  }
  const auto = typeof languageParam === 'string' && languageParam.toLowerCase() === 'auto';
  return {
    software: SOFTWARE,
    warnings: { incompleteResults: Boolean(report.truncated) },
    language: {
      ...LANGUAGE,
      detectedLanguage: { ...LANGUAGE, confidence: auto ? 0.5 : 1 },
    },
    matches,
  };
}
