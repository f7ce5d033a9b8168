// UsageError: the user asked for something that cannot be done (exit 2), said in Dutch.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file that could not be read or checked; the run goes on with the other files. */
export class FileError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'FileError';
    this.code = code;
  }
}
