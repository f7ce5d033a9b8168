// How fast hostile input is refused (issue 6: a clear 4xx or CLI exit 2 within 2 s, the
// service alive throughout). Per hostile file: the CLI's wall time for `helder check FILE`
// (cold start included) and the service's response time for the upload, against baselines
// measured in the same run: `node -e ''` start-up, and GET /healthz.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileFiles } from '../fixtures/hostile/index.mjs';
import { startService } from './service.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'packages/cli/dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'helder-hostile-bench-'));
const files = hostileFiles(work);
const LIMIT_MS = 2000;

function wall(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { ms: performance.now() - started, status: run.status };
}

const nodeStart = Math.min(...[0, 1, 2].map(() => wall(['-e', '']).ms));
console.log(`baseline: node -e '' ${nodeStart.toFixed(0)} ms`);
console.log('\nCLI: helder check FILE');
let worst = 0;
for (const { name, file } of files) {
  const { ms, status } = wall([cli, 'check', file]);
  worst = Math.max(worst, ms);
  console.log(`  ${name.padEnd(26)} exit ${status}  ${ms.toFixed(0).padStart(5)} ms  (${(ms / nodeStart).toFixed(1)}x node start)  ${status === 2 && ms < LIMIT_MS ? 'ok' : 'BUITEN GRENS'}`);
}

const { url, child: server } = await startService({ env: { HELDER_LOG: 'off' } });
async function timed(fn) {
  const started = performance.now();
  const res = await fn();
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
}
const health = [];
for (let i = 0; i < 20; i++) health.push((await timed(() => fetch(`${url}/healthz`))).ms);
const healthMs = health.sort((a, b) => a - b)[10];
console.log(`\nservice: baseline GET /healthz median ${healthMs.toFixed(1)} ms`);
let worstServer = 0;
for (const { name, file, kind } of files) {
  const bytes = readFileSync(file);
  const { ms, status } = await timed(() => {
    if (kind === 'docx') {
      const form = new FormData();
      form.append('file', new Blob([bytes]), name);
      return fetch(`${url}/api/check`, { method: 'POST', body: form });
    }
    return fetch(`${url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat([Buffer.from('{"text":"'), bytes, Buffer.from('"}')]),
    }).catch(() => ({ status: 0, arrayBuffer: async () => null }));
  });
  const alive = (await fetch(`${url}/healthz`)).status === 200;
  worstServer = Math.max(worstServer, ms);
  console.log(`  ${name.padEnd(26)} ${String(status).padStart(3)}  ${ms.toFixed(0).padStart(5)} ms  healthz ${alive ? 'ok' : 'WEG'}  ${status >= 400 && status < 500 && ms < LIMIT_MS && alive ? 'ok' : 'BUITEN GRENS'}`);
}
server.kill('SIGTERM');
rmSync(work, { recursive: true, force: true });
console.log(`\nslechtste: CLI ${worst.toFixed(0)} ms, service ${worstServer.toFixed(0)} ms (grens ${LIMIT_MS} ms)`);
