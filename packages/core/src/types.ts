// Public types of @helder/core. The Report is plain JSON and versioned: consumers
// (CLI formats, the service, the page, pipelines) rely on this shape, so change it
// only together with `version`.

export type Severity = 'error' | 'warning' | 'suggestion';
export type Category = 'woorden' | 'zinnen' | 'toon' | 'structuur';
export type InputFormat = 'text' | 'markdown' | 'html';
export type PresetName = 'b1' | 'streng';

/** A single safe replacement: `text.slice(start, end)` becomes `replacement`. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

/** One finding. Offsets are UTF-16 code units into the original input. */
export interface Message {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Dutch, one line, says what to do. */
  message: string;
  /** Why, for a writer (Dutch). */
  explanation: string;
  start: number;
  end: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** `text.slice(start, end)`. */
  actual: string;
  /** B1 alternatives, best first; may be empty. */
  expected: string[];
  url: string;
  /** The writing guide the rule rests on. */
  source: string;
  /** Present only when applying it is safe without a human reading it. */
  fix?: Fix;
}

export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  syllables: number;
  /** Words of more than 3 syllables (Dutch plain-language guides' "lang woord"). */
  longWords: number;
}

export type LintLevel = 1 | 2 | 3 | 4;

export interface Cefr {
  /** An indication, never a certified level. */
  level: 'A2' | 'B1' | 'B2' | 'C1';
  /** Dutch: how the indication was reached. */
  basis: string;
}

export interface Readability {
  /** LiNT-style estimate, 0-100, higher is harder. */
  lint: number;
  level: LintLevel;
  fleschDouma: number;
  brouwer: number;
  lix: number;
  cefr: Cefr;
}

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'listItem'
  | 'salutation'
  | 'closing'
  | 'address'
  | 'subject';

export interface SentenceReport {
  start: number;
  end: number;
  words: number;
  lint: number;
  level: LintLevel;
  block: BlockKind;
}

export interface GradeLoss {
  /** Dutch reason a writer understands. */
  reason: string;
  points: number;
  ruleId?: string;
}

export interface GradePart {
  id: 'eenvoudig' | 'transparant' | 'consistent' | 'relevant' | 'persoonlijk' | 'betrokken';
  /** Dutch label. */
  label: string;
  need: 'functioneel' | 'emotioneel';
  /** 0-10. */
  score: number;
  lost: GradeLoss[];
}

export interface Improvement {
  /** Dutch, what to change. */
  message: string;
  /** Grade points this change would win back. */
  gain: number;
  ruleId?: string;
}

export interface Grade {
  /** Rapportcijfer 1-10, one decimal. */
  value: number;
  parts: GradePart[];
  /** The three changes that raise the grade most. */
  improvements: Improvement[];
}

export interface Report {
  version: 1;
  language: 'nl';
  format: InputFormat;
  stats: Stats;
  readability: Readability;
  sentences: SentenceReport[];
  messages: Message[];
  grade: Grade;
  /** True when the findings limit cut the list short. */
  truncated?: boolean;
}

export type RuleSetting =
  | 'off'
  | Severity
  | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface RejectEntry {
  word: string;
  suggestions?: string[];
  message?: string;
}

/** What a municipality can configure. Plain JSON so it can live in helder.config.json. */
export interface HelderConfig {
  preset?: PresetName;
  /** Words never reported (own jargon that is fine for their readers). */
  accept?: string[];
  /** Own words to avoid, with alternatives. */
  reject?: Array<string | RejectEntry>;
  rules?: Record<string, RuleSetting>;
  /** Rule definitions (already parsed from YAML by the caller; core does no fs). */
  extraRules?: unknown[];
}

export interface CheckOptions {
  format?: InputFormat;
  preset?: PresetName;
  config?: HelderConfig;
  /** Stop reporting after this many findings (default 1000). */
  maxMessages?: number;
}
