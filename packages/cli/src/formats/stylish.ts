// For people: findings grouped per file with grade, then a summary.

import { paragraphIndexAt } from '@helder/docx/position';
import type { Severity } from '@helder/core';
import type { Formatter } from './types.js';

export const SEVERITY_NL: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', suggestion: 'suggestie' };

function grade(value: number): string {
  return value.toFixed(1).replace('.', ',');
}

/** For a .docx: paragraph number and column inside it (line numbers of the extracted text mean little in Word). */
function docxPosition(paragraphs: Array<{ start: number; end: number }>, offset: number): string {
  const lo = paragraphIndexAt(paragraphs, offset);
  const p = paragraphs[lo];
  return p ? `¶${lo + 1}:${offset - p.start + 1}` : `${offset}`;
}

export const stylish: Formatter = (results, ctx) => {
  const c = (code: string, s: string) => (ctx.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', suggestion: '36' };
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  let checked = 0;
  for (const r of results) {
    if (!r.report) continue;
    checked++;
    const rep = r.report;
    lines.push(c('4', r.path) + c('2', `  rapportcijfer ${grade(rep.grade.value)} · LiNT-niveau ${rep.readability.level} · ${rep.stats.words} woorden`));
    for (const m of rep.messages) {
      counts[m.severity]++;
      const pos = (r.paragraphs?.length ? docxPosition(r.paragraphs, m.start) : `${m.line}:${m.column}`).padEnd(8);
      const sev = c(sevColor[m.severity], SEVERITY_NL[m.severity].padEnd(13));
      const suggestion = m.expected.length ? c('32', ` → ${m.expected.slice(0, 3).join(' / ')}`) : '';
      lines.push(`  ${pos}${sev}${m.message}${suggestion}  ${c('2', m.ruleId)}`);
    }
    if (rep.truncated) lines.push(c('2', '  (meer bevindingen weggelaten: limiet bereikt)'));
    if (rep.messages.length === 0) lines.push(c('32', '  geen bevindingen'));
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.suggestion;
  const parts = [`${counts.error} fout(en)`, `${counts.warning} waarschuwing(en)`, `${counts.suggestion} suggestie(s)`];
  const failed = results.length - checked;
  let summary = `${total} bevinding(en) (${parts.join(', ')}) in ${checked} bestand(en)`;
  if (failed) summary += `; ${failed} bestand(en) niet gelezen`;
  if (ctx.suppressed) summary += `; ${ctx.suppressed} bekend uit de baseline`;
  lines.push(ctx.gateReasons.length || failed ? c('31', `✖ ${summary}`) : c('32', `✔ ${summary}`));
  for (const reason of ctx.gateReasons) lines.push(c('31', `  gate niet gehaald: ${reason}`));
  return lines.join('\n') + '\n';
};
