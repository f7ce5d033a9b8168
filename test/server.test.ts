// The service over real HTTP on an ephemeral loopback port (fetch, no supertest).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp, createRateLimiter, optionsFromEnv, startServer, type HelderApp, type LogEntry } from '@helder/server';
import { LETTER, listen, makeDocx, type Listening } from '../packages/server/test/helpers.ts';

const logs: LogEntry[] = [];
let app: HelderApp;
let server: Listening;

beforeAll(async () => {
  app = createApp({ log: (e) => logs.push(e), maxBodyBytes: 64 * 1024, maxTextChars: 20_000, rateLimit: false });
  server = await listen(app);
  await app.helder.checker.warm(); // as startServer does
});
afterAll(async () => {
  await server.close();
  await app.helder.close();
});

const maxUpload = () => 10 * 1024 * 1024;
const post = (path: string, body: BodyInit, type?: string) =>
  fetch(server.url + path, { method: 'POST', body, headers: type ? { 'content-type': type } : {} });
const postJson = (path: string, value: unknown) => post(path, JSON.stringify(value), 'application/json');

describe('security headers and health', () => {
  it('answers /healthz with strict headers and no X-Powered-By', async () => {
    const res = await fetch(server.url + '/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('turns /readyz to 503 and refuses new work while draining', async () => {
    expect((await fetch(server.url + '/readyz')).status).toBe(200);
    app.helder.draining = true;
    try {
      const ready = await fetch(server.url + '/readyz');
      expect(ready.status).toBe(503);
      const work = await postJson('/api/check', { text: 'Wij bellen u.' });
      expect(work.status).toBe(503);
      expect(work.headers.get('retry-after')).toBeTruthy();
      expect((await fetch(server.url + '/healthz')).status).toBe(200);
    } finally {
      app.helder.draining = false;
    }
  });

  it('serves the built page under the strict CSP, with no inline script', async () => {
    const res = await fetch(server.url + '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="\/assets\//);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=|https?:\/\//);
  });

  it('serves an OpenAPI 3.1 description naming every endpoint', async () => {
    const res = await fetch(server.url + '/api/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/check', '/api/rewrite', '/api/annotate', '/v2/check', '/v2/languages', '/healthz', '/readyz']) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });
});

describe('POST /api/check', () => {
  it('returns the core report, not cacheable, with offsets into the text', async () => {
    const res = await postJson('/api/check', { text: LETTER });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const report = (await res.json()) as { version: number; messages: Array<{ start: number; end: number; actual: string }>; grade: { value: number } };
    expect(report.version).toBe(1);
    expect(report.grade.value).toBeGreaterThanOrEqual(1);
    expect(report.messages.length).toBeGreaterThan(0);
    for (const m of report.messages) expect(LETTER.slice(m.start, m.end)).toBe(m.actual);
  });

  it('checks a long text in a worker with the same result shape', async () => {
    let text = '';
    while (text.length < 14_000) text += LETTER + '\n\n';
    const res = await postJson('/api/check', { text });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { messages: Array<{ start: number; end: number; actual: string }> };
    expect(report.messages.length).toBeGreaterThan(0);
    for (const m of report.messages) expect(text.slice(m.start, m.end)).toBe(m.actual);
    const rewritten = await postJson('/api/rewrite', { text });
    expect(rewritten.status).toBe(200);
    const body = (await rewritten.json()) as { text: string; edits: unknown[] };
    expect(typeof body.text).toBe('string');
    expect(Array.isArray(body.edits)).toBe(true);
  });

  it('answers malformed JSON with 400 in Dutch, without echoing the body', async () => {
    const res = await post('/api/check', '{"text": "Geheime brief van Pietje Puk', 'application/json');
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(JSON.parse(body).error.code).toBe('MALFORMED_JSON');
    expect(body).toMatch(/ongeldig/);
    expect(body).not.toContain('Pietje');
  });

  it('answers a wrong content type with 415', async () => {
    const res = await post('/api/check', 'Wij bellen u.', 'text/plain');
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over the limit with 413', async () => {
    const res = await postJson('/api/check', { text: 'woord '.repeat(20_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('BODY_TOO_LARGE');
  });

  it('answers 413 that the client can read, even while it is still sending a large body', async () => {
    const big = await postJson('/api/check', { text: 'Indien u vragen heeft. '.repeat(100_000) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('BODY_TOO_LARGE');
    const upload = await post('/api/check', new Uint8Array(12 * 1024 * 1024), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(upload.status).toBe(413);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(11 * 1024 * 1024)]), 'groot.docx');
    const multipart = await fetch(server.url + '/api/check', { method: 'POST', body: form });
    expect(multipart.status).toBe(413);
    expect((await fetch(server.url + '/healthz')).status).toBe(200);
  });

  it('answers a text over the character limit with 413', async () => {
    const res = await postJson('/api/check', { text: 'a'.repeat(20_001) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('TEXT_TOO_LONG');
  });

  it('rejects a missing text and unknown options with 400', async () => {
    expect((await postJson('/api/check', { tekst: 'x' })).status).toBe(400);
    expect((await postJson('/api/check', ['x'])).status).toBe(400);
    const preset = await postJson('/api/check', { text: 'Wij bellen u.', preset: 'heel-streng' });
    expect(preset.status).toBe(400);
    expect((await preset.json()).error.code).toBe('INVALID_OPTION');
    expect((await postJson('/api/check', { text: 'x', format: 'pdf' })).status).toBe(400);
  });

  it('checks an uploaded .docx and returns the text, the paragraph map and the report', async () => {
    const form = new FormData();
    form.append('file', new Blob([makeDocx(['Geachte heer Jansen,', 'Indien u vragen heeft, kunt u ons bellen.'])]), 'brief.docx');
    const res = await fetch(server.url + '/api/check', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { text: string; paragraphs: unknown[]; report: { version: number } };
    expect(body.text).toContain('Indien u vragen heeft');
    expect(body.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(body.report.version).toBe(1);
  });

  it('answers a corrupt .docx with a 4xx within 2 s while /healthz keeps answering', async () => {
    const corrupt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    const started = Date.now();
    const [res, health] = await Promise.all([post('/api/check', corrupt, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), fetch(server.url + '/healthz')]);
    expect(health.status).toBe(200);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a zip bomb with a 4xx within 2 s while /healthz keeps answering', async () => {
    const bomb = makeDocx(['Geachte heer Jansen,'], 64 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(maxUpload());
    const started = Date.now();
    const form = new FormData();
    form.append('file', new Blob([bomb]), 'brief.docx');
    const [res, health] = await Promise.all([fetch(server.url + '/api/check', { method: 'POST', body: form }), fetch(server.url + '/healthz')]);
    expect(health.status).toBe(200);
    expect([413, 422]).toContain(res.status);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await fetch(server.url + '/healthz')).status).toBe(200);
  });

  it('refuses two files in one upload', async () => {
    const form = new FormData();
    form.append('file', new Blob([makeDocx(['a'])]), 'a.docx');
    form.append('file2', new Blob([makeDocx(['b'])]), 'b.docx');
    const res = await fetch(server.url + '/api/check', { method: 'POST', body: form });
    expect(res.status).toBe(400);
  });

  it('answers a file that is no .docx at all with 415', async () => {
    const form = new FormData();
    form.append('file', new Blob(['dit is gewoon tekst']), 'brief.docx');
    const res = await fetch(server.url + '/api/check', { method: 'POST', body: form });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('NOT_DOCX');
  });
});

describe('POST /api/rewrite and /api/annotate', () => {
  it('rewrites with safe fixes and lists the edits against the original', async () => {
    const res = await postJson('/api/rewrite', { text: LETTER });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { text: string; edits: Array<{ start: number; end: number; actual: string; replacement: string }> };
    expect(typeof body.text).toBe('string');
    for (const e of body.edits) expect(LETTER.slice(e.start, e.end)).toBe(e.actual);
    let rebuilt = '';
    let at = 0;
    for (const e of body.edits) {
      rebuilt += LETTER.slice(at, e.start) + e.replacement;
      at = e.end;
    }
    expect(rebuilt + LETTER.slice(at)).toBe(body.text);
  });

  it('returns an annotated .docx for an uploaded .docx', async () => {
    const form = new FormData();
    form.append('file', new Blob([makeDocx(['Indien u vragen heeft, kunt u zich wenden tot ons.'])]), 'brief.docx');
    const res = await fetch(server.url + '/api/annotate', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('refuses JSON on /api/annotate with 415', async () => {
    expect((await postJson('/api/annotate', { text: 'x' })).status).toBe(415);
  });
});

describe('LanguageTool-compatible /v2', () => {
  const form = (fields: Record<string, string>) => post('/v2/check', new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');

  it('lists Dutch in /v2/languages', async () => {
    const langs = (await (await fetch(server.url + '/v2/languages')).json()) as Array<{ code: string; longCode: string }>;
    expect(langs.some((l) => l.longCode === 'nl-NL')).toBe(true);
  });

  it('answers in LanguageTool shape with UTF-16 offsets, also after an emoji', async () => {
    const text = '🙂 ' + LETTER;
    const res = await form({ text, language: 'nl-NL' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      software: { name: string; apiVersion: number };
      language: { code: string };
      matches: Array<{ message: string; offset: number; length: number; replacements: Array<{ value: string }>; context: { text: string; offset: number; length: number }; sentence: string; rule: { id: string; description: string; issueType: string; category: { id: string; name: string } } }>;
    };
    expect(body.software.apiVersion).toBe(1);
    expect(body.language.code).toBe('nl-NL');
    expect(body.matches.length).toBeGreaterThan(0);
    const direct = (await (await postJson('/api/check', { text })).json()) as { messages: Array<{ actual: string; start: number }> };
    for (const m of body.matches) {
      const span = text.slice(m.offset, m.offset + m.length);
      expect(direct.messages.some((d) => d.start === m.offset && d.actual === span)).toBe(true);
      expect(m.context.text.slice(m.context.offset, m.context.offset + m.context.length)).toBe(span.replace(/[\r\n\t]/g, ' '));
      expect(m.rule.category.id).toMatch(/^HELDER_/);
      expect(typeof m.rule.description).toBe('string');
      expect(Array.isArray(m.replacements)).toBe(true);
    }
  });

  it('maps offsets of annotated data back over the markup', async () => {
    const sentence = 'Indien u vragen heeft, kunt u zich wenden tot ons.';
    const data = { annotation: [{ markup: '<p class="brief">', interpretAs: '' }, { text: sentence }, { markup: '</p>', interpretAs: '\n\n' }] };
    const res = await form({ data: JSON.stringify(data), language: 'nl' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { matches: Array<{ offset: number; length: number }> };
    expect(body.matches.length).toBeGreaterThan(0);
    const original = '<p class="brief">' + sentence + '</p>';
    const plain = (await (await postJson('/api/check', { text: sentence + '\n\n' })).json()) as { messages: Array<{ actual: string }> };
    for (const m of body.matches) {
      expect(plain.messages.map((p) => p.actual)).toContain(original.slice(m.offset, m.offset + m.length));
    }
  });

  it('honours disabledRules', async () => {
    const all = (await (await form({ text: LETTER, language: 'nl' })).json()) as { matches: Array<{ rule: { id: string } }> };
    const id = all.matches[0]!.rule.id;
    const some = (await (await form({ text: LETTER, language: 'nl', disabledRules: id })).json()) as { matches: Array<{ rule: { id: string } }> };
    expect(some.matches.some((m) => m.rule.id === id)).toBe(false);
  });

  it('allows LanguageTool clients from other origins (CORS) on /v2 only', async () => {
    const pre = await fetch(server.url + '/v2/check', { method: 'OPTIONS', headers: { origin: 'https://editor.example', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    const res = await form({ text: 'Wij bellen u.', language: 'nl' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect((await postJson('/api/check', { text: 'Wij bellen u.' })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses other languages, GET checks and JSON bodies', async () => {
    expect((await form({ text: 'Hallo', language: 'de-DE' })).status).toBe(400);
    expect((await fetch(server.url + '/v2/check?text=geheim&language=nl')).status).toBe(405);
    expect((await postJson('/v2/check', { text: 'x' })).status).toBe(415);
  });
});

describe('rate limiting and trust proxy', () => {
  it('limits per client and answers 429 with Retry-After', async () => {
    const limited = createApp({ log: false, rateLimit: { capacity: 2, refillPerSecond: 0.1 } });
    const s = await listen(limited);
    try {
      const send = () => fetch(s.url + '/api/check', { method: 'POST', body: '{"text":"Wij bellen u."}', headers: { 'content-type': 'application/json' } });
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const third = await send();
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await fetch(s.url + '/healthz')).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('ignores X-Forwarded-For unless a proxy is trusted', async () => {
    const send = (url: string, ip: string) =>
      fetch(url + '/api/check', { method: 'POST', body: '{"text":"Wij bellen u."}', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip } });
    const direct = await listen(createApp({ log: false, rateLimit: { capacity: 1, refillPerSecond: 0.1 } }));
    const proxied = await listen(createApp({ log: false, trustProxy: 'loopback', rateLimit: { capacity: 1, refillPerSecond: 0.1 } }));
    try {
      // Without trust, a client cannot dodge the limit by inventing addresses.
      expect((await send(direct.url, '10.0.0.1')).status).toBe(200);
      expect((await send(direct.url, '10.0.0.2')).status).toBe(429);
      // Behind a trusted proxy each real client has its own bucket.
      expect((await send(proxied.url, '10.0.0.1')).status).toBe(200);
      expect((await send(proxied.url, '10.0.0.2')).status).toBe(200);
      expect((await send(proxied.url, '10.0.0.1')).status).toBe(429);
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});

describe('settings', () => {
  it('refills the token bucket over time and keeps clients apart', () => {
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1 });
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBeGreaterThan(0);
    expect(limiter.take('b', 0)).toBe(0);
    expect(limiter.take('a', 999)).toBeGreaterThan(0);
    expect(limiter.take('a', 1000)).toBe(0);
  });

  it('forgets the oldest client when the table is full', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 2 });
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('b', 0)).toBe(0);
    expect(limiter.take('c', 0)).toBe(0); // drops 'a'
    expect(limiter.take('a', 0)).toBe(0); // a fresh bucket again
    expect(limiter.take('c', 0)).toBeGreaterThan(0);
  });

  it('reads trust proxy, rate limit, log and spread from the environment', () => {
    expect(optionsFromEnv({})).toEqual({});
    expect(optionsFromEnv({ HELDER_TRUST_PROXY: '1', HELDER_RATE_LIMIT: 'off', HELDER_LOG: 'off', HELDER_SPREAD: 'on' })).toEqual({
      trustProxy: 1,
      rateLimit: false,
      log: false,
      spread: true,
    });
    expect(optionsFromEnv({ HELDER_TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(optionsFromEnv({ HELDER_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });
});

describe('privacy', () => {
  it('logs action, status, size and duration only: never letter text', async () => {
    const canary = 'Canary Pietersen, BSN 123456782, woont op de Geheimstraat 12.';
    logs.length = 0;
    await postJson('/api/check', { text: canary });
    await post('/api/check', `{"text": "${canary}`, 'application/json');
    await post('/v2/check', new URLSearchParams({ text: canary, language: 'xx' }).toString(), 'application/x-www-form-urlencoded');
    expect(logs.length).toBe(3);
    for (const entry of logs) {
      expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining(['action', 'bytes', 'ms', 'status']));
      const line = JSON.stringify(entry);
      expect(line).not.toContain('Pietersen');
      expect(line).not.toContain('123456782');
    }
    expect(logs.map((l) => l.status)).toEqual([200, 400, 400]);
  });
});

describe('startServer', () => {
  it('cuts off a client that sends its headers too slowly', async () => {
    const running = await startServer({ port: 0, log: false, handleSignals: false, headersTimeoutMs: 500, requestTimeoutMs: 1000 });
    try {
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const started = Date.now();
        const socket = connect(running.port, '127.0.0.1', () => socket.write('POST /api/check HTTP/1.1\r\nHost: x\r\n'));
        socket.on('error', () => {});
        socket.resume(); // read the 408 so 'close' can fire
        socket.on('close', () => resolve(Date.now() - started));
        setTimeout(() => reject(new Error('socket still open')), 5000);
      });
      expect(closedAfter).toBeLessThan(4000);
    } finally {
      await running.close();
    }
  });

  it('lets an in-flight request finish on close, then stops', async () => {
    const running = await startServer({ port: 0, log: false, handleSignals: false });
    const body = JSON.stringify({ text: LETTER });
    // Send headers now, the body only after close() has begun.
    const response = new Promise<number>((resolve, reject) => {
      const socket = connect(running.port, '127.0.0.1', () => {
        socket.write(`POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`);
        setTimeout(() => socket.end(body), 300);
      });
      let data = '';
      socket.on('data', (d) => (data += d));
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0)));
      socket.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 100));
    const closed = running.close();
    expect(running.app.helder.draining).toBe(true);
    expect(await response).toBe(200);
    await closed;
  });

  it('exits 0 on SIGTERM', async () => {
    const main = fileURLToPath(new URL('../packages/server/dist/main.js', import.meta.url));
    const child = spawn(process.execPath, [main, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HELDER_LOG: 'off' } });
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        if (String(d).includes('luistert op')) resolve();
      });
      child.on('exit', () => reject(new Error('exited early')));
    });
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});
