// The rule catalog for `helder rules`, `helder explain` and SARIF metadata. Core embeds the
// compiled rule files as `ruleDefs`; read it through the namespace so the CLI keeps working
// (with metadata from messages only) against a core that does not export it.

import type { Category, Severity } from '@helder/core';

// Loaded on demand: `helder check` over a worker pool never needs core in the main thread.
const loadCore = () => import('@helder/core');

export interface RuleInfo {
  id: string;
  category: Category;
  kind: string;
  severity: Severity;
  message: string;
  explanation: string;
  source: string;
  url: string;
  examples?: { invalid?: string[]; valid?: string[] };
  words?: Array<{ word: string; alternatives?: string[] }>;
}

export async function ruleCatalog(): Promise<RuleInfo[]> {
  const core = await loadCore();
  const defs = (core as unknown as { ruleDefs?: readonly RuleInfo[] }).ruleDefs;
  return Array.isArray(defs) ? [...defs].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id)) : [];
}

/** Severity of each rule in a preset, when core exports the presets. */
export async function presetSeverity(preset: string): Promise<Map<string, string>> {
  const core = await loadCore();
  const presets = (core as unknown as { presetDefs?: ReadonlyArray<{ name: string; extends?: string; rules?: Record<string, unknown> }> }).presetDefs;
  const out = new Map<string, string>();
  if (!Array.isArray(presets)) return out;
  const chain: string[] = [];
  let p = presets.find((x) => x.name === preset);
  while (p && !chain.includes(p.name)) {
    chain.unshift(p.name);
    p = p.extends ? presets.find((x) => x.name === p!.extends) : undefined;
  }
  for (const name of chain) {
    const rules = presets.find((x) => x.name === name)?.rules ?? {};
    for (const [id, setting] of Object.entries(rules)) {
      const sev = typeof setting === 'string' ? setting : (setting as { severity?: string })?.severity;
      if (sev) out.set(id, sev);
    }
  }
  return out;
}
