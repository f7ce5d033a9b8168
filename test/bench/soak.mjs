// Load and soak run (issue 6): the built service in its own process, autocannon against
// loopback for a bounded time, then errors, timeouts, p99 latency, memory growth and
// event-loop delay. Targets: 60 s at 50 connections with zero errors or timeouts, memory
// growth under 10%, event-loop delay p99 under 100 ms.
//   node test/bench/soak.mjs            (60 s; HELDER_SOAK_SECONDS to change, max 600)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startService } from './service.mjs';
import { loadCorpus } from '../../corpus/index.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seconds = Math.min(600, Math.max(5, Number(process.env.HELDER_SOAK_SECONDS ?? 60)));
const connections = Number(process.env.HELDER_SOAK_CONNECTIONS ?? 50);
// A one-page ambtelijke letter from the corpus, without its header.
const letter = loadCorpus().find((l) => l.id === 'parkeervergunning/ambtelijk')?.text ?? '';
if (!letter) throw new Error('soak: corpus/parkeervergunning/ambtelijk ontbreekt');

const { url, child } = await startService({ execArgv: ['--expose-gc', '--import', join(root, 'test/bench/probe.mjs')] });

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
