// The CI gates: --fail-on, --min-grade, --max-level, --max-warnings.

import type { Severity } from '@helder/core';
import type { FileResult } from './runner.js';

export const RANK: Record<Severity, number> = { suggestion: 1, warning: 2, error: 3 };

export interface Gates {
  failOn: Severity;
  minGrade?: number;
  maxLevel?: number;
  maxWarnings?: number;
}

/** Dutch reasons the gate failed; empty when it passed. */
export function evaluateGates(results: FileResult[], gates: Gates): string[] {
  const reasons: string[] = [];
  let failing = 0;
  let warnings = 0;
  const lowGrade: string[] = [];
  const highLevel: string[] = [];
  for (const r of results) {
    if (!r.report) continue;
    for (const m of r.report.messages) {
      if (RANK[m.severity] >= RANK[gates.failOn]) failing++;
      if (m.severity === 'warning') warnings++;
    }
    if (gates.minGrade !== undefined && r.report.grade.value < gates.minGrade) lowGrade.push(r.path);
    if (gates.maxLevel !== undefined && r.report.readability.level > gates.maxLevel) highLevel.push(r.path);
  }
  const name = { error: 'fout', warning: 'waarschuwing', suggestion: 'suggestie' }[gates.failOn];
  if (failing) reasons.push(`${failing} bevinding(en) van niveau '${name}' of zwaarder (--fail-on ${gates.failOn})`);
  if (gates.maxWarnings !== undefined && warnings > gates.maxWarnings) {
    reasons.push(`${warnings} waarschuwingen, meer dan --max-warnings ${gates.maxWarnings}`);
  }
  if (lowGrade.length) reasons.push(`${lowGrade.length} bestand(en) met een rapportcijfer onder ${gates.minGrade} (--min-grade)`);
  if (highLevel.length) reasons.push(`${highLevel.length} bestand(en) boven LiNT-niveau ${gates.maxLevel} (--max-level)`);
  return reasons;
}
