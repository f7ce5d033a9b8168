// The compiled rule set: built once per preset + config, then run over every letter.
// Word entries share one index; patterns are compiled to bounded token automata; metric
// and check rules get their specs and detectors resolved up front.

import type { DocMeasures, LetterCheck, LetterDoc } from '../doc.js';
import type { Finding, RuleMeta } from '../report.js';
import type { HelderConfig, PresetName } from '../types.js';
import { letterChecks } from '../checks/index.js';
import { compileWords, runWords, type WordHit, type WordsMatcher } from './kinds/words.js';
import { indexPatterns, runPatterns, type PatternEntry, type PatternIndex } from './kinds/pattern.js';
import { runMetric, type MetricSpec } from './kinds/metric.js';
import { runCheck } from './kinds/check.js';
import { explainedAt } from './explained.js';
import { infinitiveFix, type InfinitiveMode } from './infinitive.js';
import { compilePattern } from './pattern.js';
import { formTable, recordsOf, type FormRecord, type FormTable } from './forms.js';
import { normalize } from './inflect.js';
import { resolveRules } from './config.js';
import { validateRule } from './validate.js';
import { RuleError, type ActiveRule, type PresetDef, type RuleDef } from './types.js';

export interface RuleSet {
  rules: ActiveRule[];
  words: WordsMatcher;
  patterns: Array<{ rule: ActiveRule; entries: PatternEntry[] }>;
  patternIndex: PatternIndex;
  /** What the word and pattern steps ask about each written form (forms.ts). */
  forms: FormTable;
  metrics: Array<{ rule: ActiveRule; spec: MetricSpec }>;
  checks: Array<{ rule: ActiveRule; detector: LetterCheck }>;
  accept: Set<string>;
  /**
   * Word entries that govern "te" + infinitive: per word rule index, by word (no key
   * string to build per hit).
   */
  infinitives: Map<number, Map<string, InfinitiveMode>>;
}

const DEFAULT_BLOCKS = ['paragraph', 'listItem'];

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function metricSpec(rule: ActiveRule): MetricSpec {
  const { def, options } = rule;
  const blocks = Array.isArray(options.blocks) ? options.blocks.map(String) : DEFAULT_BLOCKS;
  return {
    unit: def.unit!,
    measure: def.measure!,
    min: num(options.min) ?? def.min,
    max: num(options.max) ?? def.max,
    blocks: new Set(blocks),
    skipNames: options.skipNames !== false,
    minLetters: num(options.minLetters) ?? 1,
    once: options.once !== false,
  };
}

function where(def: RuleDef): string {
  return def.file ?? `regel ${def.id}`;
}

export function compileRuleSet(rules: ActiveRule[], accept: Set<string>): RuleSet {
  const wordRules = rules.filter((r) => r.def.kind === 'words');
  const set: RuleSet = {
    rules,
    words: compileWords(wordRules, accept),
    patterns: [],
    patternIndex: indexPatterns([]),
    forms: undefined!,
    metrics: [],
    checks: [],
    accept,
    infinitives: new Map(),
  };
  set.words.rules.forEach((rule, i) => {
    for (const entry of rule.def.words ?? []) {
      if (!entry.infinitive) continue;
      let byWord = set.infinitives.get(i);
      if (!byWord) set.infinitives.set(i, (byWord = new Map()));
      byWord.set(entry.word, entry.infinitive);
    }
  });
  for (const rule of rules) {
    const { def } = rule;
    if (def.kind === 'pattern') {
      const entries = (def.patterns ?? []).map((p) => {
        const source = typeof p === 'string' ? p : p.pattern;
        try {
          return { compiled: compilePattern(source), alternatives: typeof p === 'string' ? [] : p.alternatives ?? [] };
        } catch (err) {
          throw new RuleError([`${where(def)}: ${(err as Error).message}`]);
        }
      });
      set.patterns.push({ rule, entries });
    } else if (def.kind === 'metric') {
      set.metrics.push({ rule, spec: metricSpec(rule) });
    } else if (def.kind === 'check') {
      const detector = Object.hasOwn(letterChecks, def.check!) ? letterChecks[def.check!] : undefined;
      if (!detector) throw new RuleError([`${where(def)}: onbekende check '${def.check}'; registreer hem in packages/core/src/checks/index.ts`]);
      set.checks.push({ rule, detector });
    }
  }
  set.patternIndex = indexPatterns(set.patterns.map((p) => p.entries));
  set.forms = formTable(set.words, set.patternIndex);
  return set;
}

/** True when two word hits share text (a split verb owns only its verb and particle). */
function overlaps(a: WordHit, b: WordHit): boolean {
  if (a.finding.start >= b.finding.end || b.finding.start >= a.finding.end) return false;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    // y lies wholly inside x's gap: "stellen de [beschikking] vast".
    if (x.gapStart !== undefined && y.finding.start >= x.gapStart && y.finding.end <= x.gapEnd!) return false;
  }
  return true;
}

/**
 * Overlapping findings of different word rules ("vriendelijk doch dringend" and "doch",
 * "U dient" and "dient te"): the longest wins, then the earliest, then the rule listed
 * first. One rule's own findings never overlap (see runWords).
 */
function longestWordHits(hits: WordHit[]): WordHit[] {
  if (disjoint(hits)) return hits;
  const order = hits.map((_, i) => i);
  const len = (h: WordHit) => h.finding.end - h.finding.start;
  order.sort((i, j) => len(hits[j]!) - len(hits[i]!) || hits[i]!.finding.start - hits[j]!.finding.start || i - j);
  const kept: WordHit[] = [];
  for (const i of order) {
    const h = hits[i]!;
    if (!kept.some((k) => overlaps(k, h))) kept.push(h);
  }
  return kept.length === hits.length ? hits : hits.filter((h) => kept.includes(h));
}

/**
 * True when no two hits share a character. runWords emits hits in text order, so one pass
 * tells; then every hit is kept and the sort above is not needed (the common case).
 */
function disjoint(hits: WordHit[]): boolean {
  let end = -1;
  for (let k = 0; k < hits.length; k++) {
    const f = hits[k]!.finding;
    if (f.start < end) return false;
    end = f.end;
  }
  return true;
}

/** A closing line with words of its own: a greeting or formula, not a signature line. */
const CLOSING_WORDS = /^(?:met\s|vriendelijke|hartelijke|hoogachtend|hoogachting|groet|namens|in afwachting|wij vertrouwen|ik vertrouw|tot ziens|dank)/i;

const FOUR_LETTERS = /\p{L}{4}/u;
/** A letter a-z: toUpperCase changes it, so the line is not all capitals (most address lines). */
const LOWER_ASCII = /[a-z]/;

/** A header line the writer wrote: a label with a colon, or a title in capitals. */
function writtenInHeader(line: string): boolean {
  return line.includes(':') || (!LOWER_ASCII.test(line) && FOUR_LETTERS.test(line) && line === line.toUpperCase());
}

export type Emit = (rule: ActiveRule, finding: Finding, meta?: RuleMeta) => void;

/** Runs every rule over a letter; findings in ignore ranges or on accepted words are dropped. */
export function runRuleSet(set: RuleSet, doc: LetterDoc, measures: DocMeasures, emit: Emit): void {
  const ignores = doc.ignores ?? [];
  const wordSpans = new Set<number>();
  const out = (rule: ActiveRule, finding: Finding, meta?: RuleMeta) => {
    // Accepted words are never reported, whatever rule finds them.
    if (set.accept.size && rule.def.kind !== 'metric' && set.accept.has(normalize(doc.text.slice(finding.start, finding.end)))) return;
    for (const r of ignores) {
      if (finding.start < r.end && finding.end > r.start && (r.rules.length === 0 || r.rules.includes(rule.def.id))) return;
    }
    emit(rule, finding, meta);
  };
  // The current sentence's hits: the first wordCount / patternCount entries. The arrays
  // are kept and overwritten from sentence to sentence (emptying an array with
  // `length = 0` drops its storage, so each sentence with hits would make it anew).
  const wordHits: WordHit[] = [];
  const patternHits: Array<{ rule: number; finding: Finding }> = [];
  let wordCount = 0;
  let patternCount = 0;
  // Made once, not per sentence.
  const addHit = (hit: WordHit) => {
    wordHits[wordCount++] = hit;
  };
  const addPatternHit = (rule: number, finding: Finding) => {
    patternHits[patternCount++] = { rule, finding };
  };
  // The form records of the current sentence's tokens (reused like the hit lists).
  const records: FormRecord[] = [];
  // Words of rules with option `explained` that the letter has explained (see explained.ts).
  let explainedWords: Set<string> | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    // Address lines are names and addresses as the post needs them ("Ter attentie van",
    // "T.a.v.", "team Invordering"): not the writer's prose. Label lines ("Dagtekening:
    // 14 april") and a title in capitals in the same header block are the writer's.
    if (s.block === 'address' && !writtenInHeader(doc.text.slice(s.start, s.end))) continue;
    // The signature under the closing greeting: a name and a job title ("Klantmanager
    // Werk en Inkomen", "Trajectbegeleider"), what the writer is called, not prose.
    if (s.block === 'closing' && !CLOSING_WORDS.test(doc.text.slice(s.start, s.end))) continue;
    wordCount = 0;
    patternCount = 0;
    recordsOf(set.forms, s.tokens, records);
    runWords(set.words, s.tokens, records, doc, addHit);
    runPatterns(set.patternIndex, s, records, addPatternHit);
    const hits = firstOf(wordHits, wordCount);
    const kept = hits.length > 1 ? longestWordHits(hits) : hits;
    // Dropped hits lie inside a kept one: their words are advised on too.
    for (const hit of hits) wordSpans.add(hit.finding.start);
    for (const hit of kept) {
      const rule = set.words.rules[hit.rule]!;
      if (set.infinitives.size > 0 && !hit.finding.fix && hit.gapStart === undefined) {
        const mode = set.infinitives.get(hit.rule)?.get(hit.word);
        const inner = mode ? kept.flatMap((h) => (h !== hit && h.finding.fix ? [h.finding.fix] : [])) : [];
        const fix = mode && infinitiveFix(s.tokens, hit.from, hit.to, doc.text, hit.finding.expected?.[0], mode, inner);
        // An inline ignore anywhere in the edited span keeps the text as written.
        if (fix && !ignores.some((r) => fix.start < r.end && fix.end > r.start)) hit.finding.fix = fix;
      }
      if (rule.options.explained === true && !hit.verb) {
        const key = `${hit.rule}\u0000${hit.word}`;
        if (explainedWords?.has(key)) continue;
        if (explainedAt(s.tokens, hit.from, hit.to, doc.sentences[si + 1]?.tokens)) {
          (explainedWords ??= new Set()).add(key);
          continue;
        }
      }
      out(rule, hit.finding, hit.message ? metaWithMessage(rule, hit.message) : undefined);
    }
    for (const { rule, finding } of firstOf(patternHits, patternCount)) {
      // A pattern over the same words as a word-list finding adds nothing to its concrete advice.
      if (kept.some((h) => h.gapStart === undefined && h.finding.start <= finding.start && finding.end <= h.finding.end)) continue;
      out(set.patterns[rule]!.rule, finding);
    }
  }
  for (const { rule, spec } of set.metrics) {
    runMetric(spec, doc, measures, (f) => {
      if (spec.unit === 'word') {
        // A word already flagged by a word list gets that (better) advice only.
        if (wordSpans.has(f.start)) return;
        if (set.accept.size && set.accept.has(normalize(doc.text.slice(f.start, f.end)))) return;
      }
      out(rule, f);
    });
  }
  for (const { rule, detector } of set.checks) runCheck(detector, doc, measures, rule.options, (f) => out(rule, f));
}

/**
 * The rule's meta with its own message template: the same object for every hit of one
 * template (a few per rule), not a copy of the meta per hit.
 */
function metaWithMessage(rule: ActiveRule, message: string): RuleMeta {
  const known = (rule.metaFor ??= new Map());
  let meta = known.get(message);
  if (!meta) {
    // Compound templates name the word, so a rule may meet many in a long run.
    if (known.size > 2000) known.clear();
    known.set(message, (meta = { ...rule.meta, message }));
  }
  return meta;
}

const NOTHING: never[] = [];

/** The first n entries of a list that is reused: the list itself, cut to n (never emptied). */
function firstOf<T>(list: T[], n: number): T[] {
  if (n === 0) return NOTHING;
  if (list.length !== n) list.length = n;
  return list;
}

const caches = new WeakMap<readonly RuleDef[], Map<string, RuleSet>>();

/** The compiled rule set for rule definitions + preset + config, cached per definitions list. */
export function ruleSetFor(defs: readonly RuleDef[], presets: readonly PresetDef[], preset: PresetName | string, config?: HelderConfig): RuleSet {
  let cache = caches.get(defs);
  if (!cache) caches.set(defs, (cache = new Map()));
  const key = `${preset}\u0000${config ? JSON.stringify(config) : ''}`;
  let set = cache.get(key);
  if (set) return set;
  const { rules, accept } = resolveRules([...defs], [...presets], preset, config);
  set = compileRuleSet(rules, accept);
  if (cache.size > 32) cache.clear();
  cache.set(key, set);
  return set;
}

/**
 * Validates and compiles rule objects (a municipality's own rule files, already parsed
 * from YAML by the caller). Throws RuleError naming each file and problem.
 */
export function compileRules(objects: unknown[], files: string[] = []): RuleDef[] {
  const problems: string[] = [];
  const defs: RuleDef[] = [];
  objects.forEach((raw, i) => {
    const named = typeof (raw as { file?: unknown })?.file === 'string' ? (raw as { file: string }).file : undefined;
    const where = files[i] ?? named ?? `regel ${i + 1}`;
    try {
      const def = validateRule(raw, where);
      if (def.kind === 'pattern') for (const p of def.patterns ?? []) compilePattern(typeof p === 'string' ? p : p.pattern);
      defs.push({ ...def, file: where });
    } catch (err) {
      if (err instanceof RuleError) problems.push(...err.problems);
      else problems.push(`${where}: ${(err as Error).message}`);
    }
  });
  if (problems.length) throw new RuleError(problems);
  return defs;
}

/**
 * A rule object as read from a file (`.../<category>/<id>.yml`, parsed by the caller):
 * id and category come from the path unless the object names them, and `file` is kept
 * for error messages. Pass the result in `HelderConfig.extraRules` or to `compileRules`.
 */
export function ruleFromFile(path: string, data: unknown): Record<string, unknown> {
  const parts = path.split(/[\\/]/);
  const id = (parts[parts.length - 1] ?? '').replace(/\.ya?ml$/i, '');
  const category = parts[parts.length - 2];
  const obj = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { id, ...(category && ['woorden', 'zinnen', 'toon', 'structuur'].includes(category) ? { category } : {}), ...obj, file: path };
}
