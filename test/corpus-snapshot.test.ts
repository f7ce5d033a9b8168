// One compact snapshot per corpus letter: a line per finding, `line:column ruleId "actual"`.
// A rule change that adds, drops or moves findings on the corpus shows up here as a
// readable diff. When the change is intended, update with:
//   pnpm exec vitest run test/corpus-snapshot.test.ts -u
// and review the diff of test/__snapshots__/corpus/ before committing it.

import { describe, expect, it } from 'vitest';
import { check } from '@helder/core';
import { loadCorpus } from '../corpus/index.mjs';

const letters = loadCorpus();

describe('corpus findings snapshot', () => {
  it.each(letters.map((l) => [l.id, l] as const))('%s', async (_id, letter) => {
    const report = check(letter.text, { format: letter.format });
    const lines = report.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${JSON.stringify(m.actual)}`);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(`./__snapshots__/corpus/${letter.id}.txt`);
  });
});
