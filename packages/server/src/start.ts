// The HTTP server around the app: lowered timeouts so slow clients are cut off, and a
// graceful shutdown (readiness 503, in-flight requests finish, workers stop, exit 0).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions, type HelderApp } from './app.js';

export interface StartOptions extends AppOptions {
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (this machine only); '0.0.0.0' to serve the network. */
  host?: string;
  /** Stop on SIGTERM and SIGINT (default true). */
  handleSignals?: boolean;
  /** Longest time in-flight requests get to finish on shutdown, in ms. */
  shutdownGraceMs?: number;
  /** A whole request (headers and body) must arrive within this many ms. */
  requestTimeoutMs?: number;
  /** Headers must arrive within this many ms. */
  headersTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  app: HelderApp;
  /** Graceful: readiness 503, stop accepting, let in-flight requests finish, stop workers. */
  close(): Promise<void>;
}

function trustProxyFromEnv(value: string | undefined): boolean | number | string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * Settings from the environment, so `helder serve`, `pnpm start` and dist/main.js behave
 * alike: HELDER_TRUST_PROXY, HELDER_RATE_LIMIT=off, HELDER_LOG=off, HELDER_SPREAD=on|off.
 * Explicit options win.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): AppOptions {
  const options: AppOptions = {};
  const trust = trustProxyFromEnv(env.HELDER_TRUST_PROXY);
  if (trust !== undefined) options.trustProxy = trust;
  if (env.HELDER_RATE_LIMIT === 'off') options.rateLimit = false;
  if (env.HELDER_LOG === 'off') options.log = false;
  if (env.HELDER_SPREAD === 'off') options.spread = false;
  if (env.HELDER_SPREAD === 'on') options.spread = true;
  return options;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const app = createApp({ ...optionsFromEnv(), ...options });
  // Node's defaults (300 s per request, checked every 30 s) let a slow client hold a
  // socket for minutes; these cut it off within seconds.
  const server = createServer(
    {
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      headersTimeout: options.headersTimeoutMs ?? 10_000,
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  // Longer than the idle timeout of proxies and clients (60 s is common) so that the
  // client, not Helder, closes an idle connection: otherwise a request sent on a socket
  // the server is just closing fails ('other side closed', a 502 at the proxy). Slow
  // clients are still cut off by the header and request timeouts above.
  server.keepAliveTimeout = 65_000;
  server.maxHeadersCount = 100;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  void app.helder.checker.warm();
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      app.helder.draining = true;
      const grace = options.shutdownGraceMs ?? 10_000;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          // In-flight work had its chance; cut what is left.
          server.closeAllConnections();
        }, grace);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      });
      await app.helder.close();
    })();
    return closing;
  };

  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      process.stderr.write(`helder: ${signal} ontvangen; lopende controles worden afgemaakt\n`);
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  return { url: `http://${shownHost}:${port}`, port, server, app, close };
}
