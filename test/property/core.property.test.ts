import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, rewrite } from '@helder/core';
import { formats, letterText, runs, seed } from './generators.js';

const settings = { numRuns: runs, seed };

describe('check() on generated Dutch-like text (fast-check)', () => {
  it('never throws and every offset slices to its actual', () => {
    fc.assert(
      fc.property(letterText, formats, (text, format) => {
        const report = check(text, { format });
        for (const m of report.messages) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThanOrEqual(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.actual);
          if (m.fix) {
            expect(m.fix.start).toBeGreaterThanOrEqual(0);
            expect(m.fix.end).toBeLessThanOrEqual(text.length);
          }
        }
        let previousEnd = 0;
        for (const s of report.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          previousEnd = s.end;
        }
        expect(Number.isFinite(report.readability.lint)).toBe(true);
        expect(report.grade.value).toBeGreaterThanOrEqual(1);
        expect(report.grade.value).toBeLessThanOrEqual(10);
      }),
      settings,
    );
  });

  it('rewrite() never makes overlapping edits and is idempotent on its own output', () => {
    fc.assert(
      fc.property(letterText, (text) => {
        const first = rewrite(text, check(text));
        let lastEnd = -1;
        for (const edit of first.edits) {
          expect(edit.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = edit.end;
        }
        // A safe fix must not create a finding that another safe fix would change again.
        const second = rewrite(first.text, check(first.text));
        expect(second.edits).toEqual([]);
        expect(second.text).toBe(first.text);
      }),
      settings,
    );
  });
});
