// Template placeholders: fields a mail-merge or template engine fills in later. They are
// not the writer's text, so they are masked as one opaque word (a run of 'x') in the
// prose and become tokens of kind 'placeholder' that no rule reports on.

import type { Edit } from './prose.js';

// Bounded repetitions keep each attempt short: a stray "{{" in a 1 MB text costs at
// most a few hundred steps. Order matters: longer delimiters first.
const PLACEHOLDER = new RegExp(
  [
    String.raw`\{\s*MERGEFIELD[^{}\r\n]{0,120}\}`, // Word field code { MERGEFIELD Naam }
    String.raw`\bMERGEFIELD[ \t]+[\p{L}\p{N}_.-]{1,60}(?:[ \t]+\\\*[ \t]*[\p{L}]{1,20})?`,
    String.raw`\{\{[^\r\n]{0,200}?\}\}`, // {{ naam }}
    String.raw`\{%[^\r\n]{0,200}?%\}`, // {% if %}
    String.raw`\{#[^\r\n]{0,200}?#\}`, // {# comment #}
    String.raw`\$\{[^{}\r\n]{0,200}\}`, // ${naam}
    String.raw`\[\[[^\[\]\r\n]{1,200}\]\]`, // [[naam]]
    String.raw`«[^«»\r\n]{1,200}»`, // «Voornaam»
    String.raw`<<[^<>\r\n]{1,200}>>`, // <<naam>>
    String.raw`\{[\p{L}_][\p{L}\p{N}_.]{0,60}\}`, // {naam}
    // [Naam], [datum besluit]: a bracket field starts with a letter, holds at most six
    // words and is not a markdown link or reference ("[tekst](url)", "[tekst][1]").
    String.raw`\[[\p{L}][\p{L}\p{N}_./'’-]*(?:[ \t][\p{L}\p{N}_./'’-]+){0,5}\](?![(\[:])`,
  ].join('|'),
  'gu',
);

export function findPlaceholders(prose: string): Edit[] {
  const edits: Edit[] = [];
  // Cheap pre-check: most letters have none of the opening characters.
  if (!/[{\[«<$M]/.test(prose)) return edits;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(prose); m; m = PLACEHOLDER.exec(prose)) {
    edits.push({ start: m.index, end: m.index + m[0].length, text: 'x'.repeat(m[0].length) });
  }
  return edits;
}
