// Why a pooled task did not produce a result. Callers map these to an exit code or an
// HTTP status; `taskCode` carries the task's own code (e.g. a DocxError code).

export type PoolErrorCode = 'QUEUE_FULL' | 'TIMEOUT' | 'CRASHED' | 'OUT_OF_MEMORY' | 'TASK_FAILED' | 'CLOSED';

const DUTCH: Record<PoolErrorCode, string> = {
  QUEUE_FULL: 'Helder is op dit moment te druk; probeer het over een paar seconden opnieuw.',
  TIMEOUT: 'De controle duurde te lang en is afgebroken.',
  CRASHED: 'De controle is onverwacht gestopt.',
  OUT_OF_MEMORY: 'De controle had meer geheugen nodig dan toegestaan en is afgebroken.',
  TASK_FAILED: 'De controle is mislukt.',
  CLOSED: 'Helder wordt afgesloten en neemt geen werk meer aan.',
};

export class PoolError extends Error {
  readonly code: PoolErrorCode;
  /** The task's own error code, when the task itself threw one. */
  readonly taskCode?: string;

  constructor(code: PoolErrorCode, message?: string, taskCode?: string) {
    super(message ?? DUTCH[code]);
    this.name = 'PoolError';
    this.code = code;
    if (taskCode !== undefined) this.taskCode = taskCode;
  }
}
