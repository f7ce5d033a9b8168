// A small bounded pool of worker threads. Each worker has a heap cap and each task a
// deadline: a zip bomb or a pathological text kills one worker, which is replaced, and
// the process keeps serving. A full queue is refused at once (callers answer 503)
// rather than piling up memory.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { PoolError } from './errors.js';
import type { TaskName, TaskPayloads } from './tasks.js';

export interface PoolOptions {
  /** Worker threads; default: available cores. */
  size?: number;
  /** Tasks waiting for a worker before new ones are refused with QUEUE_FULL. */
  maxQueue?: number;
  /** Old-generation heap cap per worker, in MB. */
  heapMb?: number;
  /** Deadline per task, in ms, counted from when a worker picks it up. */
  timeoutMs?: number;
  /** A module URL exporting `tasks: Record<string, (payload) => result>` to add to the built-in ones. */
  extraTasks?: URL | string;
}

export interface PoolStats {
  size: number;
  busy: number;
  queued: number;
}

export interface Pool {
  run<K extends TaskName>(task: K, payload: TaskPayloads[K]): Promise<any>;
  /** A task from `extraTasks`. */
  run(task: string, payload: unknown): Promise<any>;
  stats(): PoolStats;
  /** Finishes nothing new; waits for running tasks, then stops the workers. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  task: string;
  payload: unknown;
  resolve(value: unknown): void;
  reject(error: PoolError): void;
}

interface Slot {
  worker: Worker;
  /** Loaded and listening; only ready slots get work. */
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

export function createPool(options: PoolOptions = {}): Pool {
  const size = Math.max(1, options.size ?? availableParallelism());
  const maxQueue = options.maxQueue ?? 64;
  const heapMb = options.heapMb ?? 256;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const extraTasks = options.extraTasks ? String(options.extraTasks) : undefined;

  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let drained: (() => void) | undefined;

  function spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      workerData: { extraTasks },
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb / 4) },
    });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (msg: { ready?: true; id: number; ok: boolean; result?: unknown; error?: { message: string; code?: string } }) => {
      if (msg.ready) {
        slot.ready = true;
        pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      finish(slot);
      if (msg.ok) job.resolve(msg.result);
      else job.reject(new PoolError('TASK_FAILED', msg.error?.message, msg.error?.code));
      pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(slot, new PoolError(oom ? 'OUT_OF_MEMORY' : 'CRASHED'));
    });
    worker.on('exit', () => {
      fail(slot, new PoolError('CRASHED'));
    });
    return slot;
  }

  function finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    // An idle worker must not keep a CLI process alive.
    slot.worker.unref();
  }

  /** A worker died or was killed: fail its job, replace it. */
  function fail(slot: Slot, error: PoolError): void {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    const job = slot.job;
    finish(slot);
    void slot.worker.terminate();
    if (job) job.reject(error);
    pump();
  }

  function pump(): void {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.ready && !s.job);
      if (!slot) {
        // Start workers up to the pool size; they take work once they say they are ready.
        const starting = slots.filter((s) => !s.ready).length;
        if (!closed && slots.length < size && starting < queue.length) slots.push(spawn());
        break;
      }
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      const busySlot = slot;
      slot.timer = setTimeout(() => fail(busySlot, new PoolError('TIMEOUT')), timeoutMs);
      // The payload is copied, not transferred: the caller may still need its buffer.
      slot.worker.postMessage({ id: job.id, task: job.task, payload: job.payload });
    }
    if (closed && drained && queue.length === 0 && slots.every((s) => !s.job)) drained();
  }

  return {
    run(task: string, payload: unknown) {
      if (closed) return Promise.reject(new PoolError('CLOSED'));
      if (queue.length >= maxQueue) return Promise.reject(new PoolError('QUEUE_FULL'));
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, task, payload, resolve, reject });
        pump();
      });
    },
    stats() {
      return { size, busy: slots.filter((s) => s.job).length, queued: queue.length };
    },
    async close() {
      closed = true;
      if (queue.length > 0 || slots.some((s) => s.job)) {
        await new Promise<void>((resolve) => {
          drained = resolve;
        });
      }
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
