// Fingerprints identify a finding across edits: rule id + the reported words + the
// normalized sentence around them, plus an occurrence index for identical ones. Line
// numbers are left out on purpose, so moving unrelated lines changes nothing.

import { createHash } from 'node:crypto';
import type { Message, Report } from '@helder/core';

function sentenceOf(report: Report, text: string, m: Message): string {
  const s = report.sentences.find((x) => x.start <= m.start && m.start < x.end);
  const raw = s ? text.slice(s.start, s.end) : m.actual;
  return raw.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One fingerprint per message, in message order. */
export function fingerprints(report: Report, text: string): string[] {
  const seen = new Map<string, number>();
  return report.messages.map((m) => {
    const hash = createHash('sha256')
      .update(`${m.ruleId}\0${m.actual.toLowerCase()}\0${sentenceOf(report, text, m)}`)
      .digest('hex')
      .slice(0, 24);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return `${hash}:${n}`;
  });
}
