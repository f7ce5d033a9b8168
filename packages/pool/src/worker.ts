// Worker-thread side of the pool: run one task at a time, answer with a result or an error.

import { parentPort, workerData } from 'node:worker_threads';
import { tasks as builtinTasks, type TaskName } from './tasks.js';

type TaskTable = Record<string, (payload: unknown) => unknown>;

// Callers (and tests) may add tasks from a module of their own: `createPool({ extraTasks })`.
const extraUrl = (workerData as { extraTasks?: string } | undefined)?.extraTasks;
const tasksReady: Promise<TaskTable> = extraUrl
  ? import(extraUrl).then((mod: { tasks?: TaskTable }) => ({ ...(builtinTasks as TaskTable), ...mod.tasks }))
  : Promise.resolve(builtinTasks as TaskTable);

interface Request {
  id: number;
  task: TaskName;
  payload: never;
}

if (!parentPort) throw new Error('pool worker: start me as a worker thread');
const port = parentPort;

// Tell the pool when we can take work: module loading is not part of a task's deadline.
void tasksReady.then(() => port.postMessage({ ready: true }));

port.on('message', async (request: Request) => {
  try {
    const tasks = await tasksReady;
    const run = tasks[request.task];
    if (!run) throw Object.assign(new Error(`onbekende taak '${String(request.task)}'`), { code: 'UNKNOWN_TASK' });
    const result = await run(request.payload);
    const transfer = result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : [];
    port.postMessage({ id: request.id, ok: true, result }, transfer);
  } catch (error) {
    const err = error as { message?: string; code?: unknown };
    port.postMessage({
      id: request.id,
      ok: false,
      error: { message: String(err?.message ?? error), code: typeof err?.code === 'string' ? err.code : undefined },
    });
  }
});
