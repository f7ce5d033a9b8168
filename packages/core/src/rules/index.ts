// Rules step: run the compiled rule set over the LetterDoc. Every finding goes through
// report() (report.ts). The rule set is compiled once per preset + config and cached.

import type { Plugin } from 'unified';
import type { Root } from 'nlcst';
import type { HelderConfig, PresetName } from '../types.js';
import { makeMessage, report } from '../report.js';
import type { Message } from '../types.js';

declare module 'vfile' {
  interface DataMap {
    /** When set (check() does), helderRules adds plain messages here instead of vfile messages. */
    helderMessages: Message[];
  }
}
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
    // check() asks for plain messages (file.data.helderMessages); other unified users
    // get vfile messages. Both come from report.ts.
    const collect = file.data.helderMessages;
    if (collect) {
      runRuleSet(set, doc, measures, (rule, finding, meta) => {
        collect.push(makeMessage(doc.text, meta ?? rule.meta, finding));
      });
      return;
    }
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
