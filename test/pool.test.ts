import { afterEach, describe, expect, it } from 'vitest';
import { createPool, PoolError, type Pool } from '@helder/pool';

const extraTasks = new URL('./fixtures/pool/tasks.mjs', import.meta.url);
let pool: Pool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function failure(promise: Promise<unknown>): Promise<PoolError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PoolError);
    return error as PoolError;
  }
  throw new Error('expected the task to fail');
}

describe('@helder/pool', () => {
  it('runs a real check in a worker', async () => {
    pool = createPool({ size: 1 });
    const report = await pool.run('check', { text: 'Wij hebben uw brief ontvangen. Wij bellen u.' });
    expect(report.version).toBe(1);
    expect(report.stats.sentences).toBe(2);
  });

  it('kills a task past its deadline and keeps serving', async () => {
    pool = createPool({ size: 1, timeoutMs: 300, extraTasks });
    const error = await failure(pool.run('spin', {}));
    expect(error.code).toBe('TIMEOUT');
    expect(await pool.run('echo', { ok: 1 })).toEqual({ ok: 1 });
  });

  it('stops a task that exceeds the heap cap and keeps serving', async () => {
    pool = createPool({ size: 1, heapMb: 48, timeoutMs: 20_000, extraTasks });
    const error = await failure(pool.run('hog', {}));
    expect(['OUT_OF_MEMORY', 'CRASHED']).toContain(error.code);
    expect(await pool.run('echo', 'weer')).toBe('weer');
  });

  it('passes a task error with its code', async () => {
    pool = createPool({ size: 1, extraTasks });
    const error = await failure(pool.run('fail', {}));
    expect(error.code).toBe('TASK_FAILED');
    expect(error.taskCode).toBe('CORRUPT');
    expect(error.message).toBe('kapot bestand');
  });

  it('replaces a worker that exits', async () => {
    pool = createPool({ size: 1, extraTasks });
    const error = await failure(pool.run('exit', {}));
    expect(error.code).toBe('CRASHED');
    expect(await pool.run('echo', 2)).toBe(2);
  });

  it('refuses work beyond the queue limit instead of piling up', async () => {
    pool = createPool({ size: 1, maxQueue: 2, extraTasks });
    await pool.run('echo', 'warm'); // the worker is up, so the first slow task runs at once
    const running = [pool.run('slow', { ms: 200 }), pool.run('slow', { ms: 10 }), pool.run('slow', { ms: 10 })];
    const error = await failure(pool.run('slow', { ms: 10 }));
    expect(error.code).toBe('QUEUE_FULL');
    expect(await Promise.all(running)).toEqual(['klaar', 'klaar', 'klaar']);
  });

  it('finishes running work on close and refuses new work', async () => {
    pool = createPool({ size: 1, extraTasks });
    const running = pool.run('slow', { ms: 100 });
    const closing = pool.close();
    const refused = await failure(pool.run('echo', 1));
    expect(refused.code).toBe('CLOSED');
    expect(await running).toBe('klaar');
    await closing;
  });
});
