import { github } from './github.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/**
 * json: an array of { path, ...Report } (the versioned core Report). For a .docx also
 * `paragraphs`, the map from text offsets to Word paragraphs.
 */
const json: Formatter = (results) =>
  JSON.stringify(
    results.filter((r) => r.report).map((r) => (r.paragraphs ? { path: r.path, ...r.report, paragraphs: r.paragraphs } : { path: r.path, ...r.report })),
    null,
    2,
  ) + '\n';

export const FORMATS: Record<string, Formatter> = { stylish, json, sarif, github, junit };
export type { FormatContext, Formatter } from './types.js';
