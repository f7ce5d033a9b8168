// Command dispatch and the check/fix/baseline/explain/rules/serve commands.

import { parseArgs } from 'node:util';
import { relative, resolve, sep } from 'node:path';
import type { CheckOptions, HelderConfig, PresetName, Severity } from '@helder/core';
import { UsageError, FileError } from './errors.js';
import { expandInputs, kindOf, type FileKind } from './files.js';
import { ConfigResolver } from './config.js';
import { readInput, readStdin, decodeText } from './input.js';
import { runJobs, errorOf, willUsePool, LARGE_TEXT, type Job } from './runner.js';
import { Cache } from './cache.js';
import { applyBaseline, makeBaseline, readBaseline } from './baseline.js';
import { evaluateGates } from './gates.js';
import { FORMATS } from './formats/index.js';
import { writeFileAtomic } from './output.js';
import { progressBar } from './progress.js';
import { lineDiff } from './diff.js';
import { ruleCatalog, presetSeverity } from './rules.js';
import * as help from './help.js';

const COMMANDS = new Set(['check', 'fix', 'baseline', 'explain', 'rules', 'serve', 'help']);

function out(s: string) {
  process.stdout.write(s);
}
function err(s: string) {
  process.stderr.write(s.endsWith('\n') ? s : s + '\n');
}

function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return (rel && !rel.startsWith('..') ? rel : abs).split(sep).join('/');
}

function intOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} verwacht een getal van ${min} tot ${max}, niet '${value}'`);
  return n;
}

function choice<T extends string>(name: string, value: string | undefined, options: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!options.includes(value as T)) throw new UsageError(`--${name} kent '${value}' niet; kies ${options.join(', ')}`);
  return value as T;
}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;
// Values are checked by hand below (choice/intOption), so a loose record type is enough.
type Parsed = { values: Record<string, any>; positionals: string[] };

function parse(args: string[], options: Options): Parsed {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true }) as Parsed;
  } catch (error) {
    const msg = (error as Error).message.replace(/^Unknown option '(.+)'.*$/s, "onbekende optie '$1'");
    throw new UsageError(`${msg}. Zie helder --help`);
  }
}

export async function main(argv: string[], version: string): Promise<number> {
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
      out(help.MAIN_HELP);
      return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
      out(`${version}\n`);
      return 0;
    }
    // `helder brief.txt` means `helder check brief.txt`.
    const command = COMMANDS.has(argv[0]!) ? argv[0]! : 'check';
    const rest = COMMANDS.has(argv[0]!) ? argv.slice(1) : argv;
    switch (command) {
      case 'check':
        return await checkCommand(rest, version, false);
      case 'baseline':
        return await checkCommand(rest, version, true);
      case 'fix':
        return await fixCommand(rest);
      case 'explain':
        return await explainCommand(rest);
      case 'rules':
        return await rulesCommand(rest);
      case 'serve':
        return await serveCommand(rest);
      default: {
        const topic = rest[0];
        const text = topic ? (help as Record<string, string>)[`${topic.toUpperCase()}_HELP`] : undefined;
        out(text ?? help.MAIN_HELP);
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`helder: ${error.message}`);
      return 2;
    }
    if (error instanceof Error && error.name === 'RuleError') {
      err(`helder: fout in regels of configuratie:\n${error.message}`);
      return 2;
    }
    throw error;
  }
}

interface Inputs {
  jobs: Job[];
  problems: number;
  resolver: ConfigResolver;
  configs: CheckOptions[];
}

/** Builds the jobs for files and stdin; reports arguments that name nothing. */
async function gatherInputs(
  positionals: string[],
  values: Record<string, unknown>,
  maxMessages?: number,
): Promise<Inputs> {
  const preset = choice<PresetName>('preset', values.preset as string | undefined, ['b1', 'streng']);
  const resolver = new ConfigResolver(values.config as string | undefined, preset);
  const useStdin = Boolean(values.stdin) || positionals.includes('-');
  const paths = positionals.filter((p) => p !== '-');
  if (!useStdin && paths.length === 0) {
    throw new UsageError('geef bestanden of mappen op om te controleren, of gebruik --stdin (zie helder check --help)');
  }
  const jobs: Job[] = [];
  let problems = 0;
  const configs = new Map<string, CheckOptions>();
  const optionsFor = (file: string, kind: FileKind): CheckOptions => {
    const loaded = resolver.forFile(file);
    const config: HelderConfig = loaded.config;
    const options: CheckOptions = { format: kind === 'docx' ? 'text' : kind, config };
    if (config.preset) options.preset = config.preset;
    if (maxMessages !== undefined) options.maxMessages = maxMessages;
    configs.set(JSON.stringify(config), options);
    return options;
  };

  if (useStdin) {
    const name = (values['stdin-filename'] as string | undefined) ?? '<stdin>';
    const kind = kindOf(name) ?? 'text';
    const bytes = await readStdin(kind);
    jobs.push({ path: name, kind, stdin: true, load: () => bytes, options: optionsFor(resolve(name), kind) });
  }
  if (paths.length) {
    const ignore = resolver.forDir(process.cwd()).ignore;
    const { files, problems: missing } = expandInputs(paths, process.cwd(), ignore);
    for (const p of missing) {
      err(`helder: ${p.message}`);
      problems++;
    }
    for (const file of files) {
      const kind = kindOf(file) ?? 'text';
      jobs.push({ path: displayPath(file), kind, load: () => readInput(file, kind), options: optionsFor(file, kind) });
    }
  }
  return { jobs, problems, resolver, configs: [...configs.values()] };
}

/** A broken config or own rule file is a usage error, said once, before any file runs. */
async function validateConfigs(configs: CheckOptions[]): Promise<void> {
  const { check } = await import('@helder/core');
  for (const options of configs) check('', { ...options, format: 'text' });
}

const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  annotate: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'fail-on': { type: 'string' },
  'min-grade': { type: 'string' },
  'max-level': { type: 'string' },
  'max-warnings': { type: 'string' },
  baseline: { type: 'string' },
  config: { type: 'string', short: 'c' },
  preset: { type: 'string' },
  'print-config': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'max-messages': { type: 'string' },
} as const;

async function checkCommand(args: string[], version: string, baselineMode: boolean): Promise<number> {
  const { values, positionals } = parse(args, CHECK_OPTIONS);
  if (values.help) {
    out(baselineMode ? help.BASELINE_HELP : help.CHECK_HELP);
    return 0;
  }
  const format = choice('format', values.format, Object.keys(FORMATS)) ?? 'stylish';
  const failOn = choice<Severity>('fail-on', values['fail-on'], ['error', 'warning', 'suggestion']) ?? 'error';
  const minGrade = intOption('min-grade', values['min-grade'], 1, 10);
  const maxLevel = intOption('max-level', values['max-level'], 1, 4);
  const maxWarnings = intOption('max-warnings', values['max-warnings'], 0, 1e9);
  const jobsN = intOption('jobs', values.jobs, 1, 64);
  const maxMessages = intOption('max-messages', values['max-messages'], 1, 100_000);

  if (values['print-config']) {
    const preset = choice<PresetName>('preset', values.preset, ['b1', 'streng']);
    const resolver = new ConfigResolver(values.config, preset);
    const loaded = resolver.forFile(resolve(values['print-config']));
    const { extraRules, ...rest } = loaded.config;
    const shown = {
      file: loaded.file ? displayPath(loaded.file) : null,
      preset: loaded.config.preset ?? 'b1',
      ...rest,
      ignore: loaded.ignore,
      extraRules: (extraRules ?? []).map((r) => (r as { id?: string }).id ?? '?'),
    };
    out(JSON.stringify(shown, null, 2) + '\n');
    return 0;
  }

  const baseline = values.baseline && !baselineMode ? readBaseline(values.baseline) : null;
  const { jobs, problems, configs } = await gatherInputs(positionals, values, maxMessages);
  // Over a pool, core is loaded only in the workers; a bad config then shows per file.
  if (!willUsePool(jobs.length, jobsN)) await validateConfigs(configs);
  const cache = values.cache ? new Cache(resolve(values['cache-location'] ?? '.helder-cache/cli.json'), version) : undefined;
  const bar = progressBar(!values.quiet);
  const results = await runJobs(jobs, { jobs: jobsN, cache, onProgress: bar.update, validate: configs });
  bar.end();
  cache?.save();

  let failedFiles = problems;
  for (const r of results) {
    if (r.error) {
      failedFiles++;
      err(`helder: ${r.path}: ${r.error.message}`);
    }
  }

  if (baselineMode) {
    const file = values.output ?? values.baseline ?? '.helder-baseline.json';
    const data = makeBaseline(results);
    writeFileAtomic(file, JSON.stringify(data, null, 2) + '\n');
    const count = Object.values(data.files).reduce((n, l) => n + l.length, 0);
    if (!values.quiet) err(`helder: baseline met ${count} bevinding(en) in ${Object.keys(data.files).length} bestand(en) geschreven naar ${file}`);
    return failedFiles ? 2 : 0;
  }

  const suppressed = baseline ? applyBaseline(results, baseline) : 0;
  const gateReasons = evaluateGates(results, { failOn, minGrade, maxLevel, maxWarnings });
  const color = !values['no-color'] && (values.color || (!values.output && process.stdout.isTTY && !process.env.NO_COLOR));
  const catalog = format === 'sarif' ? await ruleCatalog() : undefined;
  const text = FORMATS[format]!(results, { version, failOn, suppressed, gateReasons, color: Boolean(color), catalog });
  if (values.output) {
    try {
      writeFileAtomic(values.output, text);
    } catch {
      throw new UsageError(`kan het rapport niet schrijven naar '${values.output}'`);
    }
  } else {
    out(text);
  }

  if (values.annotate) {
    const docx = results.filter((r) => r.kind === 'docx');
    if (docx.length !== 1 || results.length !== 1) {
      throw new UsageError('--annotate werkt met precies één .docx-bestand');
    }
    const r = docx[0]!;
    if (resolve(values.annotate) === resolve(r.path)) throw new UsageError('--annotate mag het originele bestand niet overschrijven; kies een andere naam');
    if (r.report && r.bytes) {
      const { annotateDocx } = await import('@helder/docx');
      // Annotate with all findings of the file, also those known in the baseline.
      const { check } = await import('@helder/core');
      const full = check(r.text!, jobs[0]!.options);
      writeFileAtomic(values.annotate, await annotateDocx(r.bytes, full));
      if (!values.quiet) err(`helder: opmerkingen geschreven naar ${values.annotate}`);
    }
  }
  if (failedFiles) return 2;
  return gateReasons.length ? 1 : 0;
}

async function fixCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    'dry-run': { type: 'boolean' },
    config: { type: 'string', short: 'c' },
    preset: { type: 'string' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) {
    out(help.FIX_HELP);
    return 0;
  }
  const { jobs, problems, configs } = await gatherInputs(positionals, values);
  await validateConfigs(configs);
  const { check, rewrite } = await import('@helder/core');
  if (values.output && jobs.length !== 1) throw new UsageError('-o/--output werkt met precies één invoerbestand');
  let failed = problems;
  for (const job of jobs) {
    try {
      const bytes = await job.load();
      const isStdin = Boolean(job.stdin);
      if (job.kind === 'docx') {
        const { readDocx, fixDocx } = await import('@helder/docx');
        const { text } = await readDocx(bytes);
        const report = check(text, job.options);
        const { edits } = rewrite(text, report);
        if (values['dry-run']) {
          out(lineDiff(job.path, text, rewrite(text, report).text));
          continue;
        }
        const target = values.output ?? (isStdin ? null : job.path.replace(/\.docx$/i, '') + '.helder.docx');
        const fixed = await fixDocx(bytes, report);
        if (target === null) process.stdout.write(fixed);
        else {
          if (resolve(target) === resolve(job.path)) throw new FileError('USAGE', 'een .docx wordt nooit overschreven; kies met -o een ander bestand');
          writeFileAtomic(target, fixed);
          if (!values.quiet) err(`helder: ${job.path}: ${edits.length} wijziging(en) als bijgehouden wijzigingen in ${target}`);
        }
        continue;
      }
      const text = decodeText(bytes);
      // fix runs in this process without a deadline: keep it to letter-sized texts.
      if (text.length > LARGE_TEXT) throw new FileError('TOO_LARGE', `te groot om automatisch te verbeteren (meer dan ${LARGE_TEXT / 1024} KB); gebruik helder check`);
      const report = check(text, job.options);
      const result = rewrite(text, report);
      if (values['dry-run']) {
        if (result.edits.length) out(lineDiff(job.path, text, result.text));
        else if (!values.quiet) err(`helder: ${job.path}: niets te verbeteren`);
        continue;
      }
      if (isStdin && !values.output) {
        out(result.text);
        continue;
      }
      const target = values.output ?? job.path;
      if (result.edits.length || target !== job.path) writeFileAtomic(target, result.text);
      if (!values.quiet) err(`helder: ${job.path}: ${result.edits.length} wijziging(en)${target !== job.path ? ` geschreven naar ${target}` : ''}`);
    } catch (error) {
      failed++;
      err(`helder: ${job.path}: ${errorOf(error).message}`);
    }
  }
  return failed ? 2 : 0;
}

async function explainCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (values.help || positionals.length === 0) {
    out(help.EXPLAIN_HELP);
    return values.help ? 0 : 2;
  }
  const id = positionals[0]!;
  const catalog = await ruleCatalog();
  const rule = catalog.find((r) => r.id === id);
  if (!rule) {
    const near = catalog.filter((r) => r.id.includes(id) || id.includes(r.id)).map((r) => r.id);
    err(`helder: regel '${id}' bestaat niet.${near.length ? ` Bedoelt u: ${near.slice(0, 5).join(', ')}?` : ' Zie helder rules.'}`);
    return 2;
  }
  const lines = [
    `${rule.id}  (${rule.category}, ${rule.kind}, standaard: ${rule.severity})`,
    '',
    rule.explanation,
    '',
    `Melding: ${rule.message}`,
  ];
  const invalid = rule.examples?.invalid ?? [];
  const valid = rule.examples?.valid ?? [];
  // A handful of examples explains a rule; the full tables live in the rule file.
  if (invalid.length) lines.push('', 'Niet zo:', ...invalid.slice(0, 6).map((e) => `  ✗ ${e.replace(/[[\]]/g, '')}`));
  if (valid.length) lines.push('', 'Wel zo:', ...valid.slice(0, 6).map((e) => `  ✓ ${e}`));
  if (rule.words?.length) {
    lines.push('', 'Woorden (een greep):');
    for (const w of rule.words.slice(0, 12)) lines.push(`  ${w.word}${w.alternatives?.length ? ` → ${w.alternatives.join(', ')}` : ''}`);
  }
  lines.push('', `Bron: ${rule.source}`);
  if (rule.url) lines.push(`Meer: ${rule.url}`);
  out(lines.join('\n') + '\n');
  return 0;
}

async function rulesCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { preset: { type: 'string' }, format: { type: 'string', short: 'f' } });
  if (values.help) {
    out(help.RULES_HELP);
    return 0;
  }
  const preset = choice('preset', values.preset, ['b1', 'streng']) ?? 'b1';
  const format = choice('format', values.format, ['text', 'json']) ?? 'text';
  const severities = await presetSeverity(preset);
  const rules = (await ruleCatalog()).map((r) => ({ ...r, severity: severities.get(r.id) ?? r.severity }));
  if (format === 'json') {
    out(JSON.stringify(rules.map(({ id, category, kind, severity, message, source, url }) => ({ id, category, kind, severity, message, source, url })), null, 2) + '\n');
    return 0;
  }
  if (rules.length === 0) {
    err('helder: geen regels gevonden in deze versie van @helder/core');
    return 2;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  let category = '';
  const lines: string[] = [];
  for (const r of rules) {
    if (r.category !== category) {
      category = r.category;
      lines.push('', `${category}:`);
    }
    const first = (r.explanation || r.message).split(/(?<=\.)\s/)[0];
    lines.push(`  ${r.id.padEnd(width)}  ${String(r.severity).padEnd(12)} ${first}`);
  }
  lines.push('', `${rules.length} regels (preset ${preset}). Uitleg: helder explain REGEL`);
  out(lines.join('\n').replace(/^\n/, '') + '\n');
  return 0;
}

async function serveCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { port: { type: 'string', short: 'p' }, host: { type: 'string' } });
  if (values.help) {
    out(help.SERVE_HELP);
    return 0;
  }
  const port = intOption('port', values.port ?? process.env.PORT, 0, 65535) ?? 3000;
  const { startServer } = (await import('@helder/server')) as unknown as {
    startServer(o: { port?: number; host?: string }): Promise<{ url: string }>;
  };
  try {
    const running = await startServer({ port, host: values.host });
    err(`helder: draait op ${running.url} (stoppen: Ctrl+C)`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`poort ${port} is al in gebruik; kies een andere met --port`);
    throw error;
  }
  // The server keeps the process alive; it handles SIGTERM itself.
  return await new Promise<number>(() => {});
}

