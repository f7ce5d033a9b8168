// check(): the unified pipeline wrapped for callers who want a Report, not a vfile.
// The processor is built once per preset and reused: check() must stay cheap enough to
// run thousands of times in one process.

import { unified, retextDutch, VFile } from './vendor.js';
import type { Processor } from 'unified';
import { helderPrepare, helderDutch } from './parse/index.js';
import { helderMeasures, summarize } from './measures/index.js';
import { helderRules } from './rules/index.js';
import { grade } from './score.js';
import { placeMessages } from './report.js';
import type { CheckOptions, InputFormat, Message, Report } from './types.js';

const FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html'];
const DEFAULT_MAX_MESSAGES = 1000;

/** The Helder pipeline as a unified processor, for use in your own unified setups. */
export function createProcessor(options: CheckOptions = {}) {
  return pipeline(options, true);
}

/**
 * `tree`: regroup the nlcst tree as Helder split the sentences (helderDutch's option).
 * Only plugins composed after the pipeline read the tree; check() reads the LetterDoc
 * and drops the tree, so it skips that step.
 */
function pipeline(options: CheckOptions, tree: boolean) {
  return unified()
    .use(retextDutch)
    .use(helderPrepare, { format: options.format ?? 'text' })
    .use(helderDutch, { tree })
    .use(helderMeasures)
    .use(helderRules, { preset: options.preset ?? options.config?.preset ?? 'b1', config: options.config });
}

const processors = new Map<string, Processor<any, any, any, any, any>>();

function processorFor(options: CheckOptions) {
  // A config object is keyed by its JSON: callers usually pass the same config each time.
  // Without one (the common call) the key needs no serialising.
  const key = options.config
    ? JSON.stringify([options.format ?? 'text', options.preset ?? '', options.config])
    : `${options.format ?? 'text'}\u0000${options.preset ?? ''}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = pipeline(options, false).freeze() as unknown as Processor<any, any, any, any, any>;
    if (processors.size > 64) processors.clear();
    processors.set(key, processor);
  }
  return processor;
}

export function check(text: string, options: CheckOptions = {}): Report {
  if (typeof text !== 'string') {
    throw new TypeError('check(text): text moet een string zijn (text must be a string)');
  }
  const format = options.format ?? 'text';
  if (!FORMATS.includes(format)) {
    throw new TypeError(`check(): onbekend formaat '${String(format)}'; kies text, markdown of html`);
  }
  const processor = processorFor(options);
  const file = new VFile({ value: text });
  const collected: Message[] = [];
  file.data.helderMessages = collected;
  const tree = processor.parse(file);
  processor.runSync(tree, file);

  const helder = file.data.helder!;
  const doc = helder.doc!;
  const measures = helder.measures!;
  const limit = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  let messages = placeMessages(collected, text);
  const truncated = messages.length > limit;
  if (truncated) messages = messages.slice(0, limit);
  const { stats, readability, sentences } = summarize(doc, measures);
  const report: Report = {
    version: 1,
    language: 'nl',
    format,
    stats,
    readability,
    sentences,
    messages,
    grade: grade({ doc, measures, stats, readability, messages }),
  };
  if (truncated) report.truncated = true;
  return report;
}
