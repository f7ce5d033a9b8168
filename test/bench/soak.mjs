// Load and soak run (issue 6): the built service in its own process, autocannon against
// loopback for a bounded time, then errors, timeouts, p99 latency, memory growth and
// event-loop delay. Targets: 60 s at 50 connections with zero errors or timeouts, memory
// growth under 10%, event-loop delay p99 under 100 ms.
//   node test/bench/soak.mjs            (60 s; HELDER_SOAK_SECONDS to change, max 600)
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = join(root, 'packages/server/dist/main.js');
if (!existsSync(main)) {
  console.error('soak: packages/server/dist ontbreekt; draai eerst `pnpm build`.');
  process.exit(1);
}
const seconds = Math.min(600, Math.max(5, Number(process.env.HELDER_SOAK_SECONDS ?? 60)));
const connections = Number(process.env.HELDER_SOAK_CONNECTIONS ?? 50);
const letterFile = join(root, 'corpus/parkeervergunning/ambtelijk.txt');
const letter = existsSync(letterFile)
  ? readFileSync(letterFile, 'utf8')
  : 'Geachte heer Jansen,\n\nIndien u vragen heeft, dient u contact op te nemen met de gemeente.\n\nHoogachtend,\nDe gemeente';

const child = fork(main, ['--port', '0'], {
  cwd: root,
  execArgv: ['--expose-gc', '--import', join(root, 'test/bench/probe.mjs')],
  env: { ...process.env, HELDER_RATE_LIMIT: 'off' },
  stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
});
const url = await new Promise((resolve, reject) => {
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
    const m = /luistert op (http:\/\/\S+)/.exec(err);
    if (m) resolve(m[1]);
  });
  child.on('exit', (code) => reject(new Error(`service stopped (exit ${code})`)));
  setTimeout(() => reject(new Error('service did not start within 15 s')), 15_000).unref();
});

function ask(type) {
  return new Promise((resolve) => {
    const onMessage = (m) => {
      if (m?.type === type) {
        child.off('message', onMessage);
        resolve(m);
      }
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

function load(duration) {
  return autocannon({
    url: `${url}/api/check`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: letter }),
    connections,
    duration,
    timeout: 10,
  });
}

console.log(`soak: ${seconds} s, ${connections} connections, POST /api/check (${letter.length} characters)`);
// Warm-up: JIT, caches, the heap growing to its working size; growth is measured after it.
await load(Math.min(20, Math.ceil(seconds / 3)));
const before = await ask('reset');
const result = await load(seconds);
const after = await ask('stats');
child.kill('SIGTERM');

const growth = (after.rss - before.rss) / before.rss;
const errors = result.errors + result.non2xx;
const rows = [
  ['requests', result.requests.total, ''],
  ['checks/s (mean)', result.requests.average.toFixed(0), ''],
  ['latency p50 / p99 (ms)', `${result.latency.p50} / ${result.latency.p99}`, ''],
  ['errors + non-2xx', errors, errors === 0 ? 'ok' : 'FOUT'],
  ['timeouts', result.timeouts, result.timeouts === 0 ? 'ok' : 'FOUT'],
  ['RSS before -> after (MB)', `${(before.rss / 2 ** 20).toFixed(0)} -> ${(after.rss / 2 ** 20).toFixed(0)}`, ''],
  ['heap used before -> after (MB)', `${(before.heapUsed / 2 ** 20).toFixed(0)} -> ${(after.heapUsed / 2 ** 20).toFixed(0)}`, ''],
  ['memory growth', `${(growth * 100).toFixed(1)}%`, growth < 0.1 ? 'ok (< 10%)' : 'FOUT (>= 10%)'],
  ['event-loop delay p99 / max (ms)', `${after.delayP99Ms.toFixed(1)} / ${after.delayMaxMs.toFixed(1)}`, after.delayP99Ms < 100 ? 'ok (< 100)' : 'FOUT (>= 100)'],
];
for (const [name, value, verdict] of rows) console.log(`  ${name.padEnd(34)} ${String(value).padStart(14)}  ${verdict}`);
const ok = errors === 0 && result.timeouts === 0 && growth < 0.1 && after.delayP99Ms < 100;
console.log(ok ? 'soak: binnen de grenzen' : 'soak: BUITEN de grenzen');
process.exit(ok ? 0 : 1);
