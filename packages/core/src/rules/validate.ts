// Validation of rule objects: the same checks at build (scripts/build-rules.mjs, after
// the JSON schema) and at load (a municipality's extraRules). Every problem names where
// it is and says how to fix it, in Dutch, because rule authors are writers.

import type { Category, Severity } from '../types.js';
import { letterChecks } from '../checks/index.js';
import { compilePattern } from './pattern.js';
import { MEASURES } from './kinds/metric.js';
import { RuleError, type MetricUnit, type PresetDef, type RuleDef, type RuleKind } from './types.js';

const KINDS: RuleKind[] = ['words', 'pattern', 'metric', 'check'];
const SEVERITIES: Severity[] = ['error', 'warning', 'suggestion'];
const CATEGORIES: Category[] = ['woorden', 'zinnen', 'toon', 'structuur'];
const UNITS: MetricUnit[] = ['word', 'sentence', 'paragraph', 'document'];
const POS = ['verb', 'noun', 'adj', 'other'];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOP_FIELDS = new Set([
  'id', 'category', 'kind', 'severity', 'message', 'explanation', 'source', 'url', 'options',
  'words', 'patterns', 'unit', 'measure', 'min', 'max', 'check', 'examples', 'file',
]);
const ENTRY_FIELDS = new Set(['word', 'alternatives', 'pos', 'note', 'fix', 'forms', 'separable', 'infinitive', 'message']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Problems with the bracket markup of one example ('' when fine). */
export function bracketProblem(example: string, invalid: boolean): string {
  let depth = 0;
  let pairs = 0;
  for (const ch of example) {
    if (ch === '[') {
      if (depth) return 'geneste [ ]; markeer elke vondst met één paar haken';
      depth++;
    } else if (ch === ']') {
      if (!depth) return '] zonder [';
      depth--;
      pairs++;
    }
  }
  if (depth) return '[ zonder ]';
  if (invalid && pairs === 0) return 'geen [ ] om de gemelde woorden; zet haken om wat de regel moet melden';
  if (!invalid && pairs > 0) return 'haken in een goed voorbeeld; haal de [ ] weg of zet het voorbeeld onder invalid';
  if (/\[\s*\]/.test(example)) return 'lege [ ]';
  return '';
}

/** Checks one rule object; returns it typed, or throws RuleError listing every problem. */
export function validateRule(raw: unknown, where: string): RuleDef {
  const problems: string[] = [];
  const say = (msg: string) => problems.push(`${where}: ${msg}`);
  if (!isObject(raw)) throw new RuleError([`${where}: een regel moet een object (YAML-mapping) zijn met o.a. kind, severity en message`]);
  for (const key of Object.keys(raw)) if (!TOP_FIELDS.has(key)) say(`onbekend veld '${key}'; toegestaan: ${[...TOP_FIELDS].filter((f) => f !== 'file').join(', ')}`);
  if (!isText(raw.id) || !ID.test(raw.id)) say(`id '${String(raw.id)}' moet kebab-case zijn (kleine letters, cijfers, streepjes), bijv. lange-zin`);
  if (!CATEGORIES.includes(raw.category as Category)) say(`category moet een van ${CATEGORIES.join(', ')} zijn (bij een bestand: de map)`);
  if (!KINDS.includes(raw.kind as RuleKind)) say(`kind moet een van ${KINDS.join(', ')} zijn`);
  if (!SEVERITIES.includes(raw.severity as Severity)) say(`severity moet error, warning of suggestion zijn`);
  for (const field of ['message', 'explanation', 'source', 'url'] as const) {
    if (!isText(raw[field])) say(`'${field}' ontbreekt of is leeg; schrijf het (zie rules/README.md)`);
  }
  if (isText(raw.message) && raw.message.includes('\n')) say(`message moet op één regel staan`);
  if (isText(raw.url) && !/^https?:\/\/\S+$/.test(raw.url)) say(`url '${raw.url}' is geen http(s)-adres`);
  if (raw.options !== undefined && !isObject(raw.options)) say(`options moet een mapping zijn (bijv. options: {max: 20})`);

  const kind = raw.kind as RuleKind;
  const needOnly = (field: string, forKind: RuleKind) => {
    if (raw[field] !== undefined && kind !== forKind) say(`veld '${field}' hoort bij kind ${forKind}, niet bij ${String(kind)}`);
  };
  needOnly('words', 'words');
  needOnly('patterns', 'pattern');
  needOnly('check', 'check');
  needOnly('unit', 'metric');
  needOnly('measure', 'metric');

  if (kind === 'words') {
    if (!Array.isArray(raw.words) || raw.words.length === 0) say(`kind words heeft een lijst 'words' nodig met minstens één {word, alternatives}`);
    else {
      raw.words.forEach((e, i) => {
        const at = `words[${i}]`;
        if (!isObject(e)) return say(`${at} moet een mapping zijn, bijv. {word: indien, alternatives: [als]}`);
        for (const key of Object.keys(e)) if (!ENTRY_FIELDS.has(key)) say(`${at}: onbekend veld '${key}'; toegestaan: ${[...ENTRY_FIELDS].join(', ')}`);
        if (!isText(e.word)) say(`${at}: 'word' ontbreekt`);
        else if (/[\[\]{}<>|*]/.test(e.word)) say(`${at}: '${e.word}' bevat een teken (zoals [ ] { } < > | *) dat in een woord niet mag`);
        if (e.alternatives !== undefined && (!Array.isArray(e.alternatives) || !e.alternatives.every(isText))) say(`${at}: alternatives moet een lijst woorden zijn ([] als er geen is)`);
        if (e.pos !== undefined && !POS.includes(e.pos as string)) say(`${at}: pos moet verb, noun, adj of other zijn`);
        if (e.fix !== undefined && typeof e.fix !== 'boolean') say(`${at}: fix moet true of false zijn`);
        if (e.separable !== undefined && typeof e.separable !== 'boolean') say(`${at}: separable moet true of false zijn`);
        if (e.infinitive !== undefined && e.infinitive !== 'bare' && e.infinitive !== 'question') {
          say(`${at}: infinitive moet bare ('u moet ... betalen') of question ('Wilt u ... betalen?') zijn`);
        }
        if (e.forms !== undefined && (!Array.isArray(e.forms) || !e.forms.every(isText))) say(`${at}: forms moet een lijst woordvormen zijn`);
        if (e.note !== undefined && !isText(e.note)) say(`${at}: note moet tekst zijn`);
        if (e.message !== undefined && !isText(e.message)) say(`${at}: message moet tekst zijn`);
      });
    }
  }
  if (kind === 'pattern') {
    if (!Array.isArray(raw.patterns) || raw.patterns.length === 0) say(`kind pattern heeft een lijst 'patterns' nodig`);
    else {
      raw.patterns.forEach((p, i) => {
        const source = isObject(p) ? p.pattern : p;
        if (isObject(p)) {
          for (const key of Object.keys(p)) if (!['pattern', 'alternatives', 'note'].includes(key)) say(`patterns[${i}]: onbekend veld '${key}'`);
          if (p.alternatives !== undefined && (!Array.isArray(p.alternatives) || !p.alternatives.every(isText))) say(`patterns[${i}]: alternatives moet een lijst tekst zijn`);
        }
        if (!isText(source)) return say(`patterns[${i}] moet een patroon (tekst) zijn of {pattern, alternatives}`);
        try {
          compilePattern(source);
        } catch (err) {
          say(`${(err as Error).message} (zie de patroonsyntaxis in rules/README.md)`);
        }
      });
    }
  }
  if (kind === 'metric') {
    const unit = raw.unit as MetricUnit;
    if (!UNITS.includes(unit)) say(`unit moet word, sentence, paragraph of document zijn`);
    else if (!MEASURES[unit].includes(raw.measure as string)) say(`measure '${String(raw.measure)}' bestaat niet voor unit ${unit}; kies uit ${MEASURES[unit].join(', ')}`);
    const opts = isObject(raw.options) ? raw.options : {};
    const min = raw.min ?? opts.min;
    const max = raw.max ?? opts.max;
    if (min === undefined && max === undefined) say(`een metric-regel heeft min of max nodig`);
    for (const [name, v] of [['min', min], ['max', max]] as const) if (v !== undefined && typeof v !== 'number') say(`${name} moet een getal zijn`);
  }
  if (kind === 'check') {
    if (!isText(raw.check)) say(`kind check heeft 'check: <naam>' nodig (een detector in packages/core/src/checks/)`);
    else if (!Object.hasOwn(letterChecks, raw.check)) {
      const known = Object.keys(letterChecks);
      say(`onbekende check '${raw.check}'; registreer hem in packages/core/src/checks/index.ts (letterChecks)${known.length ? ` of kies uit ${known.join(', ')}` : ''}`);
    }
  }
  const ex = raw.examples;
  if (!isObject(ex) || !Array.isArray(ex.invalid) || !Array.isArray(ex.valid)) {
    say(`examples met invalid (minstens één, gemelde woorden tussen [ ]) en valid ontbreekt`);
  } else {
    if (ex.invalid.length === 0) say(`examples.invalid is leeg; geef minstens één voorbeeld met [ ] om wat gemeld wordt`);
    if (ex.valid.length === 0) say(`examples.valid is leeg; geef minstens één goed voorbeeld`);
    for (const [list, invalid] of [[ex.invalid, true], [ex.valid, false]] as const) {
      list.forEach((e, i) => {
        const at = `examples.${invalid ? 'invalid' : 'valid'}[${i}]`;
        if (!isText(e)) return say(`${at} moet tekst zijn`);
        const problem = bracketProblem(e, invalid);
        if (problem) say(`${at}: ${problem}`);
      });
    }
  }
  if (problems.length) throw new RuleError(problems);
  return raw as unknown as RuleDef;
}

export function validatePreset(raw: unknown, where: string, ruleIds: Set<string>): PresetDef {
  const problems: string[] = [];
  const say = (msg: string) => problems.push(`${where}: ${msg}`);
  if (!isObject(raw)) throw new RuleError([`${where}: een preset is een mapping met 'rules'`]);
  if (!isText(raw.name)) say(`'name' ontbreekt`);
  if (raw.rules !== undefined && !isObject(raw.rules)) say(`rules moet een mapping zijn van regel-id naar off/error/warning/suggestion`);
  for (const [id, setting] of Object.entries(isObject(raw.rules) ? raw.rules : {})) {
    const problem = settingProblem(setting);
    if (!ruleIds.has(id)) say(`onbekende regel '${id}'; controleer de naam (bestandsnaam zonder .yml)`);
    if (problem) say(`rules.${id}: ${problem}`);
  }
  if (problems.length) throw new RuleError(problems);
  return raw as unknown as PresetDef;
}

/** Problem with a preset/config setting for one rule ('' when fine). */
export function settingProblem(setting: unknown): string {
  if (setting === 'off' || SEVERITIES.includes(setting as Severity)) return '';
  if (isObject(setting)) {
    for (const key of Object.keys(setting)) if (key !== 'severity' && key !== 'options') return `onbekend veld '${key}' (alleen severity en options)`;
    if (setting.severity !== undefined && setting.severity !== 'off' && !SEVERITIES.includes(setting.severity as Severity)) return `severity moet off, error, warning of suggestion zijn`;
    if (setting.options !== undefined && !isObject(setting.options)) return `options moet een mapping zijn`;
    return '';
  }
  return `kies off, error, warning, suggestion of {severity, options}`;
}
