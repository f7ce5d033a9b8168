// Calls to the Helder service. Errors carry the service's Dutch message.

import type { Edit, Report } from './types.ts';

export class ApiError extends Error {}

async function failure(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    if (body.error?.message) return new ApiError(body.error.message);
  } catch {
    // not JSON: fall through to a generic message
  }
  return new ApiError(`Helder gaf een fout (${res.status}). Probeer het opnieuw.`);
}

async function post(path: string, body: BodyInit, headers: Record<string, string>, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', body, headers, signal, credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('Helder is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  if (!res.ok) throw await failure(res);
  return res;
}

export interface CheckConfig {
  rules?: Record<string, 'off'>;
}

const json = { 'Content-Type': 'application/json' };

export async function checkText(text: string, config: CheckConfig, signal?: AbortSignal): Promise<Report> {
  const res = await post('/api/check', JSON.stringify({ text, config }), json, signal);
  return (await res.json()) as Report;
}

export async function rewriteText(text: string, config: CheckConfig, signal?: AbortSignal): Promise<{ text: string; edits: Edit[] }> {
  const res = await post('/api/rewrite', JSON.stringify({ text, config }), json, signal);
  return (await res.json()) as { text: string; edits: Edit[] };
}

function docxForm(file: Blob, config: CheckConfig): FormData {
  const form = new FormData();
  form.append('config', JSON.stringify(config));
  form.append('file', file, 'brief.docx');
  return form;
}

export async function checkDocx(file: Blob, config: CheckConfig): Promise<{ text: string; report: Report }> {
  const res = await post('/api/check', docxForm(file, config), {});
  return (await res.json()) as { text: string; report: Report };
}

export async function annotateDocx(file: Blob, config: CheckConfig): Promise<Blob> {
  const res = await post('/api/annotate', docxForm(file, config), {});
  return res.blob();
}
