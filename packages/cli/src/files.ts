// Which files to check: explicit files, directories walked, globs; .gitignore-style ignores
// (.gitignore / .helderignore found from the start directory down, plus the config's list).

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep, dirname, basename } from 'node:path';
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';
import type Picomatch from 'picomatch';
import type { InputFormat } from '@helder/core';

// Loaded on first use: `helder check brief.txt` names one file and needs neither, and
// every millisecond of start-up counts for a CLI run once per generated letter.
const require = createRequire(import.meta.url);
let picomatchModule: typeof Picomatch | undefined;
function picomatch(): typeof Picomatch {
  return (picomatchModule ??= require('picomatch') as typeof Picomatch);
}
let ignoreFactory: (() => Ignore) | undefined;
function ignore(): Ignore {
  if (!ignoreFactory) {
    const mod = require('ignore') as { default?: () => Ignore } & (() => Ignore);
    ignoreFactory = mod.default ?? mod;
  }
  return ignoreFactory();
}

export type FileKind = InputFormat | 'docx';

const TEMPLATE_EXT = /\.(j2|jinja2?|tmpl|tpl|django|dtl|djhtml|liquid|njk|twig|hbs|handlebars|mustache|ftl|erb)$/i;

/** The input kind by file name; template suffixes (.j2, .jinja, ...) look at the name inside. */
export function kindOf(path: string): FileKind | null {
  let name = basename(path).toLowerCase();
  const template = TEMPLATE_EXT.test(name);
  if (template) name = name.replace(TEMPLATE_EXT, '');
  if (name.endsWith('.docx')) return template ? null : 'docx';
  if (/\.(md|markdown)$/.test(name)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(name)) return 'html';
  if (/\.(txt|text)$/.test(name)) return 'text';
  return template ? 'text' : null;
}

const ALWAYS_SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Expansion {
  files: string[];
  /** Arguments that named nothing, with a Dutch reason. */
  problems: Array<{ path: string; message: string }>;
}

function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const base: string[] = [];
  for (const part of parts) {
    if (picomatch().scan(part).isGlob) break;
    base.push(part);
  }
  return base.join('/') || '.';
}

/** Ignore rules from .gitignore and .helderignore files along a directory walk. */
class Ignores {
  private readonly byDir = new Map<string, Ignore | null>();
  constructor(private readonly root: string, private readonly extra: Ignore) {}

  private rulesIn(dir: string): Ignore | null {
    if (!this.byDir.has(dir)) {
      let ig: Ignore | null = null;
      for (const name of ['.gitignore', '.helderignore']) {
        const file = join(dir, name);
        if (existsSync(file)) {
          ig ??= ignore();
          ig.add(readFileSync(file, 'utf8'));
        }
      }
      this.byDir.set(dir, ig);
    }
    return this.byDir.get(dir)!;
  }

  ignored(path: string, isDir: boolean): boolean {
    const rel = relative(this.root, path).split(sep).join('/');
    if (rel && !rel.startsWith('..')) {
      const test = isDir ? `${rel}/` : rel;
      if (this.extra.ignores(test)) return true;
    }
    // Each .gitignore applies to paths relative to its own directory.
    let dir = dirname(path);
    while (true) {
      const ig = this.rulesIn(dir);
      const r = relative(dir, path).split(sep).join('/');
      if (ig && r && ig.ignores(isDir ? `${r}/` : r)) return true;
      if (dir === this.root || !dir.startsWith(this.root)) break;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return false;
  }
}

export function expandInputs(args: string[], cwd: string, ignorePatterns: string[] = []): Expansion {
  const files: string[] = [];
  const problems: Expansion['problems'] = [];
  const seen = new Set<string>();
  let extraIgnores: Ignore | undefined;
  const extra = (): Ignore => (extraIgnores ??= ignore().add(ignorePatterns));
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };

  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const isGlob = !existsSync(abs) && picomatch().scan(arg).isGlob;
    if (isGlob) {
      const base = resolve(cwd, globBase(arg));
      const match = picomatch()(arg.replace(/\\/g, '/'), { dot: false });
      const before = files.length;
      if (existsSync(base)) {
        const ignores = new Ignores(base, extra());
        walk(base, ignores, (file) => {
          const rel = relative(cwd, file).split(sep).join('/');
          if (match(rel) && kindOf(file)) add(file);
        });
      }
      if (files.length === before) problems.push({ path: arg, message: `geen bestanden gevonden voor patroon '${arg}'` });
      continue;
    }
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      problems.push({ path: arg, message: `bestand of map '${arg}' bestaat niet` });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      walk(abs, new Ignores(abs, extra()), (file) => {
        if (kindOf(file)) add(file);
      });
      if (files.length === before) {
        problems.push({ path: arg, message: `geen brieven gevonden in map '${arg}' (Helder zoekt .txt, .md, .html en .docx)` });
      }
    } else {
      // A file named explicitly is checked even if its extension is unusual (read as text).
      add(abs);
    }
  }
  return { files, problems };
}

function walk(dir: string, ignores: Ignores, onFile: (file: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIP.has(entry.name) || ignores.ignored(full, true)) continue;
      walk(full, ignores, onFile);
    } else if (entry.isFile()) {
      if (!ignores.ignored(full, false)) onFile(full);
    }
  }
}
