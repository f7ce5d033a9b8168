// One fresh process of scripts/perf/ab.mjs: check() of one build against a bare
// retext-dutch parse of the same text, timed in turn; prints the ratios as JSON.
// The text is the bench's 400-word letter, or the corpus letter named by env ID.
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = resolve(process.argv[2]);
const { check } = await import(pathToFileURL(join(dir, 'dist/index.js')).href);
const { unified, retextDutch } = await import(pathToFileURL(join(dir, 'dist/vendor.js')).href);
const { loadCorpus } = await import(pathToFileURL(join(root, 'corpus/index.mjs')).href);
const bare = unified().use(retextDutch).freeze();
const letters = loadCorpus();
const wordCount = (t) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
// As test/bench/core.bench.mjs builds its 400-word letter.
const paragraphs = letters.flatMap((l) => l.text.split(/\n\s*\n/)).filter((p) => wordCount(p) >= 8);
const parts = [];
for (let i = 0, n = 0; n < 400; i++) {
  parts.push(paragraphs[i % paragraphs.length]);
  n += wordCount(paragraphs[i % paragraphs.length]);
}
const text = process.env.ID ? letters.find((l) => l.id === process.env.ID).text : parts.join('\n\n');
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (let i = 0; i < 300; i++) (check(text), bare.parse(text));
const checks = [];
const parses = [];
for (let r = 0; r < 600; r++) {
  let t0 = performance.now();
  check(text);
  checks.push(performance.now() - t0);
  t0 = performance.now();
  bare.parse(text);
  parses.push(performance.now() - t0);
}
console.log(JSON.stringify({ ratio: median(checks) / median(parses), check: median(checks) }));
