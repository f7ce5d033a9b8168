// packages/core/dist/bundle/index.js (scripts/bundle.mjs) is core's modules in one file,
// the entry `@helder/core` resolves to: one module to load instead of ~70 (cold start).
// It must behave exactly as the modules tsc wrote (dist/index.js), and refuse to load
// when dist/ changed after it was made.
import { describe, expect, it } from 'vitest';
import { cpSync, appendFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus } from '../corpus/index.mjs';

const core = fileURLToPath(new URL('../packages/core/', import.meta.url));
const bundle = () => import(pathToFileURL(join(core, 'dist/bundle/index.js')).href);
const modules = () => import(pathToFileURL(join(core, 'dist/index.js')).href);

describe('core bundle', () => {
  it('is what @helder/core resolves to', async () => {
    expect(await import('@helder/core')).toBe(await bundle());
  });

  it('exports the same names as dist/index.js', async () => {
    expect(Object.keys(await bundle()).sort()).toEqual(Object.keys(await modules()).sort());
  });

  it('gives the same reports as dist/index.js', async () => {
    const [a, b] = [await bundle(), await modules()];
    const letters = loadCorpus().slice(0, 12);
    for (const l of letters) {
      for (const format of ['text', 'markdown', 'html']) {
        expect(JSON.stringify(a.check(l.text, { format }))).toBe(JSON.stringify(b.check(l.text, { format })));
      }
    }
    const t = letters[0]!.text;
    expect(JSON.stringify(a.rewrite(t, a.check(t)))).toBe(JSON.stringify(b.rewrite(t, b.check(t))));
  });

  it('loads from a copy of dist/, and refuses to when .tsbuildinfo changed after bundling', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-bundle-'));
    try {
      for (const sub of ['dist', 'data']) cpSync(join(core, sub), join(dir, sub), { recursive: true });
      symlinkSync(join(core, 'node_modules'), join(dir, 'node_modules'));
      const probe = `import('${pathToFileURL(join(dir, 'dist/bundle/index.js')).href}').then((m) => console.log(typeof m.check))`;
      const run = () => execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      // A copy has new file times but the same .tsbuildinfo: fresh.
      expect(run().trim()).toBe('function');
      // What `tsc -b` does when it emits: a different .tsbuildinfo.
      appendFileSync(join(dir, 'dist/.tsbuildinfo'), ' ');
      expect(run).toThrow(/older than dist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
