export { createApp, DEFAULTS, type AppOptions, type HelderApp, type HelderControl } from './app.js';
export { startServer, optionsFromEnv, type StartOptions, type RunningServer } from './start.js';
export { createRateLimiter, type RateLimitOptions, type RateLimiter } from './rate-limit.js';
export type { LogEntry, Logger } from './log.js';
export type { ErrorCode } from './errors.js';
