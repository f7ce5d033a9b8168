// Rules step: run the compiled rule set over the LetterDoc.
// NOTE: first cut; the rule engine work (issue 3) replaces the internals.

import type { Plugin } from 'unified';
import type { Root } from 'nlcst';
import type { HelderConfig, PresetName } from '../types.js';

export interface RulesOptions {
  preset?: PresetName;
  config?: HelderConfig;
}

export const helderRules: Plugin<[RulesOptions?], Root> = function () {
  return () => {};
};
