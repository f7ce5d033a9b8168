// The one place where findings become messages. Every rule kind and every measure-based
// check calls `report()`, so all messages share one shape, one wording style and one
// way of computing positions.

import type { VFile } from 'vfile';
import { VFileMessage, location } from './vendor.js';
import type { Category, Fix, Message, Severity } from './types.js';

/** What a rule contributes to each of its messages. */
export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** Dutch template; `{actual}`, `{expected}` and keys of `Finding.data` are filled in. */
  message: string;
  explanation: string;
  source: string;
  url: string;
}

export interface Finding {
  start: number;
  end: number;
  expected?: string[];
  fix?: Fix;
  /** Values for the message template, e.g. `{ words: 27, max: 20 }`. */
  data?: Record<string, string | number>;
}

/** Extra fields carried on the vfile message so other unified tools can read them. */
export interface HelderVFileMessage extends VFileMessage {
  category: Category;
  severity: Severity;
  explanation: string;
  /** The writing guide the rule rests on (vfile's own `source` names the tool). */
  guide: string;
  startOffset: number;
  endOffset: number;
  expectedList: string[];
  fixEdit?: Fix;
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

function quoteList(words: string[]): string {
  // words.map((w) => `'${w}'`).join(' of '), without the array in between.
  let out = '';
  for (let i = 0; i < words.length; i++) out += i === 0 ? `'${words[i]}'` : ` of '${words[i]}'`;
  return out;
}

// A template split once into literal text (even indexes) and placeholder names (odd
// indexes): filling it is then concatenation, without a regular expression, a callback
// and a values object per message. A few hundred distinct templates exist.
const compiledTemplates = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (compiledTemplates.size > 2000) compiledTemplates.clear();
    compiledTemplates.set(template, parts);
  }
  return parts;
}

const NO_VALUES: Record<string, unknown> = {};

/** fillTemplate(template, { actual, expected: quoteList(expected), ...data }), done lazily. */
function fillMessage(template: string, actual: string, expected: string[], data: Finding['data']): string {
  const parts = templateParts(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    if (data && Object.hasOwn(data, key)) out += String(data[key]);
    else if (key === 'actual') out += actual;
    else if (key === 'expected') out += quoteList(expected);
    // `key in values` of fillTemplate also sees Object.prototype's names.
    else if (key in NO_VALUES) out += String(NO_VALUES[key]);
    else out += `{${key}}`;
    out += parts[i + 1]!;
  }
  return out;
}

/**
 * The message of a finding as plain JSON, before line and column are known (0 here;
 * `placeMessages` fills them in). check() collects these directly: a vfile message is an
 * Error, and building one per finding only to copy it out again was a cost of its own.
 */
export function makeMessage(text: string, rule: RuleMeta, finding: Finding): Message {
  const actual = text.slice(finding.start, finding.end);
  const expected = finding.expected ?? [];
  const msg: Message = {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: fillMessage(rule.message, actual, expected, finding.data),
    explanation: rule.explanation,
    start: finding.start,
    end: finding.end,
    line: 0,
    column: 0,
    actual,
    expected,
    url: rule.url ?? '',
    source: rule.source ?? '',
  };
  if (finding.fix) msg.fix = finding.fix;
  return msg;
}

/**
 * Sorts by position (then rule id) and sets line and column from the original text. Once
 * sorted, one forward walk over the line ends places every message (what vfile-location's
 * toPoint does per message, with a point object each): a line ends after \n, \r\n or a lone \r.
 */
export function placeMessages(messages: Message[], text: string): Message[] {
  messages.sort(byPosition);
  const ends = new LineEnds(text);
  let line = 1;
  let lineStart = 0;
  // The offset just after the current line's end (text.length + 1 on the last line).
  let lineEnd = ends.after(0);
  for (const m of messages) {
    const offset = m.start;
    if (!(offset > -1 && offset <= text.length)) {
      // Where toPoint has no answer.
      m.line = 1;
      m.column = 1;
      continue;
    }
    while (lineEnd <= offset) {
      line++;
      lineStart = lineEnd;
      lineEnd = ends.after(lineStart);
    }
    m.line = line;
    m.column = offset - lineStart + 1;
  }
  return messages;
}

/** Line ends found with indexOf, as vfile-location finds them (one search per break kind). */
class LineEnds {
  private cr = -1;
  private lf = -1;
  constructor(private readonly text: string) {}

  /** The offset after the line break that ends the line starting at `from` (text.length + 1: none). */
  after(from: number): number {
    if (this.cr < from) {
      this.cr = this.text.indexOf('\r', from);
      if (this.cr === -1) this.cr = Infinity;
    }
    if (this.lf < from) {
      this.lf = this.text.indexOf('\n', from);
      if (this.lf === -1) this.lf = Infinity;
    }
    const eol = this.cr + 1 === this.lf ? this.lf : Math.min(this.cr, this.lf);
    return (eol === Infinity ? this.text.length : eol) + 1;
  }
}

function byPosition(a: Message, b: Message): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

export function report(file: VFile, rule: RuleMeta, finding: Finding): HelderVFileMessage {
  const text = String(file.data.helder?.doc?.text ?? file.value);
  const actual = text.slice(finding.start, finding.end);
  const expected = finding.expected ?? [];
  const reason = fillMessage(rule.message, actual, expected, finding.data);
  // Messages are data, not thrown errors: skip the stack capture that Error() does in
  // VFileMessage's constructor (it was the largest cost of the rules step).
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: HelderVFileMessage;
  try {
    message = file.message(reason, { ruleId: rule.id, source: 'helder' }) as HelderVFileMessage;
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  message.actual = actual;
  message.expected = expected;
  message.url = rule.url;
  message.note = rule.explanation;
  message.fatal = rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined;
  message.category = rule.category;
  message.severity = rule.severity;
  message.explanation = rule.explanation;
  message.guide = rule.source;
  message.startOffset = finding.start;
  message.endOffset = finding.end;
  message.expectedList = expected;
  if (finding.fix) message.fixEdit = finding.fix;
  return message;
}

/** Plain JSON messages, sorted by position, with line and column from the original text. */
export function toMessages(file: VFile, text: string): Message[] {
  const place = location(text);
  const out: Message[] = [];
  for (const m of file.messages as HelderVFileMessage[]) {
    if (m.startOffset === undefined) continue;
    const point = place.toPoint(m.startOffset) ?? { line: 1, column: 1 };
    const msg: Message = {
      ruleId: m.ruleId ?? 'onbekend',
      category: m.category,
      severity: m.severity,
      message: m.reason,
      explanation: m.explanation,
      start: m.startOffset,
      end: m.endOffset,
      line: point.line,
      column: point.column,
      actual: text.slice(m.startOffset, m.endOffset),
      expected: m.expectedList,
      url: m.url ?? '',
      source: m.guide ?? '',
    };
    if (m.fixEdit) msg.fix = m.fixEdit;
    out.push(msg);
  }
  out.sort(byPosition);
  return out;
}
