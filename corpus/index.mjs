// Loader for the Helder letter corpus. Plain ESM without dependencies, so that both the
// vitest suites and the standalone benchmark scripts (node, no build step) can share it.
// It reads the letters next to this file; nothing else at run time should depend on it.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

const VERSIONS = new Set(['ambtelijk', 'tussen', 'b1']);
const TEMPLATES = new Set(['jinja', 'mergefield', 'haken']);
const REQUIRED = ['situatie', 'versie', 'paar', 'sjabloon', 'geschreven door', 'licentie'];
const FORMATS = { '.txt': 'text', '.md': 'markdown' };

/**
 * Split a corpus file into its header fields and the letter text.
 * `.txt`: leading `# key: value` lines, ended by one blank line.
 * `.md`: YAML-style front matter between `---` lines (flat `key: value` only), then one
 * blank line. The letter text is everything after that, byte for byte.
 */
export function parseCorpusFile(source, file = '<onbekend>') {
  const lines = source.split('\n');
  const fields = {};
  let i = 0;
  const fail = (why) => {
    throw new Error(`corpus: ${file}: ${why}. See corpus/README.md ("Kop van een brief").`);
  };
  const field = (line, prefix) => {
    const m = /^([a-z][a-z ]*):\s*(.*)$/.exec(line.slice(prefix.length));
    if (!m) fail(`header line ${i + 1} is not "key: value": ${JSON.stringify(line)}`);
    fields[m[1]] = m[2].trim();
  };
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    if (close === -1) fail('front matter is not closed with ---');
    for (i = 1; i < close; i++) field(lines[i], '');
    i = close + 1;
  } else {
    for (; i < lines.length && lines[i].startsWith('# '); i++) field(lines[i], '# ');
  }
  if (lines[i] !== '') fail(`expected one blank line after the header (line ${i + 1})`);
  i++;
  for (const key of REQUIRED) if (!(key in fields)) fail(`header misses "${key}"`);
  if (!VERSIONS.has(fields.versie)) fail(`versie must be ambtelijk, tussen or b1, not "${fields.versie}"`);
  if (fields.sjabloon !== 'nee' && !TEMPLATES.has(fields.sjabloon)) {
    fail(`sjabloon must be nee, jinja, mergefield or haken, not "${fields.sjabloon}"`);
  }
  return { fields, text: lines.slice(i).join('\n') };
}

function letterFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...letterFiles(path));
    else if (dir !== root && extname(entry.name) in FORMATS) out.push(path);
  }
  return out;
}

/** Every letter of the corpus, sorted by id (`<situatie>/<bestandsnaam zonder extensie>`). */
export function loadCorpus() {
  const letters = [];
  for (const path of letterFiles(root)) {
    const rel = relative(root, path).split('\\').join('/');
    const { fields, text } = parseCorpusFile(readFileSync(path, 'utf8'), `corpus/${rel}`);
    const ext = extname(path);
    letters.push({
      id: rel.slice(0, -ext.length),
      path,
      situation: fields.situatie,
      version: fields.versie,
      pair: fields.paar === 'geen' ? null : fields.paar,
      template: fields.sjabloon === 'nee' ? null : fields.sjabloon,
      author: fields['geschreven door'],
      licence: fields.licentie,
      format: FORMATS[ext],
      text,
    });
  }
  return letters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The letters that share a `paar` id, grouped: one ambtelijke and one B1 version each. */
export function corpusPairs(letters = loadCorpus()) {
  const byPair = new Map();
  for (const letter of letters) {
    if (!letter.pair) continue;
    const group = byPair.get(letter.pair) ?? {};
    if (group[letter.version]) {
      throw new Error(`corpus: pair "${letter.pair}" has two ${letter.version} versions (${group[letter.version].id}, ${letter.id})`);
    }
    group[letter.version] = letter;
    byPair.set(letter.pair, group);
  }
  const pairs = [];
  for (const [pair, group] of byPair) {
    if (!group.ambtelijk || !group.b1) {
      throw new Error(`corpus: pair "${pair}" needs both an ambtelijk and a b1 version`);
    }
    pairs.push({ pair, ambtelijk: group.ambtelijk, b1: group.b1, tussen: group.tussen ?? null });
  }
  return pairs.sort((a, b) => (a.pair < b.pair ? -1 : 1));
}

