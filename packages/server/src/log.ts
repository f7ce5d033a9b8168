// Request log: one JSON line per request with action, result, size and duration. Never
// text, never a file name, never a query string: those may hold personal data.

export interface LogEntry {
  time: string;
  action: string;
  method: string;
  status: number;
  /** Request body size in bytes (from Content-Length, 0 when absent). */
  bytes: number;
  /** Response body size in bytes, when known. */
  outBytes?: number;
  ms: number;
  /** Our error code, for failed requests. */
  code?: string;
  /** Class name of an unexpected error (never its message). */
  error?: string;
}

export type Logger = (entry: LogEntry) => void;

export const jsonLineLogger: Logger = (entry) => {
  process.stdout.write(JSON.stringify(entry) + '\n');
};
