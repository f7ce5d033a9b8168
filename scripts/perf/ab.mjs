// Dev tool for speed work: is a build of core faster than another? Runs fresh processes
// of both in turn (scripts/perf/one-process.mjs), each timing check() against a bare
// retext-dutch parse in the same process, and compares the median ratios. Two module
// copies in one process bias each other by up to 20% on this kind of machine; separate
// processes and a ratio to the parse keep the machine's drift out (spread about ±3%).
// Usage: node scripts/perf/ab.mjs /tmp/base [packages/core] [pairs=6]
//        ID=parkeervergunning/ambtelijk node scripts/perf/ab.mjs /tmp/base   (a corpus letter)
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [baseDir, newDir = join(here, '..', '..', 'packages/core'), pairsArg] = process.argv.slice(2);
if (!baseDir) {
  console.error('usage: node scripts/perf/ab.mjs <base core dir with dist/> [<new core dir>] [pairs]');
  process.exit(2);
}
const pairs = Number(pairsArg) || 6;
const run = (dir) => JSON.parse(execFileSync('node', [join(here, 'one-process.mjs'), dir], { encoding: 'utf8' }).trim().split('\n').pop());
const base = [];
const next = [];
for (let i = 0; i < pairs; i++) {
  // Alternate which build runs first.
  if (i % 2) (next.push(run(newDir)), base.push(run(baseDir)));
  else (base.push(run(baseDir)), next.push(run(newDir)));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const a = median(base.map((x) => x.ratio));
const b = median(next.map((x) => x.ratio));
console.log(`base ${a.toFixed(2)}x a bare parse, new ${b.toFixed(2)}x: new/base ${(b / a).toFixed(3)}`);
console.log(`runs base ${base.map((x) => x.ratio.toFixed(2)).join(' ')} | new ${next.map((x) => x.ratio.toFixed(2)).join(' ')}`);
