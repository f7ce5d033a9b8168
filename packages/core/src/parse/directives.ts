// Inline ignore directives. Two forms, honoured in every format:
//
//   <!-- helder-disable rule-a, rule-b -->   ... <!-- helder-enable rule-a -->
//   <!-- helder-disable-next-line rule-a -->
//
// and a plain-text form for letters without markup: a line that holds only the directive
//
//   helder-disable rule-a rule-b
//   helder-enable
//   helder-disable-next-line rule-a
//
// Rule ids are separated by spaces or commas; no ids means every rule. `helder-enable`
// without ids ends every open range; with ids only those. A range left open runs to the
// end of the text. `disable-next-line` covers the next line with text after the
// directive's line. The
// directive text itself is blanked from the prose, so it is never checked.

import type { IgnoreRange } from '../doc.js';
import type { Edit } from './prose.js';
import { blank } from './prose.js';

const DIRECTIVE =
  /<!--[ \t]*helder-(disable-next-line|disable|enable)\b([^>]*?)-->|^[ \t]*helder-(disable-next-line|disable|enable)(?![\w-])([ \t][^\r\n]*)?$/gm;
const IDS = /[^\s,]+/g;

export interface Directives {
  edits: Edit[];
  ignores: IgnoreRange[];
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  if (nl === -1) return text.length;
  return nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

export function findDirectives(text: string): Directives {
  const result: Directives = { edits: [], ignores: [] };
  if (!text.includes('helder-')) return result;
  // '*' stands for "all rules" while a range is open.
  const open = new Map<string, number>();
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const verb = m[1] ?? m[3];
    const ids = (m[2] ?? m[4] ?? '').trim().match(IDS) ?? [];
    result.edits.push({ start, end, text: blank(m[0]) });
    if (verb === 'disable') {
      for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, end);
    } else if (verb === 'enable') {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const from = open.get(id);
        if (from === undefined) continue;
        open.delete(id);
        result.ignores.push({ start: from, end: start, rules: id === '*' ? [] : [id] });
      }
    } else {
      // The next line with text on it (blank lines in between are skipped).
      // At most a few blank lines are skipped, so many directives stay linear.
      let from = text.indexOf('\n', end);
      for (let skip = 0; from !== -1 && skip < 8; skip++) {
        if (text.slice(from + 1, lineEnd(text, from + 1)).trim() !== '') break;
        from = text.indexOf('\n', from + 1);
      }
      if (from === -1) continue;
      result.ignores.push({ start: from + 1, end: lineEnd(text, from + 1), rules: ids });
    }
    if (m[0].length === 0) DIRECTIVE.lastIndex++;
  }
  for (const [id, from] of open) result.ignores.push({ start: from, end: text.length, rules: id === '*' ? [] : [id] });
  result.ignores.sort((a, b) => a.start - b.start);
  return result;
}
