// Run a given list of rule definitions over a text, outside the cached check() path:
// for rule-example tests, the rule README and tools that lint rule files.

import { unified, retextDutch, VFile } from '../vendor.js';
import { helderPrepare, helderDutch } from '../parse/index.js';
import { helderMeasures } from '../measures/index.js';
import { toMessages } from '../report.js';
import type { HelderConfig, InputFormat, Message, PresetName } from '../types.js';
import { helderRules, createRuleSet } from './index.js';
import type { RuleDef } from './types.js';

export interface RunRulesOptions {
  preset?: PresetName;
  format?: InputFormat;
  config?: HelderConfig;
}

/** Messages of exactly these rules (after preset and config) for one text. */
export function runRules(text: string, rules: RuleDef[], options: RunRulesOptions = {}): Message[] {
  const ruleSet = createRuleSet({ rules, preset: options.preset ?? 'b1', config: options.config });
  const processor = unified()
    .use(retextDutch)
    .use(helderPrepare, { format: options.format ?? 'text' })
    .use(helderDutch)
    .use(helderMeasures)
    .use(helderRules, { ruleSet });
  const file = new VFile({ value: text });
  processor.runSync(processor.parse(file), file);
  return toMessages(file, text);
}
