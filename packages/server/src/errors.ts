// Every error the service answers with: a stable code, an HTTP status and a Dutch message.
// Messages are fixed strings: they never echo a request body, so letter text cannot leak
// into an error response or a log line.

export type ErrorCode =
  | 'TEXT_MISSING'
  | 'TEXT_TOO_LONG'
  | 'BODY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'MALFORMED_JSON'
  | 'MALFORMED_REQUEST'
  | 'INVALID_OPTION'
  | 'UNSUPPORTED_LANGUAGE'
  | 'FILE_MISSING'
  | 'NOT_DOCX'
  | 'CORRUPT'
  | 'ENCRYPTED'
  | 'TOO_LARGE'
  | 'ZIP_BOMB'
  | 'TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'BUSY'
  | 'SHUTTING_DOWN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'INTERNAL';

const MESSAGES: Record<ErrorCode, [status: number, message: string]> = {
  TEXT_MISSING: [400, 'Geef de tekst van de brief mee in het veld "text".'],
  TEXT_TOO_LONG: [413, 'De tekst is te lang om te controleren. Controleer de brief in delen.'],
  BODY_TOO_LARGE: [413, 'Het verzoek is te groot. Stuur een kleinere tekst of een kleiner bestand.'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'Dit soort inhoud kan Helder hier niet lezen. Stuur JSON, een formulier of een .docx-bestand zoals de API-beschrijving zegt.'],
  MALFORMED_JSON: [400, 'De JSON in het verzoek is ongeldig. Controleer aanhalingstekens, komma\'s en haakjes.'],
  MALFORMED_REQUEST: [400, 'Het verzoek is onvolledig of ongeldig.'],
  INVALID_OPTION: [400, 'Een instelling in het verzoek is ongeldig.'],
  UNSUPPORTED_LANGUAGE: [400, 'Helder controleert alleen Nederlands. Gebruik language=nl, nl-NL of auto.'],
  FILE_MISSING: [400, 'Stuur een .docx-bestand mee.'],
  NOT_DOCX: [415, 'Dit bestand is geen Word-document (.docx). Sla het in Word op als .docx en probeer het opnieuw.'],
  CORRUPT: [422, 'Het Word-bestand is beschadigd en kan niet worden gelezen.'],
  ENCRYPTED: [422, 'Het Word-bestand is beveiligd met een wachtwoord. Haal de beveiliging eraf en probeer het opnieuw.'],
  TOO_LARGE: [413, 'Het Word-bestand is te groot om te controleren.'],
  ZIP_BOMB: [413, 'Het Word-bestand pakt uit tot veel te veel gegevens en wordt niet gelezen.'],
  TOO_COMPLEX: [422, 'De controle duurde te lang of had te veel geheugen nodig en is afgebroken. Controleer de brief in delen.'],
  RATE_LIMITED: [429, 'U stuurt te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.'],
  BUSY: [503, 'Helder is op dit moment te druk. Probeer het over een paar seconden opnieuw.'],
  SHUTTING_DOWN: [503, 'Helder wordt opnieuw gestart. Probeer het over een paar seconden opnieuw.'],
  NOT_FOUND: [404, 'Dit adres bestaat niet.'],
  METHOD_NOT_ALLOWED: [405, 'Deze methode is hier niet toegestaan.'],
  INTERNAL: [500, 'Er ging iets mis in Helder. Probeer het opnieuw; blijft het misgaan, meld het dan aan de beheerder.'],
};

export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Seconds, for 429 and 503. */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, options: { message?: string; retryAfter?: number } = {}) {
    const [status, message] = MESSAGES[code];
    super(options.message ?? message);
    this.name = 'HttpError';
    this.code = code;
    this.status = status;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }
}

export function errorBody(error: HttpError): { error: { code: ErrorCode; message: string } } {
  return { error: { code: error.code, message: error.message } };
}

/** Maps a failure from anywhere (body parser, pool, docx, core) to an HttpError. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const err = (error ?? {}) as { type?: string; code?: string; taskCode?: string; name?: string; status?: number };
  // body-parser (express.json/urlencoded/raw)
  switch (err.type) {
    case 'entity.too.large':
      return new HttpError('BODY_TOO_LARGE');
    case 'entity.parse.failed':
      return new HttpError('MALFORMED_JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError('UNSUPPORTED_MEDIA_TYPE');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'parameters.too.many':
      return new HttpError('MALFORMED_REQUEST');
  }
  // @helder/docx errors, directly or carried through the pool as taskCode
  const docxCode = err.name === 'PoolError' ? err.taskCode : err.name === 'DocxError' ? err.code : undefined;
  if (docxCode === 'NOT_DOCX' || docxCode === 'CORRUPT' || docxCode === 'ENCRYPTED' || docxCode === 'TOO_LARGE' || docxCode === 'ZIP_BOMB') {
    return new HttpError(docxCode);
  }
  if (err.name === 'PoolError') {
    switch (err.code) {
      case 'QUEUE_FULL':
        return new HttpError('BUSY', { retryAfter: 2 });
      case 'CLOSED':
        return new HttpError('SHUTTING_DOWN', { retryAfter: 5 });
      case 'TIMEOUT':
      case 'OUT_OF_MEMORY':
        return new HttpError('TOO_COMPLEX');
    }
  }
  // @helder/core: a config that names an unknown rule or preset, or a malformed rule.
  if (err.name === 'RuleError') {
    const problems = (error as { problems?: unknown }).problems;
    const detail = Array.isArray(problems) ? problems.slice(0, 5).map(String).join('; ') : '';
    return new HttpError('INVALID_OPTION', { message: detail ? `Een instelling in het verzoek is ongeldig: ${detail}` : undefined });
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) return new HttpError('MALFORMED_REQUEST');
  return new HttpError('INTERNAL');
}
