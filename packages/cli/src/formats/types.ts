import type { Severity } from '@helder/core';
import type { FileResult } from '../runner.js';
import type { RuleInfo } from '../rules.js';

export interface FormatContext {
  version: string;
  failOn: Severity;
  /** Findings hidden by the baseline. */
  suppressed: number;
  /** Why the gate failed (Dutch), empty if it passed. */
  gateReasons: string[];
  color: boolean;
  /** Rule metadata (loaded for sarif only). */
  catalog?: RuleInfo[];
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
