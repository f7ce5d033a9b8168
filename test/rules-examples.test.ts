// Every example of every rule file is a test (remark-lint / ESLint RuleTester style):
// an invalid example yields exactly its [bracketed] spans for that rule, a valid one
// yields nothing for that rule. Rule files are discovered from rules/**/*.yml and
// compiled here with the same validator as the build, so a stale build cannot hide a
// broken file.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileRules, runRules, type RuleDef } from '@helder/core';

const root = join(import.meta.dirname, '..', 'rules');
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.yml') && !f.startsWith('presets'))
  .sort();

/** Text without brackets and the bracketed spans as [start, end] in that text. */
export function unbracket(example: string): { text: string; spans: Array<[number, number]> } {
  let text = '';
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (const ch of example) {
    if (ch === '[') open = text.length;
    else if (ch === ']') {
      spans.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

describe('rule files', () => {
  it('are discovered', () => {
    expect(files.length).toBeGreaterThan(10);
  });
});

for (const file of files) {
  const [category, name] = file.split(sep) as [string, string];
  const id = name.replace(/\.yml$/, '');
  describe(`rules/${category}/${name}`, () => {
    let def: RuleDef | undefined;
    let problem = '';
    try {
      const raw = parse(readFileSync(join(root, file), 'utf8'));
      def = compileRules([{ ...raw, id, category }], [`rules/${category}/${name}`])[0];
    } catch (err) {
      problem = (err as Error).message;
    }
    it('is a valid rule file', () => {
      expect(problem).toBe('');
    });
    if (!def) return;
    // Preset b1's options apply; a rule that b1 switches off (a streng-only rule) still runs.
    const options = { preset: 'b1' as const, config: { rules: { [id]: def.severity } } };
    for (const example of def.examples.invalid) {
      it(`reports: ${example.slice(0, 90)}`, () => {
        const { text, spans } = unbracket(example);
        const got = runRules(text, [def!], options)
          .filter((m) => m.ruleId === id)
          .map((m) => text.slice(m.start, m.end));
        expect(got).toEqual(spans.map(([s, e]) => text.slice(s, e)));
      });
    }
    for (const example of def.examples.valid) {
      it(`accepts: ${example.slice(0, 90)}`, () => {
        const got = runRules(example, [def!], options)
          .filter((m) => m.ruleId === id)
          .map((m) => example.slice(m.start, m.end));
        expect(got).toEqual([]);
      });
    }
  });
}
