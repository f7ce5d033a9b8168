// The baseline: today's findings, recorded so that only new findings fail the gate.

import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';
import { fingerprints } from './fingerprint.js';
import type { FileResult } from './runner.js';

export interface BaselineFile {
  version: 1;
  /** path -> fingerprints */
  files: Record<string, string[]>;
}

export function makeBaseline(results: FileResult[]): BaselineFile {
  const files: Record<string, string[]> = {};
  for (const r of results) {
    if (r.report && r.text !== undefined && r.report.messages.length) files[r.path] = fingerprints(r.report, r.text).sort();
  }
  return { version: 1, files };
}

export function readBaseline(file: string): BaselineFile {
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as BaselineFile;
  } catch {
    throw new UsageError(`baseline '${file}' bestaat niet of is geen geldige JSON (maak er een met: helder baseline)`);
  }
  if (!data || data.version !== 1 || typeof data.files !== 'object') {
    throw new UsageError(`baseline '${file}' heeft een onbekend formaat`);
  }
  return data;
}

/** Removes findings recorded in the baseline; returns how many were removed. */
export function applyBaseline(results: FileResult[], baseline: BaselineFile): number {
  let suppressed = 0;
  for (const r of results) {
    if (!r.report || r.text === undefined) continue;
    const known = new Set(baseline.files[r.path] ?? []);
    if (known.size === 0) continue;
    const fps = fingerprints(r.report, r.text);
    const keep = r.report.messages.filter((_, i) => !known.has(fps[i]!));
    suppressed += r.report.messages.length - keep.length;
    r.report = { ...r.report, messages: keep };
  }
  return suppressed;
}
