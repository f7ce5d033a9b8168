// Runs check() over many inputs: in this process for a few files, over a worker pool (both
// cores) for many. Results come back in input order. A file that fails becomes a result with
// an `error`; it never stops the run.

import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { CheckOptions, Report } from '@helder/core';
import type { DocxParagraph } from '@helder/docx';
import { FileError, UsageError } from './errors.js';
import type { FileKind } from './files.js';
import { decodeText, MAX_TEXT_BYTES } from './input.js';
import type { Cache } from './cache.js';

export interface Job {
  /** Path as shown to the user (relative, forward slashes), or the stdin file name. */
  path: string;
  kind: FileKind;
  /** Read from standard input. */
  stdin?: boolean;
  /** Loads the bytes; throws FileError. */
  load(): Promise<Uint8Array> | Uint8Array;
  options: CheckOptions;
}

export interface FileResult {
  path: string;
  kind: FileKind;
  /** The checked text (kept in memory only, for positions and fixes). */
  text?: string;
  bytes?: Uint8Array;
  paragraphs?: DocxParagraph[];
  report?: Report;
  error?: { code: string; message: string };
}

export interface RunOptions {
  jobs?: number;
  cache?: Cache;
  onProgress?: (done: number, total: number) => void;
  /** Options to try once (on an empty text) before any file, so a bad config is one error. */
  validate?: CheckOptions[];
}

/**
 * Below this many files a pool costs more than it saves: each worker loads core (about
 * half a second of CPU) before its first check, and a one-page letter takes a few ms.
 */
export const POOL_THRESHOLD = 100;

export function poolSize(jobs?: number): number {
  const cores = Math.max(1, availableParallelism());
  return Math.max(1, Math.min(jobs ?? cores, cores * 2));
}

/**
 * Without -j, workers are used only with more than two cores. Measured on two cores
 * (test/bench/cli.bench.mjs, 1,000 one-page letters): in this process 2.66 s, a pool of
 * two 3.65 s: the main thread still reads, decodes and writes, each worker loads core
 * and its rule set, and every report is copied back. An explicit -j is followed.
 */
export function willUsePool(files: number, jobs?: number): boolean {
  if (files < POOL_THRESHOLD || poolSize(jobs) <= 1) return false;
  return jobs !== undefined || availableParallelism() > 2;
}

const loadCore = () => import('@helder/core');

type PoolLike = { run(task: string, payload: unknown): Promise<any>; close(): Promise<void> };

/**
 * Texts above this size are checked in a worker with a deadline even in small runs, so one
 * pathological input (say a 500 KB line without a full stop) cannot hang a CI job.
 */
export const LARGE_TEXT = 64 * 1024;
const DEADLINE_MS = 20_000;

/** A one-worker pool opened on first need. */
function lazyGuard(): { get(): Promise<PoolLike | null>; close(): Promise<void> } {
  let guard: Promise<PoolLike | null> | undefined;
  return {
    get: () => (guard ??= openPool(1)),
    close: async () => {
      await (await guard)?.close();
    },
  };
}

async function openPool(size: number): Promise<PoolLike | null> {
  try {
    const mod = (await import('@helder/pool')) as unknown as { createPool(o: object): PoolLike };
    return mod.createPool({ size, maxQueue: 256, timeoutMs: DEADLINE_MS });
  } catch {
    return null;
  }
}

export function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof FileError) return { code: error.code, message: error.message };
  // DocxError (loaded lazily, so matched by name).
  if (error instanceof Error && error.name === 'DocxError') return { code: (error as Error & { code: string }).code, message: error.message };
  const e = error as { name?: string; code?: string; taskCode?: string; message?: string };
  if (e && e.name === 'PoolError') {
    switch (e.code) {
      case 'TIMEOUT':
        return { code: 'TIMEOUT', message: 'het controleren duurde te lang en is afgebroken' };
      case 'OUT_OF_MEMORY':
        return { code: 'TOO_LARGE', message: 'het controleren had te veel geheugen nodig en is afgebroken' };
      case 'CRASHED':
        return { code: 'CRASHED', message: 'het controleren is onverwacht gestopt' };
      default:
        return { code: e.taskCode ?? 'FAILED', message: e.message ?? 'het bestand kan niet worden gecontroleerd' };
    }
  }
  return { code: 'FAILED', message: `het bestand kan niet worden gecontroleerd (${(e && e.message) || String(error)})` };
}

export function cacheKey(bytes: Uint8Array, options: CheckOptions, version: string): string {
  return createHash('sha256').update(version).update('\0').update(JSON.stringify(options)).update('\0').update(bytes).digest('hex');
}

async function runOne(job: Job, pool: PoolLike | null, guard: ReturnType<typeof lazyGuard>, cache?: Cache): Promise<FileResult> {
  const result: FileResult = { path: job.path, kind: job.kind };
  try {
    const bytes = await job.load();
    if (job.kind === 'docx') {
      result.bytes = bytes;
      const out = pool
        ? await pool.run('checkDocx', { data: bytes, options: job.options })
        : await (async () => {
            // mammoth is loaded only when a .docx is checked: it would slow every start.
            const { readDocx } = await import('@helder/docx');
            const { text, paragraphs } = await readDocx(bytes, { maxTextChars: MAX_TEXT_BYTES });
            const { check } = await loadCore();
            const large = text.length > LARGE_TEXT ? await guard.get() : null;
            const report = large ? await large.run('check', { text, options: job.options }) : check(text, job.options);
            return { text, paragraphs, report };
          })();
      result.text = out.text;
      result.paragraphs = out.paragraphs;
      result.report = out.report;
      return result;
    }
    const text = decodeText(bytes);
    result.text = text;
    const key = cache ? cacheKey(bytes, job.options, cache.version) : '';
    const hit = cache?.get(job.path, key);
    if (hit) {
      result.report = hit;
      return result;
    }
    const worker = pool ?? (text.length > LARGE_TEXT ? await guard.get() : null);
    result.report = worker ? await worker.run('check', { text, options: job.options }) : (await loadCore()).check(text, job.options);
    cache?.set(job.path, key, result.report!);
  } catch (error) {
    result.error = errorOf(error);
    delete result.text;
  }
  return result;
}

export async function runJobs(jobs: Job[], options: RunOptions = {}): Promise<FileResult[]> {
  const size = poolSize(options.jobs);
  const usePool = willUsePool(jobs.length, options.jobs);
  const pool = usePool ? await openPool(size) : null;
  const guard = lazyGuard();
  if (pool) {
    for (const o of options.validate ?? []) {
      try {
        await pool.run('check', { text: '', options: { ...o, format: 'text' } });
      } catch (error) {
        await pool.close();
        throw new UsageError(`fout in regels of configuratie:\n${(error as Error).message}`);
      }
    }
  }
  const results: FileResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const lanes = pool ? size * 4 : 1;
  async function lane() {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await runOne(jobs[i]!, pool, guard, options.cache);
      done++;
      options.onProgress?.(done, jobs.length);
      // Let the progress bar and signals through between in-process checks.
      if (!pool && done % 16 === 0) await new Promise((r) => setImmediate(r));
    }
  }
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    await pool?.close();
    await guard.close();
  }
  return results;
}
