// Rule definitions as they appear in rules/**/*.yml (after YAML parsing), and the
// compiled forms the engine runs. The YAML shape is the contract with rule authors
// (see rules/README.md); the compiled shapes are internal.

import type { Category, RuleSetting, Severity } from '../types.js';
import type { RuleMeta } from '../report.js';

export type RuleKind = 'words' | 'pattern' | 'metric' | 'check';
export type PartOfSpeech = 'verb' | 'noun' | 'adj' | 'other';
export type MetricUnit = 'word' | 'sentence' | 'paragraph' | 'document';

export interface WordEntryDef {
  word: string;
  alternatives?: string[];
  pos?: PartOfSpeech;
  note?: string;
  fix?: boolean;
  /** Extra surface forms (strong verbs, irregular plurals); matched like the word. */
  forms?: string[];
  /** Separable verb (toekennen: kent ... toe). Default: detected from the prefix. */
  separable?: boolean;
  /**
   * The phrase governs "te" + infinitive ("u dient ... te betalen"). `bare`: the first
   * alternative takes the bare infinitive, so its fix also drops "te" ("u moet ...
   * betalen"); `question`: the alternative opens a question ("Wilt u ... betalen?"), so
   * its fix rewrites the whole sentence. A fix is made only where that is safe (see
   * rules/infinitive.ts); otherwise the finding stays a suggestion.
   */
  infinitive?: 'bare' | 'question';
  /**
   * Internal: the entry's forms as computed at build (words joined by a space, slot,
   * other slots), so a cold process does not run the inflection code for every entry.
   */
  compiled?: Array<[string, string, string[]?]>;
}

export interface PatternDef {
  pattern: string;
  alternatives?: string[];
  note?: string;
}

/** One rule file after YAML parsing. `id` and `category` come from the path. */
export interface RuleDef {
  id: string;
  category: Category;
  kind: RuleKind;
  severity: Severity;
  message: string;
  explanation: string;
  source: string;
  url: string;
  options?: Record<string, unknown>;
  words?: WordEntryDef[];
  patterns?: Array<string | PatternDef>;
  unit?: MetricUnit;
  measure?: string;
  min?: number;
  max?: number;
  check?: string;
  examples: { invalid: string[]; valid: string[] };
  /** Where the rule came from, for error messages (e.g. rules/woorden/indien.yml). */
  file?: string;
}

/** A preset sets a rule exactly as a municipality's configuration can. */
export type PresetSetting = RuleSetting;

export interface PresetDef {
  name: string;
  description?: string;
  extends?: string;
  rules?: Record<string, PresetSetting>;
}

/** A rule after preset/config are applied: what the runners need. */
export interface ActiveRule {
  def: RuleDef;
  meta: RuleMeta;
  options: Record<string, unknown>;
  /** meta with another message template (word entries carry their own), made once per template. */
  metaFor?: Map<string, RuleMeta>;
}

/** Thrown for any invalid rule, pattern or config; `problems` name file and fix. */
export class RuleError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'RuleError';
    this.problems = problems;
  }
}
