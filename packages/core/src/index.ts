export { check, createProcessor } from './check.js';
export { rewrite, type RewriteResult, type Edit } from './rewrite.js';
export { helderPrepare, helderDutch, parseLetter, prepare as prepareProse, findDirectives, type PrepareOptions } from './parse/index.js';
export { helderMeasures } from './measures/index.js';
export {
  helderRules,
  createRuleSet,
  compileRules,
  ruleFromFile,
  compilePattern,
  runRules,
  validateRule,
  formsOf,
  inflectInto,
  ruleDefs,
  presetDefs,
  RuleError,
  type RuleDef,
  type PresetDef,
  type RuleSet,
  type RulesOptions,
  type RunRulesOptions,
} from './rules/index.js';
export { report, toMessages, type RuleMeta, type Finding } from './report.js';
export type * from './types.js';
export type * from './doc.js';
