// Config: --config FILE, else helder.config.json / .helderrc.json found from the checked
// file's directory upward. A municipality's own rules (YAML files) are read here and handed
// to core as `config.extraRules`; core itself never touches the file system.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, extname } from 'node:path';
import { createRequire } from 'node:module';
import type { HelderConfig, PresetName } from '@helder/core';
import { UsageError } from './errors.js';

export const CONFIG_NAMES = ['helder.config.json', '.helderrc.json'];
// yaml is loaded only when a config names own rule files: most runs never need it.
const require = createRequire(import.meta.url);
const parseYaml = (text: string, options: object): unknown => (require('yaml') as typeof import('yaml')).parse(text, options);

const CATEGORIES = new Set(['woorden', 'zinnen', 'toon', 'structuur']);
const KEYS = new Set(['$schema', 'preset', 'accept', 'reject', 'rules', 'extraRules', 'ignore']);

export interface LoadedConfig {
  /** The file it came from, or null for the built-in defaults. */
  file: string | null;
  config: HelderConfig;
  /** .gitignore-style patterns, relative to the config file's directory. */
  ignore: string[];
}

const DEFAULT: LoadedConfig = { file: null, config: {}, ignore: [] };

function fail(file: string, what: string): never {
  throw new UsageError(`configuratie ${file}: ${what}`);
}

function stringList(file: string, key: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(file, `'${key}' moet een lijst met teksten zijn`);
  return value as string[];
}

function yamlFiles(path: string): string[] {
  const stat = statSync(path);
  if (stat.isFile()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}

/** Reads a municipality's rule YAML files; id and category default to file name and folder. */
export function loadExtraRules(file: string, entries: unknown[]): unknown[] {
  const rules: unknown[] = [];
  for (const entry of entries) {
    if (entry && typeof entry === 'object') {
      rules.push(entry);
      continue;
    }
    if (typeof entry !== 'string') fail(file, "'extraRules' bevat iets anders dan een pad of een regel");
    const path = resolve(dirname(file), entry);
    if (!existsSync(path)) fail(file, `regelbestand of map '${entry}' bestaat niet`);
    for (const yamlFile of yamlFiles(path)) {
      let data: unknown;
      try {
        // yaml limits alias expansion by default (no "billion laughs").
        data = parseYaml(readFileSync(yamlFile, 'utf8'), { maxAliasCount: 100 });
      } catch (error) {
        throw new UsageError(`regelbestand ${yamlFile}: geen geldige YAML (${(error as Error).message.split('\n')[0]})`);
      }
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw new UsageError(`regelbestand ${yamlFile}: verwacht een regel (velden kind, severity, message, ...)`);
      }
      const rule = { ...(data as Record<string, unknown>) };
      rule.id ??= basename(yamlFile, extname(yamlFile));
      const folder = basename(dirname(yamlFile));
      if (rule.category === undefined && CATEGORIES.has(folder)) rule.category = folder;
      rule.file ??= yamlFile;
      rules.push(rule);
    }
  }
  return rules;
}

export function loadConfigFile(file: string): LoadedConfig {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`configuratiebestand '${file}' kan niet worden gelezen`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    fail(file, `geen geldige JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(file, 'verwacht een JSON-object');
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KEYS.has(key)) fail(file, `onbekende sleutel '${key}' (mogelijk: ${[...KEYS].filter((k) => k !== '$schema').join(', ')})`);
  }
  if (obj.preset !== undefined && obj.preset !== 'b1' && obj.preset !== 'streng') fail(file, "'preset' moet 'b1' of 'streng' zijn");
  if (obj.rules !== undefined && (typeof obj.rules !== 'object' || Array.isArray(obj.rules))) fail(file, "'rules' moet een object zijn");
  if (obj.reject !== undefined && !Array.isArray(obj.reject)) fail(file, "'reject' moet een lijst zijn");
  if (obj.extraRules !== undefined && !Array.isArray(obj.extraRules)) fail(file, "'extraRules' moet een lijst zijn");
  const config: HelderConfig = {};
  if (obj.preset) config.preset = obj.preset as PresetName;
  if (obj.accept !== undefined) config.accept = stringList(file, 'accept', obj.accept);
  if (obj.reject !== undefined) config.reject = obj.reject as HelderConfig['reject'];
  if (obj.rules !== undefined) config.rules = obj.rules as HelderConfig['rules'];
  if (obj.extraRules !== undefined) config.extraRules = loadExtraRules(file, obj.extraRules as unknown[]);
  return { file, config, ignore: stringList(file, 'ignore', obj.ignore) };
}

/** Finds and caches the config for files in a directory. */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly fixed: LoadedConfig | null;

  constructor(explicitFile?: string, private readonly presetOverride?: PresetName) {
    this.fixed = explicitFile ? loadConfigFile(resolve(explicitFile)) : null;
  }

  forDir(dir: string): LoadedConfig {
    if (this.fixed) return this.apply(this.fixed);
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let found: LoadedConfig = DEFAULT;
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) {
        found = loadConfigFile(file);
        break;
      }
    }
    if (found === DEFAULT) {
      const up = dirname(dir);
      found = up !== dir ? this.forDirRaw(up) : DEFAULT;
    }
    const result = this.apply(found);
    this.byDir.set(dir, result);
    return result;
  }

  private forDirRaw(dir: string): LoadedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) return loadConfigFile(file);
    }
    const up = dirname(dir);
    return up !== dir ? this.forDirRaw(up) : DEFAULT;
  }

  forFile(file: string): LoadedConfig {
    return this.forDir(dirname(resolve(file)));
  }

  private apply(loaded: LoadedConfig): LoadedConfig {
    if (!this.presetOverride) return loaded;
    return { ...loaded, config: { ...loaded.config, preset: this.presetOverride } };
  }
}
