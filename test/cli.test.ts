import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, rewrite } from '@helder/core';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'packages/cli/dist/cli.js');
const LETTERS = join(root, 'test/fixtures/cli/letters');
const HOSTILE = join(root, 'test/fixtures/docx/hostile');
const DOCX = join(root, 'test/fixtures/docx/brief-libreoffice.docx');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function helder(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const RANK = { suggestion: 1, warning: 2, error: 3 } as const;
type Sev = keyof typeof RANK;
const AMBTELIJK = readFileSync(join(LETTERS, 'aanvraag.txt'), 'utf8');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'helder-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function dir(name: string, files: Record<string, string | Buffer>): string {
  const base = join(tmp, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(base, file)), { recursive: true });
    writeFileSync(join(base, file), content);
  }
  return base;
}

describe('helder check: exit codes and gates', { timeout: 180_000 }, () => {
  it('exits 1 exactly when a finding reaches --fail-on, else 0', () => {
    const json = JSON.parse(helder(['check', LETTERS, '-f', 'json']).stdout) as Array<{ messages: Array<{ severity: Sev }> }>;
    const all = json.flatMap((r) => r.messages);
    expect(all.length).toBeGreaterThan(0);
    for (const failOn of ['error', 'warning', 'suggestion'] as const) {
      const expected = all.some((m) => RANK[m.severity] >= RANK[failOn]) ? 1 : 0;
      expect(helder(['check', LETTERS, '--fail-on', failOn, '-q']).status, failOn).toBe(expected);
    }
  });

  it('--max-warnings, --min-grade and --max-level gate on the report', () => {
    const reports = JSON.parse(helder(['check', LETTERS, '-f', 'json']).stdout) as Array<{
      messages: Array<{ severity: Sev }>;
      grade: { value: number };
      readability: { level: number };
    }>;
    const warnings = reports.flatMap((r) => r.messages).filter((m) => m.severity === 'warning').length;
    expect(helder(['check', LETTERS, '--max-warnings', String(warnings), '--fail-on', 'suggestion']).status).not.toBe(2);
    expect(helder(['check', LETTERS, '--max-warnings', String(warnings - 1)]).stdout).toMatch(/max-warnings/);
    const minGrade = Math.min(...reports.map((r) => r.grade.value));
    expect(helder(['check', LETTERS, '--min-grade', String(Math.floor(minGrade) + 1)]).status).toBe(1);
    const maxLevel = Math.max(...reports.map((r) => r.readability.level));
    if (maxLevel > 1) expect(helder(['check', LETTERS, '--max-level', String(maxLevel - 1)]).stdout).toMatch(/max-level/);
    const clean = JSON.parse(helder(['check', join(LETTERS, 'uitnodiging.md'), '-f', 'json']).stdout)[0] as { messages: Array<{ severity: Sev }> };
    expect(helder(['check', join(LETTERS, 'uitnodiging.md'), '--fail-on', 'error']).status).toBe(clean.messages.some((m) => m.severity === 'error') ? 1 : 0);
  });

  it('exits 2 for a missing file but still checks the others', () => {
    const r = helder(['check', 'bestaat-niet.txt', join(LETTERS, 'uitnodiging.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'bestaat-niet.txt' bestaat niet");
    expect(r.stdout).toContain('uitnodiging.md');
  });

  it('exits 2 with a clear message for usage errors', () => {
    expect(helder(['check']).status).toBe(2);
    const bad = helder(['check', LETTERS, '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format kent 'xml' niet/);
    expect(helder(['check', LETTERS, '--min-grade', 'tien']).stderr).toMatch(/--min-grade/);
    expect(helder(['check', LETTERS, '--bogus']).stderr).toMatch(/onbekende optie/);
  });

  it('exits 2 for a directory without letters', () => {
    const empty = dir('geen-brieven', { 'foto.png': 'x', 'data.csv': 'a,b' });
    const r = helder(['check', empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/geen brieven gevonden/);
  });

  it('reports invalid UTF-8, a 20 MB text and binary data per file, and checks the rest', () => {
    const d = dir('slecht', {
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x0a]),
      'groot.txt': Buffer.alloc(20 * 1024 * 1024, 'a'),
      'goed.txt': 'Wij bellen u morgen.\n',
    });
    const r = helder(['check', d, '-f', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/latin1\.txt: .*UTF-8/);
    expect(r.stderr).toMatch(/groot\.txt: .*20 MB/);
    const checked = (JSON.parse(r.stdout) as Array<{ path: string }>).map((x) => x.path);
    expect(checked.some((p) => p.endsWith('goed.txt'))).toBe(true);
  });

  it('refuses every hostile .docx with exit 2 and a message naming the file, and checks the rest', () => {
    const names = readdirSync(HOSTILE);
    const report = join(tmp, 'rapport-hostile.json');
    const r = helder(['check', HOSTILE, join(LETTERS, 'uitnodiging.md'), '-f', 'json', '-o', report]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    for (const name of names) {
      expect(lines.find((l) => l.includes(name)), name).toMatch(/: .*(Word-bestand|\.docx)/);
    }
    expect((JSON.parse(readFileSync(report, 'utf8')) as Array<{ path: string }>).map((x) => x.path)).toEqual(['test/fixtures/cli/letters/uitnodiging.md']);
    // One file alone: exit 2 too.
    expect(helder(['check', join(HOSTILE, 'password.docx')]).status).toBe(2);
  });
});

describe('helder check: inputs and config', { timeout: 180_000 }, () => {
  it('reads stdin with --stdin-filename and the kind it implies', () => {
    const r = helder(['check', '-', '--stdin-filename', 'brief.md', '-f', 'json'], { input: '# Kop\n\nIndien u vragen heeft, belt u ons.\n' });
    const [report] = JSON.parse(r.stdout) as Array<{ path: string; format: string; messages: unknown[] }>;
    expect(report!.path).toBe('brief.md');
    expect(report!.format).toBe('markdown');
  });

  it('works on Django/Jinja templates without configuration: placeholders are never reported', () => {
    const [report] = JSON.parse(helder(['check', join(LETTERS, 'sub/herinnering.html.j2'), '-f', 'json']).stdout) as Array<{ messages: Array<{ actual: string }> }>;
    expect(report!.messages.length).toBeGreaterThan(0);
    for (const m of report!.messages) expect(m.actual).not.toMatch(/[{}%]/);
  });

  it('follows .gitignore, .helderignore and the config ignore list', () => {
    const d = dir('ignores', {
      '.gitignore': 'concept/\n',
      '.helderignore': 'oud-*.txt\n',
      'helder.config.json': JSON.stringify({ ignore: ['archief/**'] }),
      'brief.txt': 'Wij bellen u.\n',
      'oud-brief.txt': 'Wij bellen u.\n',
      'concept/brief.txt': 'Wij bellen u.\n',
      'archief/brief.txt': 'Wij bellen u.\n',
    });
    const paths = (JSON.parse(helder(['check', '.', '-f', 'json'], { cwd: d }).stdout) as Array<{ path: string }>).map((r) => r.path);
    expect(paths).toEqual(['brief.txt']);
  });

  it('finds helder.config.json upward from the file, or uses --config; --print-config shows it', () => {
    const d = dir('config', {
      'helder.config.json': JSON.stringify({ rules: { 'ouderwets-woord': 'off', 'ambtelijk-woord': 'off' } }),
      'brieven/a.txt': AMBTELIJK,
    });
    const file = join(d, 'brieven/a.txt');
    const ids = (args: string[]) => {
      const r = helder(['check', ...args, '-f', 'json']);
      const reports = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
      expect(reports, r.stderr).toHaveLength(1);
      return reports[0]!.messages.map((m) => m.ruleId);
    };
    expect(ids([join(LETTERS, 'aanvraag.txt')])).toContain('ouderwets-woord');
    expect(ids([file])).not.toContain('ouderwets-woord');
    writeFileSync(join(tmp, 'leeg.json'), '{}');
    expect(ids([file, '--config', join(tmp, 'leeg.json')])).toContain('ouderwets-woord');
    const shown = JSON.parse(helder(['check', '--print-config', file]).stdout) as { file: string; rules: Record<string, string> };
    expect(shown.file).toMatch(/helder\.config\.json$/);
    expect(shown.rules['ouderwets-woord']).toBe('off');
    writeFileSync(join(tmp, 'kapot.json'), '{ preset: ');
    const broken = helder(['check', file, '--config', join(tmp, 'kapot.json')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/kapot\.json: geen geldige JSON/);
  });
});

describe('own rules of a municipality', { timeout: 180_000 }, () => {
  const rule = [
    'kind: words',
    'severity: warning',
    "message: \"Schrijf {expected} in plaats van '{actual}'.\"",
    'explanation: "Wij spreken onze inwoners aan als inwoner."',
    'source: "Schrijfwijzer gemeente Voorbeeld"',
    'url: "https://example.org/schrijfwijzer"',
    'words:',
    '  - word: burger',
    '    alternatives: [inwoner]',
    'examples:',
    '  invalid:',
    '    - "Elke [burger] krijgt een brief."',
    '  valid:',
    '    - "Elke inwoner krijgt een brief."',
  ].join('\n');

  it('reads YAML rule files named in extraRules and reports with them', () => {
    const d = dir('eigen-regels', {
      'helder.config.json': JSON.stringify({ extraRules: ['regels/'] }),
      'regels/woorden/burger.yml': rule,
      'brief.txt': 'Elke burger krijgt een brief van ons.\n',
    });
    const [report] = JSON.parse(helder(['check', 'brief.txt', '-f', 'json'], { cwd: d }).stdout) as Array<{ messages: Array<{ ruleId: string; actual: string; expected: string[] }> }>;
    expect(report!.messages).toContainEqual(expect.objectContaining({ ruleId: 'burger', actual: 'burger', expected: ['inwoner'] }));
  });

  it('a broken rule file is a usage error naming the file', () => {
    const d = dir('kapotte-regels', {
      'helder.config.json': JSON.stringify({ extraRules: ['regels/'] }),
      'regels/woorden/fout.yml': 'kind: words\nseverity: heel-erg\n',
      'regels/woorden/stuk.yml': 'a: [\n',
      'brief.txt': 'Elke burger krijgt een brief van ons.\n',
    });
    const r = helder(['check', 'brief.txt'], { cwd: d });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fout\.yml|stuk\.yml/);
  });
});

describe('helder check: formats', { timeout: 180_000 }, () => {
  it('json is an array of { path, ...Report }', () => {
    const out = JSON.parse(helder(['check', LETTERS, '-f', 'json']).stdout) as Array<{ path: string; version: number; grade: unknown }>;
    expect(out.map((r) => r.path)).toEqual([
      'test/fixtures/cli/letters/aanvraag.txt',
      'test/fixtures/cli/letters/sub/herinnering.html.j2',
      'test/fixtures/cli/letters/uitnodiging.md',
    ]);
    for (const r of out) {
      expect(r.version).toBe(1);
      expect(r.grade).toBeDefined();
    }
  });

  it('sarif validates against the official SARIF 2.1.0 schema (from npm) and carries rule metadata', () => {
    const require = createRequire(join(root, 'packages/cli/package.json'));
    const pkg = require.resolve('@microsoft/jest-sarif/package.json');
    const schema = JSON.parse(readFileSync(join(dirname(pkg), 'lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const AjvModule = require('ajv-draft-04');
    const Ajv = AjvModule.default ?? AjvModule;
    // The schema's language pattern is not valid with the u flag; formats added by hand.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///x/'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(schema);
    const log = JSON.parse(helder(['check', LETTERS, '-f', 'sarif']).stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const result of run.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
    expect(run.tool.driver.rules[0].fullDescription.text.length).toBeGreaterThan(10);
    // The validator is not a rubber stamp.
    run.results[0].level = 'fataal';
    expect(validate(log)).toBe(false);
  });

  it('github prints workflow commands GitHub parses, with escaped values', () => {
    const d = dir('gh', { 'a,b:c%.txt': 'Indien u vragen heeft, belt u ons.\n' });
    const lines = helder(['check', '.', '-f', 'github'], { cwd: d }).stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    // ::<command> key=value,...::message, with no raw ',' ':' '%' inside values or newlines in messages.
    const shape = /^::(error|warning|notice) (file=[^,:]+),line=\d+,col=\d+(,endLine=\d+|,endColumn=\d+)?,title=[^,:]+::[^\r\n]+$/;
    for (const line of lines) expect(line).toMatch(shape);
    expect(lines[0]).toContain('file=a%2Cb%3Ac%25.txt');
  });

  it('junit lists a failure per gating finding', () => {
    const out = helder(['check', LETTERS, '-f', 'junit', '--fail-on', 'warning']).stdout;
    const reports = JSON.parse(helder(['check', LETTERS, '-f', 'json']).stdout) as Array<{ messages: Array<{ severity: Sev }> }>;
    const gating = reports.flatMap((r) => r.messages).filter((m) => RANK[m.severity] >= 2).length;
    expect(out).toMatch(/^<\?xml/);
    expect(out.match(/<failure /g)?.length ?? 0).toBe(gating);
    expect(out).toMatch(new RegExp(`<testsuites name="helder" tests="\\d+" failures="${gating}"`));
  });

  it('stylish shows file, position, Dutch severity, message, suggestion, rule id, grade and summary', () => {
    const out = helder(['check', join(LETTERS, 'aanvraag.txt')]).stdout;
    expect(out).toMatch(/aanvraag\.txt\s+rapportcijfer \d+,\d/);
    expect(out).toMatch(/\n {2}3:\d+\s+(fout|waarschuwing|suggestie)\s+\S.*→ .*[a-z-]+\n/);
    expect(out).toMatch(/bevinding\(en\) .* in 1 bestand\(en\)/);
  });

  it('-o writes the report to a file', () => {
    const target = join(tmp, 'rapport.json');
    helder(['check', LETTERS, '-f', 'json', '-o', target]);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveLength(3);
  });
});

describe('cache', { timeout: 180_000 }, () => {
  it('--cache reuses reports of unchanged files and notices changes', () => {
    const d = dir('cache', { 'a.txt': AMBTELIJK, 'b.txt': 'Wij bellen u morgen.\n' });
    const run = () => helder(['check', '.', '--cache', '-f', 'json'], { cwd: d });
    const first = run();
    expect(existsSync(join(d, '.helder-cache/cli.json'))).toBe(true);
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    writeFileSync(join(d, 'b.txt'), 'Wij verzoeken u het formulier te retourneren teneinde te betalen.\n');
    const third = JSON.parse(run().stdout) as Array<{ path: string; messages: unknown[] }>;
    expect(third.find((r) => r.path === 'b.txt')!.messages.length).toBeGreaterThan(0);
  });
});

describe('baseline', { timeout: 180_000 }, () => {
  it('passes on known findings, even after unrelated lines move, and fails on new ones', () => {
    const d = dir('baseline', { 'brief.txt': AMBTELIJK });
    expect(helder(['check', 'brief.txt', '--fail-on', 'warning', '-q'], { cwd: d }).status).toBe(1);
    const made = helder(["baseline", "brief.txt"], { cwd: d });
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(d), made.stderr).toContain(".helder-baseline.json");
    expect(existsSync(join(d, '.helder-baseline.json'))).toBe(true);
    const gate = ['check', 'brief.txt', '--fail-on', 'warning', '--baseline', '.helder-baseline.json', '-f', 'json'];
    let r = helder(gate, { cwd: d });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
    // Unrelated lines above: positions move, fingerprints do not.
    writeFileSync(join(d, 'brief.txt'), `Kenmerk: 2024-123\nDatum: 1 maart\n\n${AMBTELIJK}`);
    expect(helder(gate, { cwd: d }).status).toBe(0);
    // A new finding fails the gate, and only it is reported.
    writeFileSync(join(d, 'brief.txt'), `${AMBTELIJK}\nWij zullen de kosten retourneren teneinde u te helpen.\n`);
    r = helder(gate, { cwd: d });
    expect(r.status).toBe(1);
    const fresh = JSON.parse(r.stdout)[0].messages as Array<{ line: number }>;
    expect(fresh.length).toBeGreaterThan(0);
    const newLine = readFileSync(join(d, 'brief.txt'), 'utf8').split('\n').findIndex((l) => l.startsWith('Wij zullen de kosten')) + 1;
    expect(fresh.map((m) => m.line)).toEqual(fresh.map(() => newLine));
  });
});

describe('helder fix', { timeout: 180_000 }, () => {
  it('--dry-run shows a diff and changes nothing; fix writes the safe rewrites in place', () => {
    const d = dir('fix', { 'brief.txt': AMBTELIJK });
    const file = join(d, 'brief.txt');
    const expected = rewrite(AMBTELIJK, check(AMBTELIJK)).text;
    expect(expected).not.toBe(AMBTELIJK);
    const dry = helder(['fix', 'brief.txt', '--dry-run'], { cwd: d });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^-.*\n\+.*/m);
    expect(readFileSync(file, 'utf8')).toBe(AMBTELIJK);
    expect(helder(['fix', 'brief.txt', '-o', 'nieuw.txt'], { cwd: d }).status).toBe(0);
    expect(readFileSync(join(d, 'nieuw.txt'), 'utf8')).toBe(expected);
    expect(readFileSync(file, 'utf8')).toBe(AMBTELIJK);
    expect(helder(['fix', 'brief.txt'], { cwd: d }).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('writes a new .docx with tracked changes and leaves the original alone', () => {
    const d = dir('fixdocx', {});
    cpSync(DOCX, join(d, 'brief.docx'));
    const before = readFileSync(join(d, 'brief.docx'));
    const r = helder(['fix', 'brief.docx'], { cwd: d });
    expect(r.status).toBe(0);
    expect(readFileSync(join(d, 'brief.docx')).equals(before)).toBe(true);
    expect(existsSync(join(d, 'brief.helder.docx'))).toBe(true);
  });
});

describe('helder check --annotate', { timeout: 180_000 }, () => {
  it('writes a commented copy of a .docx', () => {
    const d = dir('annotate', {});
    cpSync(DOCX, join(d, 'brief.docx'));
    const r = helder(['check', 'brief.docx', '--annotate', 'brief-opmerkingen.docx', '-q'], { cwd: d });
    expect([0, 1]).toContain(r.status);
    const out = readFileSync(join(d, 'brief-opmerkingen.docx'));
    expect(out.subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(d).sort()).toEqual(['brief-opmerkingen.docx', 'brief.docx']);
  });
});

describe('explain, rules and help', { timeout: 180_000 }, () => {
  it('rules lists the rules; explain prints one; an unknown rule exits 2', () => {
    const rules = JSON.parse(helder(['rules', '--format', 'json']).stdout) as Array<{ id: string }>;
    expect(rules.length).toBeGreaterThan(3);
    const text = helder(['rules']).stdout;
    for (const r of rules) expect(text).toContain(r.id);
    const ex = helder(['explain', rules[0]!.id]);
    expect(ex.status).toBe(0);
    expect(ex.stdout).toMatch(/Bron: /);
    const unknown = helder(['explain', 'bestaat-niet']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/bestaat niet/);
  });

  it('--help works for every command, in Dutch', () => {
    for (const cmd of [[], ['check'], ['fix'], ['baseline'], ['explain'], ['rules'], ['serve']]) {
      const r = helder([...cmd, '--help']);
      expect(r.status, cmd.join(' ')).toBe(0);
      expect(r.stdout, cmd.join(' ')).toMatch(/Gebruik:/);
    }
  });
});
