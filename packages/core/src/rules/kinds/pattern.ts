// Kind `pattern`: token patterns (see ../pattern.ts for the syntax), per sentence.

import type { Sentence } from '../../doc.js';
import type { Finding } from '../../report.js';
import { matchAt, type CompiledPattern } from '../pattern.js';

export interface PatternEntry {
  compiled: CompiledPattern;
  alternatives: string[];
}

export function runPatterns(entries: PatternEntry[], s: Sentence, emit: (f: Finding) => void): void {
  const tokens = s.tokens;
  let free = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < free) continue;
    for (const e of entries) {
      const end = matchAt(e.compiled, tokens, i);
      if (end < 0) continue;
      emit({ start: tokens[i]!.start, end: tokens[end - 1]!.end, expected: e.alternatives });
      free = end;
      break;
    }
  }
}
