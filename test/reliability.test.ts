// Issue 6, "how it is judged": every hostile input ends in a clear 4xx (service) or exit 2
// (CLI) while the service keeps answering /healthz (the 2 s bound is measured by
// test/bench/hostile.bench.mjs, not asserted here: timings belong in benchmarks); a canary name and BSN sent
// through every door appear in no log line, temp file or error body; nothing connects
// anywhere but loopback. The service and the CLI run as real processes under a network
// guard (test/fixtures/guard/no-network.mjs) with their own TMPDIR.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocx } from '../packages/server/test/helpers.ts';
import { hostileFiles as hostileSet } from './fixtures/hostile/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const guard = join(root, 'test/fixtures/guard/no-network.mjs');
const serverMain = join(root, 'packages/server/dist/main.js');
const cliMain = join(root, 'packages/cli/dist/cli.js');
const hostileDocxDir = join(root, 'test/fixtures/docx/hostile');
const hostileFiles = () => hostileSet(work);

const CANARY_NAME = 'Kanarie Zwaluwstaart';
const CANARY_BSN = '999990019';
const CANARY_LETTER = `Geachte heer ${CANARY_NAME},\n\nIndien u vragen heeft over uw aanvraag (BSN ${CANARY_BSN}), dient u contact op te nemen.\n\nHoogachtend,\nDe gemeente`;

let work: string;
let server: ChildProcess;
let baseUrl: string;
let serverOutput = '';

function guardedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: join(work, 'tmp'),
    TMP: join(work, 'tmp'),
    TEMP: join(work, 'tmp'),
    HELDER_NETWORK_LOG: join(work, 'network.log'),
    NODE_OPTIONS: `--import=${guard}`,
    ...extra,
  };
  delete env.FORCE_COLOR;
  return env;
}

async function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start: ${serverOutput}`)), 20_000);
    const onData = (chunk: Buffer) => {
      serverOutput += chunk.toString();
      const match = /(http:\/\/[\w.:[\]]+)/.exec(serverOutput);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`service exited with ${code}: ${serverOutput}`)));
  });
}

async function healthy(): Promise<boolean> {
  const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
  return res.status === 200;
}

async function upload(path: string, bytes: Uint8Array, name: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), name);
  return fetch(`${baseUrl}${path}`, { method: 'POST', body: form, signal: AbortSignal.timeout(5000) });
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'helder-reliability-'));
  mkdirSync(join(work, 'tmp'));
  server = spawn(process.execPath, [serverMain, '--port', '0'], {
    env: guardedEnv({ HELDER_RATE_LIMIT: 'off' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  baseUrl = await waitForUrl(server);
}, 30_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

describe('hostile input at the service', () => {
  it('answers every hostile file with a clear 4xx within 2 s and keeps serving', async () => {
    for (const { name, file, kind } of hostileFiles()) {
      const bytes = new Uint8Array(readFileSync(file));
      const res =
        kind === 'docx'
          ? await upload('/api/check', bytes, name)
          : await fetch(`${baseUrl}/api/check`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: Buffer.concat([Buffer.from('{"text":"'), Buffer.from(bytes), Buffer.from('"}')]),
              signal: AbortSignal.timeout(5000),
            }).catch((error: Error) => ({ status: 0, error }) as unknown as Response);
      expect.soft(res.status, `${name}: status`).toBeGreaterThanOrEqual(400);
      expect.soft(res.status, `${name}: status`).toBeLessThan(500);
      if (res.status >= 400 && res.headers?.get('content-type')?.includes('json')) {
        const body = (await res.json()) as { error?: { code?: string; message?: string } };
        expect.soft(body.error?.message, `${name}: message`).toMatch(/\w{3,}/);
      }
      expect(await healthy(), `healthz after ${name}`).toBe(true);
    }
  }, 120_000);
});

describe('hostile input at the CLI', () => {
  it('exits 2 with a message naming the file, per file', () => {
    for (const { name, file } of hostileFiles()) {
      const run = spawnSync(process.execPath, [cliMain, 'check', file], { env: guardedEnv(), encoding: 'utf8', timeout: 20_000 });
      expect.soft(run.status, `${name}: exit code (${run.stderr})`).toBe(2);
      expect.soft(run.stderr, `${name}: names the file`).toContain(name);
    }
  }, 120_000);

  it('still checks the other files when one is hostile', () => {
    const good = join(work, 'goed.txt');
    writeFileSync(good, 'Wij hebben uw aanvraag ontvangen. Wij bellen u binnen twee weken.\n');
    const run = spawnSync(process.execPath, [cliMain, 'check', '--format', 'json', join(hostileDocxDir, 'zip-bomb.docx'), good], {
      env: guardedEnv(),
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    const reports = JSON.parse(run.stdout) as Array<{ path: string; version?: number }>;
    expect(reports.some((r) => r.path.endsWith('goed.txt') && r.version === 1)).toBe(true);
  });
});

describe('privacy canary', () => {
  it('a fake name and BSN sent through every door appear in no log, temp file or error body', async () => {
    const bodies: string[] = [];
    const send = async (path: string, init: RequestInit) => {
      // An oversized body may be cut off by the service (413 + close) before it is sent whole.
      const res = await fetch(`${baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      if (!res) return 0;
      const text = Buffer.from(await res.arrayBuffer()).toString('latin1');
      if (res.status >= 400) bodies.push(`${path} ${res.status}: ${text}`);
      return res.status;
    };
    const json = (value: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

    expect(await send('/api/check', json({ text: CANARY_LETTER }))).toBe(200);
    expect(await send('/api/rewrite', json({ text: CANARY_LETTER }))).toBe(200);
    expect(
      await send('/v2/check', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ text: CANARY_LETTER, language: 'nl' }).toString(),
      }),
    ).toBe(200);
    const docx = makeDocx(CANARY_LETTER.split('\n'));
    expect((await upload('/api/check', docx, 'brief.docx')).status).toBe(200);
    expect((await upload('/api/annotate', docx, 'brief.docx')).status).toBe(200);
    // Bad requests that carry the canary: malformed JSON, a wrong option, an oversized body,
    // a wrong content type, a corrupt upload named after the resident.
    await send('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"text": "${CANARY_LETTER}` });
    await send('/api/check', json({ text: CANARY_LETTER, format: CANARY_NAME }));
    await send('/api/check', json({ text: `${CANARY_LETTER} `.repeat(12_000) }));
    await send('/api/check', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: CANARY_LETTER });
    const corrupt = new Uint8Array(Buffer.from(`PK\u0003\u0004${CANARY_LETTER}`));
    const corruptStatus = (await upload('/api/check', corrupt, `${CANARY_NAME} ${CANARY_BSN}.docx`)).status;
    expect(corruptStatus).toBeGreaterThanOrEqual(400);
    expect(await healthy()).toBe(true);

    // The CLI's error paths: an unreadable file named after the resident, bad UTF-8 holding the canary.
    const named = join(work, `${CANARY_BSN}.txt`);
    writeFileSync(named, Buffer.concat([Buffer.from(CANARY_LETTER), Buffer.from([0xff, 0xfe])]));
    const cli = spawnSync(process.execPath, [cliMain, 'check', named], { env: guardedEnv(), encoding: 'utf8' });
    expect(cli.status).toBe(2);

    const canaries = [CANARY_NAME, CANARY_BSN, 'Zwaluwstaart'];
    for (const body of bodies) for (const c of canaries) expect(body, 'error body').not.toContain(c);
    for (const c of canaries) expect(serverOutput, 'service log').not.toContain(c);
    for (const c of [CANARY_NAME, 'Zwaluwstaart']) expect(cli.stderr, 'CLI error output').not.toContain(c);
    for (const file of filesUnder(join(work, 'tmp'))) {
      const content = readFileSync(file).toString('latin1');
      for (const c of canaries) expect(content, `temp file ${file}`).not.toContain(c);
    }
  }, 60_000);
});

describe('no outbound connections', () => {
  it('the service and the CLI connected to nothing but loopback', () => {
    const log = join(work, 'network.log');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });
});
