// The express app: API routes, LanguageTool compatibility, health, the staff page.
// createApp() does no listening; startServer() (start.ts) adds the HTTP server, timeouts
// and graceful shutdown.

import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pool, PoolOptions } from '@helder/pool';
import { createChecker, type Checker } from './checker.js';
import { errorBody, HttpError, toHttpError } from './errors.js';
import { jsonLineLogger, type Logger } from './log.js';
import { parseCheckOptions, requireText } from './options.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { noStore, securityHeaders } from './security.js';
import { isUpload, readUpload } from './upload.js';
import { checkLanguage, LANGUAGES, parseAnnotatedData, parseFilter, plainInput, toLanguageTool } from './languagetool.js';
import { openapi } from './openapi.js';

export interface AppOptions {
  /** Folder with the built page (web/dist); false serves no page. */
  webRoot?: string | false;
  /** Longest text accepted, in UTF-16 code units. */
  maxTextChars?: number;
  /** Largest JSON or form body, in bytes. */
  maxBodyBytes?: number;
  /** Largest .docx upload, in bytes. */
  maxUploadBytes?: number;
  /** Findings per document. */
  maxMessages?: number;
  /** Texts up to this length are checked in-process, longer ones in the worker pool. */
  inProcessMaxChars?: number;
  /** The worker pool, or options for one the app creates on first use. */
  pool?: Pool | PoolOptions;
  /** Also send small texts to idle pool workers (default: on with more than two cores). */
  spread?: boolean;
  /** Per-client token bucket for API calls; false turns it off (e.g. behind a gateway that limits). */
  rateLimit?: RateLimitOptions | false;
  /** Express `trust proxy`: false (default, clients connect directly), a hop count, or proxy addresses. */
  trustProxy?: boolean | number | string | string[];
  /** Request log sink; false for none. Default: JSON lines on stdout. */
  log?: Logger | false;
}

export interface HelderControl {
  /** While draining, /readyz answers 503 and new API work is refused. */
  draining: boolean;
  checker: Checker;
  close(): Promise<void>;
}

export type HelderApp = Express & { helder: HelderControl };

export const DEFAULTS = {
  maxTextChars: 100_000,
  maxBodyBytes: 1024 * 1024,
  maxUploadBytes: 10 * 1024 * 1024,
  maxMessages: 1000,
};

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Read and discard the rest of a request body (at most `cap` bytes), then call `done`. */
function drain(req: Request, cap: number, done: () => void): void {
  let seen = 0;
  let called = false;
  const finish = () => {
    if (called) return;
    called = true;
    req.off('data', onData);
    done();
  };
  const onData = (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > cap) finish();
  };
  req.on('data', onData);
  req.once('end', finish);
  req.once('error', finish);
  req.once('close', finish);
  req.resume();
}

/** Fixed action names per route: logs never carry a path or query written by a client. */
function actionOf(req: Request): string {
  const route = (req.route as { path?: string } | undefined)?.path;
  if (typeof route === 'string') return route;
  return req.method === 'GET' ? 'static' : 'other';
}

export function createApp(options: AppOptions = {}): HelderApp {
  const maxTextChars = options.maxTextChars ?? DEFAULTS.maxTextChars;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULTS.maxUploadBytes;
  const maxMessages = options.maxMessages ?? DEFAULTS.maxMessages;
  const log = options.log === false ? undefined : (options.log ?? jsonLineLogger);
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;

  const checker = createChecker({ inProcessMaxChars: options.inProcessMaxChars, pool: options.pool, spread: options.spread });
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit);

  const app = express() as HelderApp;
  app.helder = {
    draining: false,
    checker,
    close: () => checker.close(),
  };
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', options.trustProxy ?? false);
  app.set('query parser', 'simple');

  app.use(securityHeaders);

  if (log) {
    app.use((req, res, next) => {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        if (req.path === '/healthz' || req.path === '/readyz') return;
        const outBytes = Number(res.getHeader('content-length'));
        log({
          time: new Date().toISOString(),
          action: actionOf(req),
          method: req.method,
          status: res.statusCode,
          bytes: Number(req.headers['content-length']) || 0,
          ...(Number.isFinite(outBytes) ? { outBytes } : {}),
          ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
          ...(res.locals.errorCode ? { code: String(res.locals.errorCode) } : {}),
          ...(res.locals.errorName ? { error: String(res.locals.errorName) } : {}),
        });
      });
      next();
    });
  }

  // Health: liveness never depends on load; readiness turns 503 while shutting down.
  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (app.helder.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const mem = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 1048576);
    res.json({ status: 'ready', pool: checker.stats(), memoryMb: { rss: mb(mem.rss), heapUsed: mb(mem.heapUsed), heapTotal: mb(mem.heapTotal) } });
  });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  // LanguageTool clients in a browser (editor plugins, extensions) call from another
  // origin. Allowing that exposes nothing: /v2 keeps no state and answers only about the
  // text the caller itself sends. The JSON API and the page stay same-origin.
  app.use('/v2', (req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.setHeader('Access-Control-Max-Age', '600');
    res.removeHeader('Cross-Origin-Resource-Policy');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });
  app.get('/v2/languages', (_req, res) => {
    res.json(LANGUAGES);
  });

  // Everything below handles letter text.
  const work = express.Router();
  work.use(noStore);
  work.use((req, _res, next) => {
    if (app.helder.draining) return next(new HttpError('SHUTTING_DOWN', { retryAfter: 5 }));
    if (limiter) {
      const wait = limiter.take(req.ip ?? 'unknown');
      if (wait > 0) return next(new HttpError('RATE_LIMITED', { retryAfter: wait }));
    }
    next();
  });
  const json = express.json({ limit: maxBodyBytes, strict: true, type: 'application/json' });
  const form = express.urlencoded({ limit: maxBodyBytes, extended: false, parameterLimit: 50, type: 'application/x-www-form-urlencoded' });

  /** JSON body or 415. */
  const requireJson = (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('application/json')) return next(new HttpError('UNSUPPORTED_MEDIA_TYPE'));
    json(req, res, next);
  };
  const body = (req: Request): Record<string, unknown> => {
    const value: unknown = req.body;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new HttpError('MALFORMED_REQUEST', { message: 'Stuur een JSON-object, bijvoorbeeld {"text": "..."}.' });
    }
    return value as Record<string, unknown>;
  };

  work.post('/api/check', async (req, res, next) => {
    if (isUpload(req)) {
      const upload = await readUpload(req, maxUploadBytes);
      const opts = parseCheckOptions({ preset: upload.fields.preset, config: upload.fields.config }, maxMessages);
      res.json(await checker.checkDocx(upload.data, opts));
      return;
    }
    requireJson(req, res, async (error?: unknown) => {
      try {
        if (error) throw error;
        const input = body(req);
        const text = requireText(input.text, maxTextChars);
        const opts = parseCheckOptions(input, maxMessages);
        res.json(await checker.check(text, opts));
      } catch (err) {
        next(err);
      }
    });
  });

  work.post('/api/rewrite', requireJson, async (req, res) => {
    const input = body(req);
    const text = requireText(input.text, maxTextChars);
    const opts = parseCheckOptions(input, maxMessages);
    const result = await checker.rewrite(text, opts);
    res.json({ text: result.text, edits: result.edits });
  });

  work.post('/api/annotate', async (req, res) => {
    if (!isUpload(req)) throw new HttpError('UNSUPPORTED_MEDIA_TYPE');
    const upload = await readUpload(req, maxUploadBytes);
    const opts = parseCheckOptions({ preset: upload.fields.preset, config: upload.fields.config }, maxMessages);
    const out = await checker.annotateDocx(upload.data, opts);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    res.setHeader('Content-Disposition', 'attachment; filename="brief-met-opmerkingen.docx"');
    res.end(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
  });

  work.post('/v2/check', (req, res, next) => {
    if (!req.is('application/x-www-form-urlencoded')) return next(new HttpError('UNSUPPORTED_MEDIA_TYPE'));
    form(req, res, async (error?: unknown) => {
      try {
        if (error) throw error;
        const input = (req.body ?? {}) as Record<string, unknown>;
        checkLanguage(input.language);
        let lt;
        if (typeof input.data === 'string' && input.data !== '') lt = parseAnnotatedData(input.data, maxTextChars);
        else lt = plainInput(requireText(input.text, maxTextChars));
        const report = await checker.check(lt.text, { maxMessages });
        res.json(toLanguageTool(lt, report, parseFilter(input), input.language));
      } catch (err) {
        next(err);
      }
    });
  });
  // Letter text in a URL ends up in proxy and browser logs: refuse GET checks.
  work.get('/v2/check', () => {
    throw new HttpError('METHOD_NOT_ALLOWED', { message: 'Gebruik POST met de tekst in de body; tekst in een URL komt in logbestanden terecht.' });
  });
  app.use(work);

  if (webRoot && existsSync(webRoot)) {
    app.use(
      express.static(webRoot, {
        index: 'index.html',
        setHeaders(res, path) {
          // Vite puts content hashes in asset names: they never change.
          if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          else res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain; charset=utf-8').send('De pagina van Helder is niet gebouwd. Voer eerst "pnpm build" uit.\n');
    });
  }

  app.use((_req, _res, next) => {
    next(new HttpError('NOT_FOUND'));
  });

  // Express 5 passes rejected promises of async handlers here too.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const http = toHttpError(error);
    res.locals.errorCode = http.code;
    // For a fault of our own, the error's class name helps the operator; its message and
    // stack may quote the letter, so they are never logged.
    if (http.code === 'INTERNAL') res.locals.errorName = (error as Error | undefined)?.name ?? 'unknown';
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (http.retryAfter !== undefined) res.setHeader('Retry-After', String(http.retryAfter));
    res.setHeader('Cache-Control', 'no-store');
    if (req.complete) {
      res.status(http.status).json(errorBody(http));
      return;
    }
    // The client is still sending a body we refused (too large, wrong type). Answering now
    // and closing makes many clients see a reset instead of our answer, so read the rest
    // away first (bounded), then answer and close the connection.
    res.setHeader('Connection', 'close');
    drain(req, maxUploadBytes + maxBodyBytes, () => res.status(http.status).json(errorBody(http)));
  });

  return app;
}
