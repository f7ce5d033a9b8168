// GitHub Actions workflow commands. Escaping follows @actions/core: in the message %, CR and
// LF are encoded; in properties also ':' and ','.

import type { Severity } from '@helder/core';
import { lineColumn } from './position.js';
import type { Formatter } from './types.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'notice' };

export const github: Formatter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    if (r.error) {
      out.push(`::error file=${escapeProperty(r.path)},title=${escapeProperty('helder: bestand niet gelezen')}::${escapeData(r.error.message)}`);
      continue;
    }
    if (!r.report) continue;
    for (const m of r.report.messages) {
      const end = r.text !== undefined ? lineColumn(r.text, m.end) : { line: m.line, column: m.column };
      const props = [`file=${escapeProperty(r.path)}`, `line=${m.line}`, `col=${m.column}`];
      if (end.line === m.line) props.push(`endColumn=${end.column}`);
      else props.push(`endLine=${end.line}`);
      props.push(`title=${escapeProperty(`helder ${m.ruleId}`)}`);
      const suggestion = m.expected.length ? ` Suggestie: ${m.expected.slice(0, 3).join(' / ')}.` : '';
      out.push(`::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message + suggestion)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};
