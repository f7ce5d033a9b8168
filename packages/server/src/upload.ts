// Reads one uploaded .docx: multipart/form-data (via busboy) or a raw body with the
// Word content type. The size limit is enforced while streaming, so an oversized upload
// is refused without buffering it.

import busboy from 'busboy';
import type { Request } from 'express';
import { HttpError } from './errors.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Upload {
  data: Uint8Array;
  /** Text fields sent along (e.g. preset, config). */
  fields: Record<string, string>;
}

export function isUpload(req: Request): boolean {
  return Boolean(req.is('multipart/form-data') || req.is(DOCX_TYPE) || req.is('application/octet-stream'));
}

function declaredTooLarge(req: Request, maxBytes: number): boolean {
  const length = Number(req.headers['content-length']);
  return Number.isFinite(length) && length > maxBytes + 64 * 1024;
}

export function readUpload(req: Request, maxBytes: number): Promise<Upload> {
  if (declaredTooLarge(req, maxBytes)) return Promise.reject(new HttpError('BODY_TOO_LARGE'));
  if (req.is('multipart/form-data')) return readMultipart(req, maxBytes);
  return readRaw(req, maxBytes);
}

function readRaw(req: Request, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const fail = (error: HttpError) => {
      if (done) return;
      done = true;
      req.unpipe();
      req.resume();
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) return fail(new HttpError('BODY_TOO_LARGE'));
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      if (size === 0) return reject(new HttpError('FILE_MISSING'));
      resolve({ data: new Uint8Array(Buffer.concat(chunks, size)), fields: {} });
    });
    req.on('error', () => fail(new HttpError('MALFORMED_REQUEST')));
  });
}

function readMultipart(req: Request, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 8, fieldSize: 64 * 1024, parts: 10, headerPairs: 50 },
      });
    } catch {
      reject(new HttpError('MALFORMED_REQUEST'));
      return;
    }
    const fields: Record<string, string> = {};
    let data: Uint8Array | undefined;
    let pending = 0;
    let ended = false;
    let done = false;
    const fail = (error: HttpError) => {
      if (done) return;
      done = true;
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    const maybeFinish = () => {
      if (done || !ended || pending > 0) return;
      done = true;
      if (!data || data.length === 0) reject(new HttpError('FILE_MISSING'));
      else resolve({ data, fields });
    };
    parser.on('file', (_name, stream) => {
      pending++;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
      });
      stream.on('limit', () => fail(new HttpError('BODY_TOO_LARGE')));
      stream.on('end', () => {
        pending--;
        if (!done && !data) data = new Uint8Array(Buffer.concat(chunks, size));
        maybeFinish();
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) return fail(new HttpError('BODY_TOO_LARGE'));
      fields[name] = value;
    });
    parser.on('filesLimit', () => fail(new HttpError('MALFORMED_REQUEST', { message: 'Stuur één .docx-bestand per verzoek.' })));
    parser.on('partsLimit', () => fail(new HttpError('MALFORMED_REQUEST')));
    parser.on('fieldsLimit', () => fail(new HttpError('MALFORMED_REQUEST')));
    parser.on('error', () => fail(new HttpError('MALFORMED_REQUEST')));
    parser.on('close', () => {
      ended = true;
      maybeFinish();
    });
    req.on('error', () => fail(new HttpError('MALFORMED_REQUEST')));
    req.pipe(parser);
  });
}
