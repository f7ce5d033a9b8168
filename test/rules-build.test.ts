// scripts/build-rules.mjs --check: a municipality's own rule folder is validated with the
// same schema and engine checks as rules/, and every problem names the file and the fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleFromFile, compileRules } from '@helder/core';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'helder-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = `kind: pattern
severity: warning
message: "Schrijf 'wij' in plaats van '{actual}'."
explanation: "Persoonlijker."
source: "Eigen schrijfwijzer"
url: "https://example.org/wij"
patterns: ["het college"]
examples:
  invalid: ["[Het college] besluit."]
  valid: ["Wij besluiten."]
`;

function run(files: Record<string, string>) {
  const at = mkdtempSync(join(dir, 'set-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(at, name, '..'), { recursive: true });
    writeFileSync(join(at, name), text);
  }
  const r = spawnSync(process.execPath, ['scripts/build-rules.mjs', '--check', at], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('build-rules --check', () => {
  it('accepts a valid rule folder', () => {
    const r = run({ 'toon/college.yml': good });
    expect(r.out).toContain('1 regel(s) in orde');
    expect(r.status).toBe(0);
  });

  it('names the file and says what to fix', () => {
    const r = run({
      'toon/college.yml': good.replace('severity: warning', 'sevrity: warning'),
      'zinnen/traag.yml': good.replace('["het college"]', '["wordt *{0,99} ge*d"]'),
      'overig/los.yml': good,
    });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/toon\/college\.yml: onbekend veld 'sevrity'/);
    expect(r.out).toMatch(/toon\/college\.yml: veld 'severity' ontbreekt/);
    expect(r.out).toMatch(/zinnen\/traag\.yml: patroon "wordt \*\{0,99\} ge\*d": herhaling tot 99/);
    expect(r.out).toMatch(/overig\/los\.yml: een regelbestand hoort in rules\/<categorie>\/<id>\.yml/);
  });
});

describe('ruleFromFile', () => {
  it('takes id and category from the path and keeps the file for messages', () => {
    const obj = ruleFromFile('gemeente/regels/toon/college.yml', { kind: 'pattern' });
    expect(obj).toMatchObject({ id: 'college', category: 'toon', file: 'gemeente/regels/toon/college.yml' });
    expect(() => compileRules([obj])).toThrow(/gemeente\/regels\/toon\/college\.yml/);
  });
});
