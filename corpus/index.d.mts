// Types for corpus/index.mjs (the letter corpus loader shared by tests and benchmarks).

export type CorpusVersion = 'ambtelijk' | 'tussen' | 'b1';
export type CorpusTemplate = 'jinja' | 'mergefield' | 'haken';

export interface CorpusLetter {
  /** `<situatie>/<bestandsnaam zonder extensie>`, e.g. `parkeervergunning/b1`. */
  id: string;
  /** Absolute path of the file. */
  path: string;
  situation: string;
  version: CorpusVersion;
  /** Pair id shared by an ambtelijke and a B1 version; null for a letter without a pair. */
  pair: string | null;
  /** Placeholder syntax when the letter is a template, else null. */
  template: CorpusTemplate | null;
  author: string;
  licence: string;
  /** How to check it: `check(text, { format })`. */
  format: 'text' | 'markdown';
  /** The letter without its header. */
  text: string;
}

export interface CorpusPair {
  pair: string;
  ambtelijk: CorpusLetter;
  b1: CorpusLetter;
  tussen: CorpusLetter | null;
}

export function parseCorpusFile(source: string, file?: string): { fields: Record<string, string>; text: string };
export function loadCorpus(): CorpusLetter[];
export function corpusPairs(letters?: CorpusLetter[]): CorpusPair[];
