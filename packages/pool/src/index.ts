export { createPool, type Pool, type PoolOptions, type PoolStats } from './pool.js';
export { PoolError, type PoolErrorCode } from './errors.js';
export type { TaskName, TaskPayloads } from './tasks.js';
