// From rule definitions + a preset + a municipality's config to the active rules:
// severity and options per rule, rules switched off, accept and reject lists, extra rules.

import type { HelderConfig, PresetName, RejectEntry, Severity } from '../types.js';
import type { RuleMeta } from '../report.js';
import { normalize } from './inflect.js';
import { settingProblem, validateRule } from './validate.js';
import { RuleError, type ActiveRule, type PresetDef, type PresetSetting, type RuleDef } from './types.js';

export const REJECT_RULE_ID = 'eigen-woord';

function rejectRule(reject: Array<string | RejectEntry>): RuleDef {
  return {
    id: REJECT_RULE_ID,
    category: 'woorden',
    kind: 'words',
    severity: 'warning',
    message: "Uw organisatie schrijft liever {expected} in plaats van '{actual}'.",
    explanation: 'Dit woord staat op de eigen lijst van uw organisatie met woorden die u beter niet gebruikt.',
    source: 'Eigen woordenlijst (configuratie)',
    url: 'https://github.com/helder-nl/helder#configuratie',
    words: reject.map((r) => {
      const entry = typeof r === 'string' ? { word: r } : r;
      const suggestions = entry.suggestions ?? [];
      const message =
        (typeof r === 'string' ? undefined : r.message) ??
        (suggestions.length ? undefined : "Uw organisatie gebruikt '{actual}' liever niet; kies een ander woord.");
      return { word: entry.word, alternatives: suggestions, ...(message ? { message } : {}) };
    }),
    examples: { invalid: [], valid: [] },
  };
}

function validateReject(reject: unknown): Array<string | RejectEntry> {
  if (!Array.isArray(reject)) throw new RuleError(['config.reject moet een lijst zijn van woorden of {word, suggestions, message}']);
  reject.forEach((r, i) => {
    const ok =
      (typeof r === 'string' && r.trim()) ||
      (typeof r === 'object' && r !== null && typeof (r as RejectEntry).word === 'string' && (r as RejectEntry).word.trim() &&
        ((r as RejectEntry).suggestions === undefined || (Array.isArray((r as RejectEntry).suggestions) && (r as RejectEntry).suggestions!.every((s) => typeof s === 'string'))));
    if (!ok) throw new RuleError([`config.reject[${i}]: schrijf een woord of {word: "...", suggestions: ["..."]}`]);
  });
  return reject as Array<string | RejectEntry>;
}

function presetChain(presets: PresetDef[], name: string): PresetDef[] {
  const chain: PresetDef[] = [];
  let at: string | undefined = name;
  while (at) {
    const p = presets.find((x) => x.name === at);
    if (!p) throw new RuleError([`onbekende preset '${at}'; kies uit ${presets.map((x) => x.name).join(', ')}`]);
    if (chain.includes(p)) throw new RuleError([`preset '${at}' verwijst in een kring naar zichzelf (extends)`]);
    chain.unshift(p);
    at = p.extends;
  }
  return chain;
}

function apply(
  setting: PresetSetting,
  into: { severity: Severity | 'off'; options: Record<string, unknown> },
): void {
  if (typeof setting === 'string') into.severity = setting;
  else {
    if (setting.severity) into.severity = setting.severity;
    if (setting.options) into.options = { ...into.options, ...setting.options };
  }
}

export interface Resolved {
  rules: ActiveRule[];
  accept: Set<string>;
}

export function resolveRules(defs: RuleDef[], presets: PresetDef[], preset: PresetName | string, config: HelderConfig = {}): Resolved {
  const all = [...defs];
  const ids = new Set(all.map((d) => d.id));
  const problems: string[] = [];
  (config.extraRules ?? []).forEach((raw, i) => {
    const where = typeof (raw as { file?: unknown })?.file === 'string' ? String((raw as { file: string }).file) : `extraRules[${i}]`;
    try {
      const def = validateRule(raw, where);
      if (ids.has(def.id)) problems.push(`${where}: regel '${def.id}' bestaat al; kies een andere naam (of zet de bestaande uit via rules)`);
      else {
        ids.add(def.id);
        all.push(def);
      }
    } catch (err) {
      if (err instanceof RuleError) problems.push(...err.problems);
      else throw err;
    }
  });
  if (config.reject !== undefined) {
    const list = validateReject(config.reject);
    if (list.length) {
      all.push(rejectRule(list));
      ids.add(REJECT_RULE_ID);
    }
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!ids.has(id)) problems.push(`config.rules: onbekende regel '${id}'; controleer de naam (zie rules/README.md)`);
    const problem = settingProblem(setting);
    if (problem) problems.push(`config.rules.${id}: ${problem}`);
  }
  if (config.accept !== undefined && (!Array.isArray(config.accept) || !config.accept.every((w) => typeof w === 'string'))) {
    problems.push('config.accept moet een lijst woorden zijn');
  }
  if (problems.length) throw new RuleError(problems);

  const chain = presetChain(presets, preset);
  const rules: ActiveRule[] = [];
  for (const def of all) {
    const state = { severity: def.severity as Severity | 'off', options: { ...(def.options ?? {}) } };
    for (const p of chain) {
      const s = p.rules?.[def.id];
      if (s !== undefined) apply(s, state);
    }
    const own = config.rules?.[def.id];
    if (own !== undefined) apply(own, state);
    if (state.severity === 'off') continue;
    const meta: RuleMeta = {
      id: def.id,
      category: def.category,
      severity: state.severity,
      message: def.message,
      explanation: def.explanation,
      source: def.source,
      url: def.url,
    };
    rules.push({ def, meta, options: state.options });
  }
  const accept = new Set((config.accept ?? []).map(normalize));
  return { rules, accept };
}
