// The examples of every `check` rule in rules/toon and rules/structuur, run straight
// against its detector (the engine's example test runs them through check(); this one
// pins the detectors themselves, so a detector change that breaks a rule's documented
// behaviour fails here with the detector's name).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseLetter } from '../packages/core/src/parse/index.js';
import { letterChecks } from '../packages/core/src/checks/index.js';

interface CheckRule {
  kind: string;
  check: string;
  options?: Record<string, unknown>;
  examples: { invalid: string[]; valid: string[] };
}

function unbracket(example: string): { text: string; spans: string[] } {
  let text = '';
  let last = 0;
  const spans: string[] = [];
  for (const m of example.matchAll(/\[([^\]]*)\]/g)) {
    text += example.slice(last, m.index) + m[1];
    spans.push(m[1]!);
    last = m.index! + m[0].length;
  }
  return { text: text + example.slice(last), spans };
}

const rulesDir = new URL('../rules/', import.meta.url);
const rules: Array<[string, CheckRule]> = [];
for (const category of ['toon', 'structuur']) {
  for (const file of readdirSync(new URL(`${category}/`, rulesDir))) {
    if (!file.endsWith('.yml')) continue;
    const rule = parse(readFileSync(new URL(`${category}/${file}`, rulesDir), 'utf8')) as CheckRule;
    if (rule.kind === 'check') rules.push([`${category}/${file.replace(/\.yml$/, '')}`, rule]);
  }
}

function run(rule: CheckRule, text: string): string[] {
  const doc = parseLetter(text);
  const detector = letterChecks[rule.check];
  if (!detector) throw new Error(`no detector '${rule.check}'`);
  return detector({ doc, measures: { sentences: [] }, options: rule.options ?? {} }).map((f) => text.slice(f.start, f.end));
}

describe('check rules: examples against their detectors', () => {
  it('finds the check rules', () => {
    expect(rules.length).toBeGreaterThanOrEqual(14);
  });
  for (const [id, rule] of rules) {
    describe(id, () => {
      it('names a registered detector', () => {
        expect(Object.keys(letterChecks)).toContain(rule.check);
      });
      rule.examples.invalid.forEach((example, i) => {
        it(`invalid #${i + 1}`, () => {
          const { text, spans } = unbracket(example);
          expect(run(rule, text)).toEqual(spans);
        });
      });
      rule.examples.valid.forEach((example, i) => {
        it(`valid #${i + 1}`, () => {
          expect(run(rule, example)).toEqual([]);
        });
      });
    });
  }
});
