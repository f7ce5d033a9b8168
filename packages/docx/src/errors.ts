// DocxError: why a .docx could not be read, as a code for programs and a Dutch message for people.

export type DocxErrorCode = 'NOT_DOCX' | 'CORRUPT' | 'ENCRYPTED' | 'TOO_LARGE' | 'ZIP_BOMB';

export class DocxError extends Error {
  readonly code: DocxErrorCode;
  constructor(code: DocxErrorCode, message: string) {
    super(message);
    this.name = 'DocxError';
    this.code = code;
  }
}

/** Limits checked before any XML is parsed. All sizes in bytes. */
export interface DocxLimits {
  /** Size of the .docx file itself. */
  maxBytes?: number;
  /** Number of entries in the zip. */
  maxEntries?: number;
  /** Uncompressed size of one entry (declared and actual). */
  maxEntryBytes?: number;
  /** Uncompressed size of all entries together (declared and actual). */
  maxTotalBytes?: number;
  /** Uncompressed/compressed ratio allowed for an entry larger than 1 MB. */
  maxRatio?: number;
  /** Characters of text the document may hold. */
  maxTextChars?: number;
}

export const DEFAULT_LIMITS: Required<DocxLimits> = {
  maxBytes: 10 * 1024 * 1024,
  maxEntries: 2000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  maxTextChars: 2_000_000,
};

export function resolveLimits(limits?: DocxLimits): Required<DocxLimits> {
  return { ...DEFAULT_LIMITS, ...(limits ?? {}) };
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
