// check() collects plain messages; a unified pipeline (createProcessor) gets vfile
// messages. Both are made in report.ts from the same findings: they must say the same.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { check, createProcessor, toMessages } from '@helder/core';

// vfile is core's dependency (unified pipelines pass files in), not the test package's.
const { VFile } = (await import(createRequire(new URL('../packages/core/package.json', import.meta.url)).resolve('vfile'))) as typeof import('vfile');
import { loadCorpus } from '../corpus/index.mjs';

describe('check() and the unified pipeline agree', () => {
  const letters = loadCorpus().filter((_, i) => i % 4 === 0);

  it('the letters compared hold findings to compare', () => {
    expect(letters.reduce((n, l) => n + check(l.text, { format: l.format }).messages.length, 0)).toBeGreaterThan(20);
  });

  it.each(letters.map((l) => [l.id, l] as const))('%s', (_id, letter) => {
    const processor = createProcessor({ format: letter.format });
    const file = new VFile({ value: letter.text });
    processor.runSync(processor.parse(file), file);
    const viaVfile = toMessages(file, letter.text);
    const viaCheck = check(letter.text, { format: letter.format }).messages;
    expect(viaVfile).toEqual(viaCheck);
    // The vfile side carries what unified tools read: rule id, place and reason.
    expect(file.messages.map((m) => m.ruleId).sort()).toEqual(viaCheck.map((m) => m.ruleId).sort());
  });
});
