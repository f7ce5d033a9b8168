// Reading one input: size limit, UTF-8 check, BOM. Every failure is a FileError with a
// Dutch message naming the problem; the caller names the file.

import { readFileSync, statSync } from 'node:fs';
import { FileError } from './errors.js';
import type { FileKind } from './files.js';

// A letter is a few KB; the largest real templates stay far below this. Bigger inputs are
// refused at once: checking them would take long and prove nothing.
export const MAX_TEXT_BYTES = 512 * 1024;
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

const strict = new TextDecoder('utf-8', { fatal: true });

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Decodes bytes as UTF-8 text or throws a FileError saying what is wrong. */
export function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FileError('ENCODING', 'het bestand is UTF-16; sla het op als UTF-8');
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new FileError('NOT_TEXT', 'dit is een zip-bestand, geen tekst (een Word-bestand moet eindigen op .docx)');
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    throw new FileError('ENCODING', 'het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8');
  }
  if (text.includes('\u0000')) throw new FileError('NOT_TEXT', 'het bestand lijkt geen tekst te zijn (het bevat NUL-tekens)');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function checkSize(bytes: number, kind: FileKind): void {
  const max = kind === 'docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (bytes > max) {
    throw new FileError('TOO_LARGE', `het bestand is ${mb(bytes)}; Helder controleert bestanden tot ${mb(max)}`);
  }
}

/** Reads a file from disk within the size limit. */
export function readInput(path: string, kind: FileKind): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new FileError('NOT_FOUND', 'het bestand bestaat niet of kan niet worden gelezen');
  }
  checkSize(size, kind);
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new FileError('NOT_FOUND', 'dit is een map, geen bestand');
    if (code === 'EACCES') throw new FileError('NOT_FOUND', 'geen toestemming om het bestand te lezen');
    throw new FileError('NOT_FOUND', 'het bestand kan niet worden gelezen');
  }
}

/** Reads all of stdin, stopping at the size limit. */
export async function readStdin(kind: FileKind): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).byteLength;
    checkSize(total, kind);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
