// The page speaks the service's JSON; the shapes come from @helder/core (types only,
// erased at build time).
export type { Report, Message, Category, Severity, SentenceReport, GradePart } from '../../packages/core/src/types.ts';

export interface Edit {
  start: number;
  end: number;
  replacement: string;
  ruleId: string;
  actual: string;
}
