// Rules step: run the compiled rule set over the LetterDoc. Every finding goes through
// report() (report.ts). The rule set is compiled once per preset + config and cached.

import type { Plugin } from 'unified';
import type { Root } from 'nlcst';
import type { HelderConfig, PresetName } from '../types.js';
import { report } from '../report.js';
import { ruleDefs, presetDefs } from './embedded.js';
import { ruleSetFor, runRuleSet, type RuleSet } from './compile.js';
import type { RuleDef } from './types.js';

export interface RulesOptions {
  preset?: PresetName;
  config?: HelderConfig;
  /** A rule set compiled by `createRuleSet` (tests, tools); replaces preset + config. */
  ruleSet?: RuleSet;
}

/** The compiled rule set of the embedded rules for a preset and config. */
export function createRuleSet(options: { preset?: PresetName | string; config?: HelderConfig; rules?: RuleDef[] } = {}): RuleSet {
  const preset = options.preset ?? options.config?.preset ?? 'b1';
  return ruleSetFor(options.rules ?? ruleDefs, presetDefs, preset, options.config);
}

export const helderRules: Plugin<[RulesOptions?], Root> = function (options = {}) {
  const set = options.ruleSet ?? createRuleSet({ preset: options.preset, config: options.config });
  return (_tree, file) => {
    const doc = file.data.helder?.doc;
    const measures = file.data.helder?.measures;
    if (!doc || !measures) throw new Error('helderRules: run helderDutch and helderMeasures first');
    runRuleSet(set, doc, measures, (rule, finding, meta) => {
      report(file, meta ?? rule.meta, finding);
    });
  };
};

export { compileRules, compileRuleSet, runRuleSet, ruleFromFile, type RuleSet } from './compile.js';
export { compilePattern, matchAt, type CompiledPattern } from './pattern.js';
export { formsOf, inflectInto } from './inflect.js';
export { validateRule, bracketProblem } from './validate.js';
export { RuleError, type RuleDef, type PresetDef, type ActiveRule } from './types.js';
export { ruleDefs, presetDefs } from './embedded.js';
export { runRules, type RunRulesOptions } from './run.js';
