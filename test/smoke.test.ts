import { describe, expect, it } from 'vitest';
import { check } from '@helder/core';

describe('check()', () => {
  it('returns a versioned report whose offsets slice to the sentences', () => {
    const text = 'Wij hebben uw brief ontvangen. Wij bellen u volgende week.';
    const report = check(text);
    expect(report.version).toBe(1);
    expect(report.stats.sentences).toBe(2);
    expect(text.slice(report.sentences[1]!.start, report.sentences[1]!.end)).toBe('Wij bellen u volgende week.');
  });

  it('rejects a non-string with a clear error', () => {
    expect(() => check(42 as unknown as string)).toThrow(/string/);
  });
});
