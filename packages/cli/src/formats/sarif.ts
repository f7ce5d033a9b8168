// SARIF 2.1.0 for code scanning. Rule metadata comes from the rule catalog when core
// exports one, else from the messages themselves (they carry explanation, source and url).

import type { Message, Severity } from '@helder/core';
import { fingerprints } from '../fingerprint.js';
import { lineColumn } from './position.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', suggestion: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: Record<string, unknown>;
}

function ruleFrom(m: Message): SarifRule {
  const rule: SarifRule = {
    id: m.ruleId,
    name: m.ruleId,
    shortDescription: { text: m.explanation || m.ruleId },
    fullDescription: { text: m.explanation || m.message },
    help: { text: `${m.explanation}${m.source ? `\nBron: ${m.source}` : ''}`.trim() || m.ruleId },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { category: m.category, source: m.source },
  };
  if (/^https?:\/\//.test(m.url)) rule.helpUri = m.url;
  return rule;
}

export const sarif: Formatter = (results, ctx) => {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  for (const meta of ctx.catalog ?? []) {
    index.set(meta.id, rules.length);
    const rule: SarifRule = {
      id: meta.id,
      name: meta.id,
      shortDescription: { text: meta.message || meta.id },
      fullDescription: { text: meta.explanation || meta.message || meta.id },
      help: { text: `${meta.explanation ?? ''}${meta.source ? `\nBron: ${meta.source}` : ''}`.trim() || meta.id },
      defaultConfiguration: { level: LEVEL[meta.severity] ?? 'warning' },
      properties: { category: meta.category, source: meta.source },
    };
    if (meta.url && /^https?:\/\//.test(meta.url)) rule.helpUri = meta.url;
    rules.push(rule);
  }
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const r of results) {
    if (r.error) {
      notifications.push({
        level: 'error',
        message: { text: `${r.path}: ${r.error.message}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(r.path) } } }],
      });
      continue;
    }
    if (!r.report || r.text === undefined) continue;
    const fps = fingerprints(r.report, r.text);
    r.report.messages.forEach((m, i) => {
      if (!index.has(m.ruleId)) {
        index.set(m.ruleId, rules.length);
        rules.push(ruleFrom(m));
      }
      const end = lineColumn(r.text!, m.end);
      const suggestion = m.expected.length ? ` Suggestie: ${m.expected.slice(0, 3).join(' / ')}.` : '';
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message + suggestion },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(r.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: m.line, startColumn: m.column, endLine: end.line, endColumn: end.column },
            },
          },
        ],
        partialFingerprints: { 'helderFinding/v1': fps[i] },
      });
    });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Helder',
            version: ctx.version,
            semanticVersion: ctx.version,
            language: 'nl',
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
