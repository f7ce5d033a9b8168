// Starts the built service in its own process for a benchmark (so the load generator and
// the service do not share an event loop) and waits until it listens.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = join(root, 'packages/server/dist/main.js');

/**
 * @param {{ env?: Record<string, string>, execArgv?: string[] }} [options]
 * @returns {Promise<{ url: string, child: import('node:child_process').ChildProcess }>}
 */
export async function startService(options = {}) {
  if (!existsSync(main)) {
    console.error('bench: packages/server/dist ontbreekt; draai eerst `pnpm build` (run `pnpm build` first).');
    process.exit(1);
  }
  // The rate limit is off: a load generator is one client sending hundreds of requests a second.
  const child = fork(main, ['--port', '0'], {
    cwd: root,
    execArgv: options.execArgv ?? [],
    env: { ...process.env, HELDER_RATE_LIMIT: 'off', ...options.env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const url = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error('service did not start within 15 s')), 15_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /luistert op (http:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`service stopped (exit ${code})`)));
  });
  return { url, child };
}
