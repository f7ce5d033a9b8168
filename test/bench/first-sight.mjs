// Benchmark probe, run in a fresh process by core.bench.mjs: check() of letters whose words
// the process has not all seen yet. check() keeps bounded memos per word form and per
// white-space chunk (the lexicon's answers, the rules' answers, retext-dutch's word level),
// so a letter checked again is cheaper than one seen for the first time; the bench's
// other figures re-check the same letters. Here the process first checks the letters of
// half the corpus' situations (JIT warm, the common words memoised, as in a running
// service), then each ambtelijke letter of the other half ONCE (its own jargon is new),
// against the median of 15 bare retext-dutch parses of that letter; then the same letter
// again. Prints one JSON line. Letter text is never printed.
// Usage: node test/bench/first-sight.mjs   (after `pnpm build`)
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { check } = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
const requireCore = createRequire(join(root, 'packages/core/package.json'));
const { unified } = await import(pathToFileURL(requireCore.resolve('unified')).href);
const retextDutch = (await import(pathToFileURL(requireCore.resolve('retext-dutch')).href)).default;
const bare = unified().use(retextDutch).freeze();
const { loadCorpus } = await import(pathToFileURL(join(root, 'corpus/index.mjs')).href);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const letters = loadCorpus().filter((l) => l.format === 'text');
const situations = [...new Set(letters.map((l) => l.id.split('/')[0]))].sort();
const seenSituations = new Set(situations.filter((_, i) => i % 2 === 0));
const warm = letters.filter((l) => seenSituations.has(l.id.split('/')[0]));
const fresh = letters.filter((l) => !seenSituations.has(l.id.split('/')[0]) && l.id.endsWith('/ambtelijk'));

for (let i = 0; i < 20; i++) for (const l of warm) (check(l.text), bare.parse(l.text));
const first = [];
const again = [];
for (const l of fresh) {
  const t0 = performance.now();
  check(l.text);
  const firstMs = performance.now() - t0;
  const bareMs = [];
  const againMs = [];
  for (let i = 0; i < 15; i++) {
    const b0 = performance.now();
    bare.parse(l.text);
    bareMs.push(performance.now() - b0);
    const c0 = performance.now();
    check(l.text);
    againMs.push(performance.now() - c0);
  }
  first.push(firstMs / median(bareMs));
  again.push(median(againMs) / median(bareMs));
}
console.log(JSON.stringify({ letters: fresh.length, first: median(first), again: median(again), firstMax: Math.max(...first) }));
