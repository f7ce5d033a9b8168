// JUnit XML for CI dashboards: one test suite per file, one test case per finding.
// Findings at or above --fail-on are failures; lighter ones pass with the text as output.

import { RANK } from '../gates.js';
import type { Formatter } from './types.js';

function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const junit: Formatter = (results, ctx) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of results) {
    const name = esc(r.path);
    if (r.error) {
      tests++;
      errors++;
      suites.push(`  <testsuite name="${name}" tests="1" failures="0" errors="1">\n    <testcase classname="${name}" name="lezen"><error type="${esc(r.error.code)}" message="${esc(r.error.message)}"/></testcase>\n  </testsuite>`);
      continue;
    }
    if (!r.report) continue;
    const cases: string[] = [];
    let fails = 0;
    for (const m of r.report.messages) {
      const title = esc(`${m.ruleId} ${m.line}:${m.column}`);
      const body = esc(`${m.message}${m.expected.length ? ` Suggestie: ${m.expected.join(' / ')}.` : ''}`);
      if (RANK[m.severity] >= RANK[ctx.failOn]) {
        fails++;
        cases.push(`    <testcase classname="${name}" name="${title}"><failure type="${m.severity}" message="${esc(m.message)}">${body}</failure></testcase>`);
      } else {
        cases.push(`    <testcase classname="${name}" name="${title}"><system-out>${m.severity}: ${body}</system-out></testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="geen bevindingen"/>`);
    tests += cases.length;
    failures += fails;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${fails}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="helder" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
};
