// `pnpm bench`: runs every test/bench/*.bench.mjs in turn, each in its own node process
// (so one benchmark's heap and JIT state do not colour the next), and fails if one fails.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test', 'bench');
const only = process.argv.slice(2);
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.bench.mjs'))
      .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
      .sort()
  : [];
if (files.length === 0) {
  console.error('bench: geen benchmarks gevonden in test/bench (no *.bench.mjs found)');
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n>>> ${file}`);
  const result = spawnSync(process.execPath, ['--expose-gc', join(dir, file)], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    failed++;
    console.log(`<<< ${file} failed (exit ${result.status ?? result.signal})`);
  }
}
console.log(`\nbench: ${files.length - failed} of ${files.length} benchmarks completed`);
process.exit(failed ? 1 : 0);
