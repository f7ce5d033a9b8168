// Build step for rule data: reads rules/**/*.yml, validates each file against
// rules/schema.json (ajv) and then with the engine's own validator (patterns compiled,
// check names looked up, example brackets), writes the module core embeds
// (packages/core/src/rules/generated/rules.ts, not committed) and rules/README.md.
// Errors name the file and say how to fix it; the exit code is 1 when any file is wrong
// (valid rules are still written, so one broken file does not stop other work).
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, relative, sep, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import Ajv from 'ajv';
import { tsImport } from 'tsx/esm/api';

// `--check <dir>`: validate the rule files under <dir> (laid out as <category>/<id>.yml)
// without writing anything; for a municipality's own rules and for tests.
const checkAt = process.argv.indexOf('--check');
const checkOnly = checkAt >= 0;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = checkOnly ? resolve(process.argv[checkAt + 1] ?? '.') : join(root, 'rules');
const outFile = join(root, 'packages/core/src/rules/generated/rules.ts');
const readmeFile = join(rulesDir, 'README.md');
const CATEGORIES = ['woorden', 'zinnen', 'toon', 'structuur'];

const { validateRule, validatePreset } = await tsImport('../packages/core/src/rules/validate.ts', import.meta.url);
const { formsOf } = await tsImport('../packages/core/src/rules/inflect.ts', import.meta.url);
const { buildWordIndex } = await tsImport('../packages/core/src/rules/word-index.ts', import.meta.url);

const schema = JSON.parse(readFileSync(join(root, 'rules', 'schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(schema);

const problems = [];
const rules = [];

function readYaml(file) {
  const rel = relative(checkOnly ? process.cwd() : root, file).split(sep).join('/');
  try {
    return { rel, data: parseYaml(readFileSync(file, 'utf8'), { prettyErrors: true }) };
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? `:${err.linePos[0].line}` : '';
    problems.push(`${rel}${where}: geen geldige YAML: ${err.message.split('\n')[0]} (controleer inspringing en aanhalingstekens)`);
    return { rel, data: undefined };
  }
}

const files = readdirSync(rulesDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
  .filter((f) => !f.split(sep).includes('presets'))
  .sort();

for (const f of files) {
  const parts = f.split(sep);
  const { rel, data } = readYaml(join(rulesDir, f));
  if (data === undefined) continue;
  if (parts.length !== 2 || !CATEGORIES.includes(parts[0])) {
    problems.push(`${rel}: een regelbestand hoort in rules/<categorie>/<id>.yml met categorie ${CATEGORIES.join(', ')}; verplaats het`);
    continue;
  }
  if (f.endsWith('.yaml')) problems.push(`${rel}: gebruik de extensie .yml`);
  const id = parts[1].replace(/\.ya?ml$/, '');
  const category = parts[0];
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    if (data.id !== undefined && data.id !== id) problems.push(`${rel}: id '${data.id}' verschilt van de bestandsnaam; laat id weg of hernoem het bestand`);
    if (data.category !== undefined && data.category !== category) problems.push(`${rel}: category '${data.category}' verschilt van de map '${category}'; laat category weg of verplaats het bestand`);
  }
  if (!validateSchema(data)) {
    for (const e of validateSchema.errors ?? []) {
      if (e.keyword === 'if') continue;
      const at = e.instancePath ? `${e.instancePath.slice(1).replace(/\//g, '.')}: ` : '';
      problems.push(`${rel}: ${at}${dutchSchemaError(e)}; zie rules/schema.json en rules/README.md`);
    }
    continue;
  }
  try {
    const def = validateRule({ ...data, id, category }, rel);
    rules.push({ ...def, file: rel });
  } catch (err) {
    if (err.problems) problems.push(...err.problems);
    else problems.push(`${rel}: ${err.message}`);
  }
}

// The same word in two word lists gives two findings on one spot: warn (not an error,
// a phrase may rightly sit in two lists while they are being sorted out).
const warnings = [];
const owner = new Map();
for (const r of rules) {
  for (const e of r.words ?? []) {
    const key = e.word.toLowerCase().trim();
    const first = owner.get(key);
    if (first && first !== r.file) warnings.push(`'${e.word}' staat in ${first} en in ${r.file}; laat het in één lijst staan`);
    else if (first === r.file) warnings.push(`'${e.word}' staat twee keer in ${r.file}`);
    else owner.set(key, r.file);
  }
}
if (warnings.length) console.warn(`build-rules: ${warnings.length} waarschuwing(en):\n` + warnings.map((w) => `  - ${w}`).join('\n'));

const ids = new Set(rules.map((r) => r.id));
const seenIds = new Map();
for (const r of rules) {
  if (seenIds.has(r.id)) problems.push(`${r.file}: id '${r.id}' bestaat ook in ${seenIds.get(r.id)}; kies een andere bestandsnaam`);
  seenIds.set(r.id, r.file);
}

const presets = [];
const presetDir = join(rulesDir, 'presets');
for (const f of (existsSync(presetDir) ? readdirSync(presetDir) : []).filter((x) => x.endsWith('.yml')).sort()) {
  const { rel, data } = readYaml(join(rulesDir, 'presets', f));
  if (data === undefined) continue;
  try {
    const p = validatePreset(data, rel, ids);
    if (p.name !== f.replace(/\.yml$/, '')) problems.push(`${rel}: name '${p.name}' moet gelijk zijn aan de bestandsnaam`);
    presets.push(p);
  } catch (err) {
    if (err.problems) problems.push(...err.problems);
    else problems.push(`${rel}: ${err.message}`);
  }
}
for (const p of presets) {
  if (p.extends && !presets.some((q) => q.name === p.extends)) problems.push(`rules/presets/${p.name}.yml: extends '${p.extends}' bestaat niet`);
}

rules.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.id.localeCompare(b.id));

// Inflected forms are computed here, once, so a cold process does not have to.
const embedded = rules.map((r) =>
  r.words
    ? {
        ...r,
        words: r.words.map((e) => ({
          ...e,
          compiled: formsOf(e.word, e.pos, e.forms, e.separable, r.options?.loanwords === true).map((f) => (f.also ? [f.words.join(' '), f.slot, f.also] : [f.words.join(' '), f.slot])),
        })),
      }
    : r,
);


if (checkOnly) {
  console.log(`build-rules --check: ${rules.length} regel(s) in orde`);
  if (problems.length) {
    console.error(`build-rules: ${problems.length} probleem/problemen:\n` + problems.map((p) => `  - ${p}`).join('\n'));
    process.exit(1);
  }
  process.exit(0);
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `// GENERATED by scripts/build-rules.mjs from rules/**/*.yml. Do not edit; not committed.\n` +
    `import type { PresetDef, RuleDef } from '../types.js';\n` +
    `import type { WordIndex } from '../word-index.js';\n\n` +
    `export const ruleDefs: RuleDef[] = JSON.parse(${JSON.stringify(JSON.stringify(embedded))});\n` +
    `export const presetDefs: PresetDef[] = JSON.parse(${JSON.stringify(JSON.stringify(presets))});\n` +
    // The forms by key, so the first check need not put them all in a map (word-index.ts).
    `export const wordIndex: WordIndex | undefined = JSON.parse(${JSON.stringify(JSON.stringify(buildWordIndex(embedded) ?? null))}) ?? undefined;\n`,
);

writeFileSync(readmeFile, renderReadme(rules, presets));

const examples = rules.reduce((n, r) => n + r.examples.invalid.length + r.examples.valid.length, 0);
const entries = rules.reduce((n, r) => n + (r.words?.length ?? 0), 0);
console.log(`build-rules: ${rules.length} regels, ${entries} woorden/woordgroepen, ${examples} voorbeelden, ${presets.length} presets`);
if (problems.length) {
  console.error(`build-rules: ${problems.length} probleem/problemen:\n` + problems.map((p) => `  - ${p}`).join('\n'));
  process.exit(1);
}

/** ajv's English messages, said in Dutch for rule authors. */
function dutchSchemaError(e) {
  switch (e.keyword) {
    case 'required':
      return `veld '${e.params.missingProperty}' ontbreekt`;
    case 'enum':
      return `moet een van ${e.params.allowedValues.join(', ')} zijn`;
    case 'additionalProperties':
      return `onbekend veld '${e.params.additionalProperty}' (tikfout?)`;
    case 'type':
      return `moet ${{ string: 'tekst', array: 'een lijst', object: 'een mapping', number: 'een getal', boolean: 'true of false' }[e.params.type] ?? e.params.type} zijn`;
    case 'minItems':
      return 'lijst is leeg';
    case 'minLength':
      return 'is leeg';
    case 'pattern':
      return `heeft niet de juiste vorm (${e.params.pattern})`;
    case 'oneOf':
      return 'moet tekst zijn of een mapping met pattern';
    default:
      return e.message;
  }
}

function cell(s) {
  return String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function renderReadme(rules, presets) {
  const head = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'rules-readme-header.md'), 'utf8');
  const count = (cat) => rules.filter((r) => r.category === cat).length;
  let out = `<!-- GENERATED by scripts/build-rules.mjs: edit the rule files or scripts/rules-readme-header.md, not this file. -->\n\n`;
  out += head.trim() + '\n\n';
  out += `## Presets\n\n| preset | erft van | beschrijving | aangepaste regels |\n|---|---|---|---|\n`;
  for (const p of presets) {
    const changed = Object.entries(p.rules ?? {}).map(([id, s]) => `${id}: ${typeof s === 'string' ? s : [s.severity, s.options ? JSON.stringify(s.options) : ''].filter(Boolean).join(' ')}`);
    out += `| ${p.name} | ${p.extends ?? ''} | ${cell(p.description)} | ${cell(changed.join('; '))} |\n`;
  }
  out += `\n## Alle regels (${rules.length})\n\n`;
  for (const cat of CATEGORIES) {
    if (!count(cat)) continue;
    out += `### ${cat} (${count(cat)})\n\n| id | soort | ernst | melding | voorbeeld |\n|---|---|---|---|---|\n`;
    for (const r of rules.filter((x) => x.category === cat)) {
      const size = r.words ? ` (${r.words.length})` : '';
      out += `| [${r.id}](${r.file.replace(/^rules\//, '')}) | ${r.kind}${size} | ${r.severity} | ${cell(r.message)} | ${cell(r.examples.invalid[0])} |\n`;
    }
    out += '\n';
  }
  return out;
}
