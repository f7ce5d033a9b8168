// The work a pool worker can do. Everything here runs inside a worker thread, so a
// hostile .docx or a runaway check can only take that worker down.

import { check, rewrite, type CheckOptions } from '@helder/core';

export interface TaskPayloads {
  check: { text: string; options?: CheckOptions };
  rewrite: { text: string; options?: CheckOptions };
  checkDocx: { data: Uint8Array; options?: CheckOptions };
  annotateDocx: { data: Uint8Array; options?: CheckOptions };
  fixDocx: { data: Uint8Array; options?: CheckOptions };
}

export type TaskName = keyof TaskPayloads;

// @helder/docx is loaded on first use: a worker that only checks text never pays for mammoth.
type DocxModule = {
  readDocx(data: Uint8Array): Promise<{ text: string; paragraphs: unknown[] }>;
  annotateDocx(data: Uint8Array, report: unknown, options?: unknown): Promise<Uint8Array>;
  fixDocx(data: Uint8Array, report: unknown, options?: unknown): Promise<Uint8Array>;
};
let docxModule: Promise<DocxModule> | undefined;
function docx(): Promise<DocxModule> {
  docxModule ??= import('@helder/docx') as unknown as Promise<DocxModule>;
  return docxModule;
}

export const tasks: { [K in TaskName]: (payload: TaskPayloads[K]) => unknown } = {
  check: ({ text, options }) => check(text, options),
  rewrite: ({ text, options }) => {
    const report = check(text, options);
    return { ...rewrite(text, report), report };
  },
  checkDocx: async ({ data, options }) => {
    const { readDocx } = await docx();
    const { text, paragraphs } = await readDocx(data);
    return { text, paragraphs, report: check(text, options) };
  },
  annotateDocx: async ({ data, options }) => {
    const { readDocx, annotateDocx } = await docx();
    const { text } = await readDocx(data);
    return annotateDocx(data, check(text, options));
  },
  fixDocx: async ({ data, options }) => {
    const { readDocx, fixDocx } = await docx();
    const { text } = await readDocx(data);
    return fixDocx(data, check(text, options));
  },
};
