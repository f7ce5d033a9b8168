// Where a check runs. Large texts and every .docx (untrusted zip parsing) go to the
// worker pool, which caps heap and time. Small texts run in-process, where a one-page
// letter costs a few milliseconds and no copying; on machines with cores to spare, a
// small text goes to a pool worker while one sits idle, so a busy service uses them.
import { availableParallelism } from 'node:os';

import { check, rewrite, type CheckOptions, type Report } from '@helder/core';
import { createPool, PoolError, type Pool, type PoolOptions } from '@helder/pool';
import type { Edit } from '@helder/core';

export interface DocxCheck {
  text: string;
  paragraphs: unknown[];
  report: Report;
}

export interface Checker {
  check(text: string, options: CheckOptions): Promise<Report>;
  rewrite(text: string, options: CheckOptions): Promise<{ text: string; edits: Edit[]; report: Report }>;
  checkDocx(data: Uint8Array, options: CheckOptions): Promise<DocxCheck>;
  annotateDocx(data: Uint8Array, options: CheckOptions): Promise<Uint8Array>;
  stats(): { size: number; busy: number; queued: number };
  /** Start a worker and load core and docx in it now, so the first upload is not slow. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface CheckerOptions {
  /** Texts up to this many UTF-16 code units are checked in-process. */
  inProcessMaxChars?: number;
  /** An existing pool (shared with other users) or options for a new one. */
  pool?: Pool | PoolOptions;
  /** Send small texts to an idle pool worker too (default: with more than two cores). */
  spread?: boolean;
  /** In-process checks waiting for their turn before new ones get 503 (default 256). */
  maxWaiting?: number;
}

/**
 * In-process checks take turns: one check per event-loop iteration. Between two checks
 * the loop serves timers and I/O (health checks, new connections, the next request's
 * body), so with 50 clients waiting the loop is blocked for one check, not fifty.
 * An immediate queued from inside an immediate runs in the next iteration, which is what
 * gives the loop its turn.
 */
function createTurns(maxWaiting: number) {
  const waiting: Array<() => void> = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(runOne);
  };
  function runOne(): void {
    scheduled = false;
    waiting.shift()?.();
    schedule();
  }
  return {
    run<T>(work: () => T): Promise<T> {
      if (waiting.length >= maxWaiting) return Promise.reject(new PoolError('QUEUE_FULL'));
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          try {
            resolve(work());
          } catch (error) {
            reject(error);
          }
        });
        schedule();
      });
    },
    get waiting() {
      return waiting.length;
    },
  };
}

function isPool(value: unknown): value is Pool {
  return typeof (value as Pool | undefined)?.run === 'function';
}

export function createChecker(options: CheckerOptions = {}): Checker {
  // About 1,800 words: checked in-process in tens of milliseconds, so the event loop
  // (health checks, other clients) never waits long; anything longer goes to a worker.
  const limit = options.inProcessMaxChars ?? 12_000;
  const ownPool = !isPool(options.pool);
  // Lazily created: a process that only checks small texts never starts a worker.
  let pool: Pool | undefined = isPool(options.pool) ? options.pool : undefined;
  const poolOptions: PoolOptions = isPool(options.pool)
    ? {}
    : { size: Math.max(1, availableParallelism() - 1), maxQueue: 32, heapMb: 192, timeoutMs: 10_000, ...(options.pool ?? {}) };
  const getPool = (): Pool => (pool ??= createPool(poolOptions));
  // On two cores one is busy with the network and the clients (a load generator on the
  // same machine, other services); measured there, spreading cost CPU (copying, a second
  // heap) and throughput. From three cores on, a free worker is a real gain.
  const spread = options.spread ?? availableParallelism() > 2;
  const turns = createTurns(options.maxWaiting ?? 256);

  // Workers start cold (thread start, module load, JIT): small texts stay in-process
  // until a first pooled check has warmed them.
  let warm = false;
  let warming = false;
  function warmUp(): void {
    if (warming) return;
    warming = true;
    getPool()
      .run('check', { text: 'Wij hebben uw brief ontvangen.' })
      .then(
        () => (warm = true),
        () => (warming = false),
      );
  }

  /** A small text goes to the pool only when a warm worker is free right now. */
  function inProcess(text: string): boolean {
    if (text.length > limit) return false;
    if (!spread) return true;
    if (!warm) {
      warmUp();
      return true;
    }
    const stats = getPool().stats();
    return !(stats.queued === 0 && stats.busy < stats.size);
  }

  return {
    async check(text, checkOptions) {
      if (inProcess(text)) return turns.run(() => check(text, checkOptions));
      return getPool().run('check', { text, options: checkOptions }) as Promise<Report>;
    },
    async rewrite(text, checkOptions) {
      if (inProcess(text)) {
        return turns.run(() => {
          const report = check(text, checkOptions);
          return { ...rewrite(text, report), report };
        });
      }
      return getPool().run('rewrite', { text, options: checkOptions });
    },
    checkDocx(data, checkOptions) {
      return getPool().run('checkDocx', { data, options: checkOptions }) as Promise<DocxCheck>;
    },
    annotateDocx(data, checkOptions) {
      return getPool().run('annotateDocx', { data, options: checkOptions }) as Promise<Uint8Array>;
    },
    stats() {
      const own = pool ? pool.stats() : { size: 0, busy: 0, queued: 0 };
      return { ...own, queued: own.queued + turns.waiting };
    },
    async warm() {
      // Builds the default processor (rule compilation) here too, not on the first request.
      check('Wij hebben uw brief ontvangen.', {});
      warmUp();
      // An empty file fails fast (NOT_DOCX) but only after the worker loaded @helder/docx.
      await getPool()
        .run('checkDocx', { data: new Uint8Array(0) })
        .catch(() => undefined);
    },
    async close() {
      if (pool && ownPool) await pool.close();
    },
  };
}
