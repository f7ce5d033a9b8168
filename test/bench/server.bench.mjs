// Benchmark of @helder/server over loopback with autocannon, against the built service
// started as its own process (dist/main.js), so load generator and server do not share
// an event loop. Measured in the same run:
//   baseline  GET /healthz            (the HTTP stack without a check)
//   check     POST /api/check         one-page letter (~400 words), 10 connections
//   lt        POST /v2/check          the same letter, LanguageTool form
//   memory    RSS before/after a long run of checks
// Targets (issue 5): >= 300 checks/s with p99 < 50 ms at 10 connections (goal 600/s);
// RSS < 250 MB after 100,000 requests. The long run is scaled for a bench run:
// HELDER_BENCH_REQUESTS (default 20,000) sets its length. Letter text is never printed.
// Run after `pnpm build`:  node test/bench/server.bench.mjs
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startService } from './service.mjs';
import { loadCorpus } from '../../corpus/index.mjs';


const FALLBACK = `Geachte heer, mevrouw,

Naar aanleiding van uw aanvraag d.d. 3 maart jongstleden delen wij u mede dat uw aanvraag voor een parkeervergunning in behandeling is genomen. Teneinde uw aanvraag te kunnen beoordelen, verzoeken wij u om ons de volgende stukken te doen toekomen.

Indien wij de stukken niet binnen de gestelde termijn hebben ontvangen, wordt uw aanvraag buiten behandeling gesteld. Tegen dit besluit kunt u bezwaar maken.

Hoogachtend,

Het college van burgemeester en wethouders`;
// A one-page ambtelijke letter from the corpus, without its header.
const letter = loadCorpus().find((l) => l.id === 'parkeervergunning/ambtelijk')?.text ?? FALLBACK;
const words = letter.split(/\s+/).filter(Boolean).length;

const SECONDS = Number(process.env.HELDER_BENCH_SECONDS ?? 8);
const LONG_RUN = Number(process.env.HELDER_BENCH_REQUESTS ?? 20_000);

// ---- the server ----------------------------------------------------------------------
// Logging stays on (as in production, to a discarded stdout).
const { url, child } = await startService();

function rssMb() {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** CPU time (user + system, all threads) the server process has used, in ms. */
function cpuMs() {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
}

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ url: url + opts.path, connections: 10, pipelining: 1, ...opts, path: undefined }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const checkRequest = {
  path: '/api/check',
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ text: letter }),
};
const ltRequest = {
  path: '/v2/check',
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ text: letter, language: 'nl-NL' }).toString(),
};

function line(name, r) {
  const bad = r.errors + r.timeouts + r.non2xx;
  return `${name.padEnd(10)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   max ${String(r.latency.max).padStart(5)} ms   errors ${bad}`;
}

let failed = false;
try {
  console.log(`server.bench: ${url}, letter of ${words} words (${letter.length} chars), 10 connections, ${SECONDS} s per run`);
  // Warm-up by count, not time: a fresh process compiles rules and JITs; on a busy
  // machine a fixed 2 s can end with slow requests still in flight.
  await run({ ...checkRequest, amount: 300 });
  const rssStart = rssMb();

  const baseline = await run({ path: '/healthz', duration: SECONDS });
  const cpuBefore = cpuMs();
  const check = await run({ ...checkRequest, duration: SECONDS });
  const cpuPerCheck = (cpuMs() - cpuBefore) / check.requests.total;
  const lt = await run({ ...ltRequest, duration: Math.max(2, SECONDS / 2) });
  console.log(line('baseline', baseline));
  console.log(line('check', check));
  console.log(line('v2/check', lt));
  console.log(`ratio check/baseline throughput: ${(check.requests.average / baseline.requests.average).toFixed(3)}`);
  // CPU time per check hardly depends on what else the machine runs: the figure to
  // compare across runs when the machine is busy.
  console.log(`server CPU per check: ${cpuPerCheck.toFixed(2)} ms (all threads; ${(1000 / cpuPerCheck).toFixed(0)} checks/s per fully used core)`);

  const long = await run({ ...checkRequest, amount: LONG_RUN });
  const rssEnd = rssMb();
  console.log(line('long run', long));
  console.log(`memory: RSS ${rssStart.toFixed(0)} MB after warm-up, ${rssEnd.toFixed(0)} MB after ${LONG_RUN.toLocaleString('en')} more checks (growth ${(((rssEnd - rssStart) / rssStart) * 100).toFixed(1)}%)`);

  const target = check.requests.average >= 300 && check.latency.p99 < 50;
  console.log(`target >= 300 checks/s with p99 < 50 ms: ${target ? 'met' : 'NOT met'}; goal 600/s: ${check.requests.average >= 600 ? 'met' : 'not met'}`);
  console.log(`target RSS < 250 MB: ${rssEnd < 250 ? 'met' : 'NOT met'} (${rssEnd.toFixed(0)} MB)`);
  const errors = [baseline, check, lt, long].reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  if (errors > 0) {
    console.log(`server.bench: ${errors} failed requests`);
    failed = true;
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}
process.exit(failed ? 1 : 0);
