// A careful zip reader. It reads the central directory itself (entry count, declared sizes,
// names, encryption flags) and inflates with a running byte count, so a zip bomb or a lying
// header is stopped before mammoth or any XML parser sees the file.

import { Inflate } from 'fflate';
import { DocxError, megabytes, type DocxLimits, resolveLimits } from './errors.js';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
// Small input chunks: one chunk of a bomb can inflate about 1000 times, so this bounds the work before the check.
const CHUNK = 2 * 1024;

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

/** True if a UTF-16LE name appears in the bytes (used to spot an encrypted OOXML package). */
function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(needle) !== -1;
}

function unsafeName(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((part) => part === '..') ||
    name.includes('\0')
  );
}

/** Unzips a .docx within limits, or throws DocxError. Never returns partial data. */
export function readZip(data: Uint8Array, limitsIn?: DocxLimits): ZipEntry[] {
  const limits = resolveLimits(limitsIn);
  if (!(data instanceof Uint8Array)) {
    throw new DocxError('NOT_DOCX', 'Geen bestandsinhoud ontvangen (verwacht bytes van een .docx).');
  }
  if (data.byteLength > limits.maxBytes) {
    throw new DocxError('TOO_LARGE', `Het Word-bestand is groter dan ${megabytes(limits.maxBytes)}.`);
  }
  if (startsWith(data, CFB_MAGIC)) {
    // Word stores a password-protected .docx as an OLE compound file holding the encrypted zip.
    if (containsUtf16(data, 'EncryptedPackage') || containsUtf16(data, 'EncryptionInfo')) {
      throw new DocxError('ENCRYPTED', 'Het Word-bestand is beveiligd met een wachtwoord. Sla het op zonder wachtwoord en probeer het opnieuw.');
    }
    throw new DocxError('NOT_DOCX', 'Dit is een oud Word-bestand (.doc) of een ander Office-bestand. Sla het op als .docx.');
  }
  if (data.byteLength < 22 || !(data[0] === 0x50 && data[1] === 0x4b)) {
    throw new DocxError('NOT_DOCX', 'Dit is geen Word-bestand (.docx).');
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = data.byteLength - 22; i >= Math.max(0, data.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new DocxError('CORRUPT', 'Het Word-bestand is beschadigd of onvolledig (de inhoudsopgave van het zip-bestand ontbreekt).');
  }
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new DocxError('TOO_LARGE', 'Het Word-bestand is te groot (zip64 wordt niet ondersteund).');
  }
  if (count > limits.maxEntries) {
    throw new DocxError('ZIP_BOMB', `Het Word-bestand bevat ${count} onderdelen; meer dan ${limits.maxEntries} is verdacht.`);
  }
  if (cdOffset + cdSize > eocd) {
    throw new DocxError('CORRUPT', 'Het Word-bestand is beschadigd of onvolledig.');
  }

  interface Header { name: string; flags: number; method: number; compSize: number; size: number; local: number }
  const headers: Header[] = [];
  let declaredTotal = 0;
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIG) {
      throw new DocxError('CORRUPT', 'Het Word-bestand is beschadigd (ongeldige inhoudsopgave).');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(data.buffer, data.byteOffset + at + 46, nameLen).toString('utf8');
    at += 46 + nameLen + extraLen + commentLen;
    if (unsafeName(name)) {
      throw new DocxError('CORRUPT', `Het Word-bestand bevat een onveilige bestandsnaam (${JSON.stringify(name.slice(0, 80))}).`);
    }
    if (flags & 0x1) {
      throw new DocxError('ENCRYPTED', 'Het Word-bestand is versleuteld. Sla het op zonder wachtwoord en probeer het opnieuw.');
    }
    if (size > limits.maxEntryBytes) {
      throw new DocxError('ZIP_BOMB', `Een onderdeel van het Word-bestand is uitgepakt ${megabytes(size)}; dat is te groot.`);
    }
    if (size > 1024 * 1024 && size / Math.max(1, compSize) > limits.maxRatio) {
      throw new DocxError('ZIP_BOMB', 'Het Word-bestand is verdacht sterk ingepakt (mogelijk een zip-bom).');
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) {
      throw new DocxError('ZIP_BOMB', `Het Word-bestand is uitgepakt groter dan ${megabytes(limits.maxTotalBytes)}.`);
    }
    if (method !== 0 && method !== 8) {
      throw new DocxError('CORRUPT', 'Het Word-bestand gebruikt een onbekende compressie.');
    }
    headers.push({ name, flags, method, compSize, size, local });
  }
  if (!headers.some((h) => h.name === 'word/document.xml')) {
    throw new DocxError('NOT_DOCX', 'Dit is geen Word-bestand (.docx): word/document.xml ontbreekt.');
  }

  let actualTotal = 0;
  const entries: ZipEntry[] = [];
  for (const h of headers) {
    if (h.local + 30 > data.byteLength || view.getUint32(h.local, true) !== LOCAL_SIG) {
      throw new DocxError('CORRUPT', 'Het Word-bestand is beschadigd of onvolledig.');
    }
    const start = h.local + 30 + view.getUint16(h.local + 26, true) + view.getUint16(h.local + 28, true);
    const end = start + h.compSize;
    if (end > data.byteLength) {
      throw new DocxError('CORRUPT', 'Het Word-bestand is onvolledig (afgebroken).');
    }
    const raw = data.subarray(start, end);
    let out: Uint8Array;
    if (h.method === 0) {
      out = raw.slice();
    } else {
      out = inflateBounded(raw, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - actualTotal), limits.maxRatio);
    }
    actualTotal += out.byteLength;
    if (h.name.endsWith('/') && out.byteLength === 0) continue;
    entries.push({ name: h.name, data: out });
  }
  return entries;
}

/**
 * Inflates `raw` but stops as soon as the output passes `max` bytes, or, past 1 MB, grows
 * more than `maxRatio` times faster than the input is read (a bomb that lies in its headers).
 */
function inflateBounded(raw: Uint8Array, max: number, maxRatio: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.byteLength;
    if (total > max) over = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < raw.byteLength && !over; i += CHUNK) {
      const end = Math.min(raw.byteLength, i + CHUNK);
      inflater.push(raw.subarray(i, end), end === raw.byteLength);
      if (total > 1024 * 1024 && total / end > maxRatio) over = true;
    }
  } catch {
    throw new DocxError('CORRUPT', 'Het Word-bestand is beschadigd (een onderdeel kan niet worden uitgepakt).');
  }
  if (over) {
    throw new DocxError('ZIP_BOMB', `Het Word-bestand pakt uit tot verdacht veel gegevens (meer dan ${megabytes(max)} of extreem sterk ingepakt): mogelijk een zip-bom.`);
  }
  if (!done && raw.byteLength > 0) {
    throw new DocxError('CORRUPT', 'Het Word-bestand is onvolledig (afgebroken).');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
